import type { OrgConnection, OrgUser } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import { loginRestrictionChecks } from '../doctor/login-restrictions';
import type { LoginRefusal } from '../model';

/** One row of the Login-As guide's troubleshooting table that explains a refusal, with what the org says. */
export interface RefusalCause {
  reason: LoginRefusal;
  evidence: string;
}

interface PermissionRow {
  PermissionsManageUsers: boolean;
  PermissionsModifyAllData: boolean;
}

const yes = (value: unknown) => value === true || value === 'true';

/**
 * Why Login-As of `user` is (or would be) refused, read from the org as the admin, after the troubleshooting
 * table of the Login-As guide (/work/shared/seed/login-as-user-guide.txt): the user inactive (User.IsActive) or
 * frozen (UserLogin.IsFrozen); "Log In button is missing": the Login Access Policy "Administrators Can Log in as
 * Any User" off (Metadata API SecuritySettings.enableAdminLoginAsAnyUser) so only access the user granted
 * works, or the admin lacking Manage Users / Modify All Data; "works for some users but not others": the
 * target profile's login hours or IP ranges (unconfirmed that Salesforce applies them to Login-As). Every cause
 * found is returned; an unreadable source is named, never taken as "no cause".
 * Frozen: "If a user's account is frozen, they can't log in, but their account isn't deactivated" (UserLogin,
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-userlogin.html).
 * Unconfirmed: whether Setup shows the Login link for an inactive user at all (the run reports either way).
 */
export async function diagnoseLoginRefusal(
  org: OrgConnection,
  user: OrgUser,
): Promise<{ causes: RefusalCause[]; unreadable: string[] }> {
  const causes: RefusalCause[] = [];
  const unreadable: string[] = [];
  const read = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      unreadable.push(`${what} (${(error as Error).message})`);
    }
  };
  await read('User.IsActive', async () => {
    const rows = await org.conn.query<{ IsActive: boolean }>(
      `SELECT IsActive FROM User WHERE Id = ${soqlString(user.id)}`,
    );
    if (rows.records[0]?.IsActive === false) {
      causes.push({
        reason: 'inactive',
        evidence: `${user.username} is inactive (User.IsActive = false): an inactive user cannot log in, nor be logged in as`,
      });
    }
  });
  await read('UserLogin.IsFrozen', async () => {
    const rows = await org.conn.query<{ IsFrozen: boolean }>(
      `SELECT IsFrozen FROM UserLogin WHERE UserId = ${soqlString(user.id)}`,
    );
    if (rows.records.some((row) => row.IsFrozen)) {
      causes.push({
        reason: 'frozen',
        evidence: `${user.username} is frozen (UserLogin.IsFrozen = true): the login attempt fails immediately`,
      });
    }
  });
  await read('the Login Access Policy (Metadata API SecuritySettings)', async () => {
    const settings = (await org.conn.metadata.read('SecuritySettings', 'Security')) as unknown as {
      enableAdminLoginAsAnyUser?: unknown;
    };
    if (!yes(settings.enableAdminLoginAsAnyUser)) {
      causes.push({
        reason: 'policy',
        evidence:
          'Setup > Login Access Policies > "Administrators Can Log in as Any User" is off, so the admin may log in ' +
          'only as users who granted login access',
      });
      causes.push({
        reason: 'notGranted',
        evidence: `with the policy off, Login-As needs access granted by ${user.username} (Settings > Grant Account Login Access), and it was refused`,
      });
    }
  });
  await read("the admin's permissions (PermissionSetAssignment)", async () => {
    const rows = await org.conn.query<PermissionRow>(
      'SELECT PermissionsManageUsers, PermissionsModifyAllData FROM PermissionSet WHERE Id IN ' +
        `(SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(org.admin.id)})`,
    );
    const lacking = [
      rows.records.some((row) => row.PermissionsManageUsers) ? undefined : 'Manage Users',
      rows.records.some((row) => row.PermissionsModifyAllData) ? undefined : 'Modify All Data',
    ].filter(Boolean);
    if (lacking.length > 0) {
      causes.push({
        reason: 'permissions',
        evidence: `the admin ${org.admin.username} lacks ${lacking.join(' and ')} (its profile and permission sets)`,
      });
    }
  });
  await read("the user's profile login restrictions (Metadata API Profile)", async () => {
    const checks = await loginRestrictionChecks(org, [{ persona: user.username, username: user.username }]);
    for (const check of checks.filter((c) => c.status === 'warn')) {
      const detail = check.detail;
      if (/login IP ranges/.test(detail)) causes.push({ reason: 'ipRange', evidence: detail });
      if (/login hours/.test(detail)) causes.push({ reason: 'loginHours', evidence: detail });
    }
  });
  return { causes, unreadable };
}

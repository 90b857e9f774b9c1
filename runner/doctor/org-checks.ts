import type { OrgConnection } from '../../fixtures/org-connection';
import { type Check, fail, ok, warn } from './check';
import { openLoginAsSessions } from './open-sessions';

// The fixes quote the seed guide's admin checklist and "Common 'Login As User' Errors and Fixes" table.
const POLICY_FIX =
  'Setup > Login Access Policies > turn on "Administrators Can Log in as Any User" ("Log In button is missing": ' +
  'check Login Access Policies first, then the admin’s permissions).';

/** Org-wide checks (the API version is checked before them, by the preflight): the admin's permissions, the Login Access Policy, session settings, open sessions. */
export async function orgChecks(org: OrgConnection, env: NodeJS.ProcessEnv): Promise<Check[]> {
  const checks: Check[] = [];
  checks.push(...(await adminPermissionChecks(org)));
  checks.push(...(await securitySettingsChecks(org)));
  checks.push(await openLoginAsSessions(org, env));
  return checks;
}

/** SF_API_VERSION among the versions the org serves (/services/data, which answers at any version). */
export async function apiVersionCheck(org: OrgConnection, apiVersion: string): Promise<Check> {
  try {
    const versions = await org.conn.request<{ version: string }[]>('/services/data');
    const served = versions.map((entry) => entry.version);
    const [oldest, latest] = [served[0], served.at(-1)];
    if (!served.includes(apiVersion)) {
      const which =
        Number(apiVersion) > Number(latest)
          ? `newer than this org serves (latest ${latest})`
          : Number(apiVersion) < Number(oldest)
            ? `older than this org serves (oldest ${oldest})`
            : `not one this org serves (${oldest}–${latest})`;
      return fail(
        'API version',
        `SF_API_VERSION ${apiVersion} is ${which}`,
        `Set SF_API_VERSION to one the org serves, e.g. SF_API_VERSION=${latest}.`,
      );
    }
    if (org.auth === 'soap' && Number(apiVersion) >= 65) {
      return fail(
        'API version',
        `SOAP login() is unavailable from API 65.0, and SF_API_VERSION is ${apiVersion}`,
        'Use OAuth (SF_CLIENT_ID / SF_CLIENT_SECRET) or the JWT bearer flow (SF_JWT_KEY_FILE).',
      );
    }
    return ok('API version', `${apiVersion} (the org serves up to ${latest})`);
  } catch (error) {
    return warn(
      'API version',
      `not readable: ${(error as Error).message}`,
      'Check that the admin is API Enabled.',
    );
  }
}

interface PermissionRow {
  PermissionsManageUsers: boolean;
  PermissionsModifyAllData: boolean;
  PermissionsViewAllData: boolean;
  PermissionsApiEnabled: boolean;
}

/**
 * Every profile owns a permission set, so one query covers profile and permission sets
 * (docs/salesforce-facts.md#who-can-see-what).
 */
async function adminPermissionChecks(org: OrgConnection): Promise<Check[]> {
  let rows: PermissionRow[];
  try {
    rows = (
      await org.conn.query<PermissionRow>(
        'SELECT PermissionsManageUsers, PermissionsModifyAllData, PermissionsViewAllData, PermissionsApiEnabled ' +
          `FROM PermissionSet WHERE Id IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${org.admin.id}')`,
      )
    ).records;
  } catch (error) {
    return [
      warn(
        'admin permissions',
        `not readable: ${(error as Error).message}`,
        'Give the admin View Setup and Configuration.',
      ),
    ];
  }
  const has = (field: keyof PermissionRow) => rows.some((row) => row[field] === true);
  const who = org.admin.username;
  const checks: Check[] = [];
  const need = (
    field: keyof PermissionRow,
    label: string,
    symptom: string,
    level: 'fail' | 'warn' = 'fail',
  ) => {
    if (has(field)) return checks.push(ok(`admin: ${label}`, `${who} has ${label}`));
    const fix = `Give ${who} ${label} through its profile or a permission set (${symptom}).`;
    checks.push(
      level === 'fail'
        ? fail(`admin: ${label}`, `${who} lacks ${label}`, fix)
        : warn(`admin: ${label}`, `${who} lacks ${label}`, fix),
    );
  };
  need(
    'PermissionsManageUsers',
    'Manage Users',
    '"Log In button is missing" / "Access attempt fails immediately": validate the admin’s user-management permissions',
  );
  need(
    'PermissionsModifyAllData',
    'Modify All Data',
    '"Administrators Can Log in as Any User" applies only to admins with it',
  );
  need(
    'PermissionsViewAllData',
    'View All Data',
    'the seed guide: forgetting View All Data is the most common setup failure',
    'warn',
  );
  need('PermissionsApiEnabled', 'API Enabled', 'persona-ux signs in and creates test data through the API');
  return checks;
}

interface SecuritySettings {
  enableAdminLoginAsAnyUser?: string | boolean;
  sessionSettings?: { forceRelogin?: string | boolean };
}

/** Metadata API SecuritySettings ("Security"): the Login Access Policy and Session Settings' Force relogin. */
async function securitySettingsChecks(org: OrgConnection): Promise<Check[]> {
  let settings: SecuritySettings;
  try {
    settings = (await org.conn.metadata.read('SecuritySettings', 'Security')) as unknown as SecuritySettings;
  } catch (error) {
    return [
      warn(
        'Login Access Policy',
        `not readable through the Metadata API: ${(error as Error).message}`,
        `Check it by hand. ${POLICY_FIX}`,
      ),
    ];
  }
  const yes = (value: unknown) => value === true || value === 'true';
  return [
    yes(settings.enableAdminLoginAsAnyUser)
      ? ok('Login Access Policy', '"Administrators Can Log in as Any User" is on')
      : fail(
          'Login Access Policy',
          '"Administrators Can Log in as Any User" is off: the Login button is missing',
          POLICY_FIX,
        ),
    yes(settings.sessionSettings?.forceRelogin)
      ? warn(
          'Session Settings',
          '"Force relogin after Login-As-User" is on: after each "Log out as" the admin signs in again',
          'Nothing to do: persona-ux enters again before the next scenario (it costs a login per scenario).',
        )
      : ok('Session Settings', '"Force relogin after Login-As-User" is off'),
  ];
}

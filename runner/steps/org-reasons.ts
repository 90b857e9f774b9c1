import type { OrgConnection } from '../../fixtures';
import { orgAnswer } from '../../fixtures/org-answer';
import { soqlString } from '../../fixtures/persona-capability';
import { ProfileMetadata } from '../access/read-profile-setup';

/**
 * What the org, read as the admin, can say about a create or a stage change the persona saw refused: record
 * type labels and availability, and which validation rule carries an error message. Each answer is a phrase
 * for a failure message; when the org cannot say, it says so instead of guessing.
 */

/** Developer name → label of the object's record types (RecordType.Name is the label). */
export async function recordTypeLabels(org: OrgConnection, sobject: string): Promise<Map<string, string>> {
  const rows = await org.conn.query<{ DeveloperName: string; Name: string }>(
    `SELECT DeveloperName, Name FROM RecordType WHERE SobjectType = ${soqlString(sobject)}`,
  );
  return new Map(rows.records.map((row) => [row.DeveloperName, row.Name]));
}

/**
 * The record types the user's profile makes available on the object, by developer name (the profile's record
 * type visibilities, Metadata API Profile; no SOQL object holds them). Record types that permission sets add are
 * not read (unconfirmed for them). Undefined when the user is not found.
 */
export async function profileRecordTypes(
  org: OrgConnection,
  userId: string,
  sobject: string,
): Promise<{ profile: string; available: string[] } | undefined> {
  const user = await org.conn.query<{ ProfileId: string; Profile: { Name: string } }>(
    `SELECT ProfileId, Profile.Name FROM User WHERE Id = ${soqlString(userId)}`,
  );
  const profile = user.records[0];
  if (!profile) return undefined;
  const metadata = await new ProfileMetadata(org.conn).profile(profile.ProfileId);
  const visibilities = [metadata?.recordTypeVisibilities ?? []].flat() as {
    recordType: string;
    visible: boolean | string;
  }[];
  const available = visibilities
    .filter((each) => each.recordType.startsWith(`${sobject}.`))
    .filter((each) => each.visible === true || each.visible === 'true')
    .map((each) => each.recordType.slice(sobject.length + 1));
  return { profile: profile.Profile.Name, available };
}

/** Why a record type is not offered to the user: its profile's record type visibilities. */
export async function recordTypeReason(
  org: OrgConnection,
  userId: string,
  sobject: string,
  developerName: string,
): Promise<string> {
  return orgAnswer(async () => {
    const types = await profileRecordTypes(org, userId, sobject);
    if (!types) return 'the org could not say why (the user was not found)';
    return types.available.includes(developerName)
      ? `the profile "${types.profile}" makes it available, so something else hides it (unconfirmed: a permission set or the record type's own settings)`
      : `the record type is not available to the profile "${types.profile}" (it makes ${types.available.join(', ') || 'none'} available)`;
  });
}

/**
 * Whether anything grants the user Create on the object: ObjectPermissions over the permission sets assigned to
 * the user (every profile owns one, docs/salesforce-facts.md#who-can-see-what).
 */
export async function createPermissionReason(
  org: OrgConnection,
  userId: string,
  sobject: string,
): Promise<string> {
  return orgAnswer(async () => {
    const rows = await org.conn.query<{
      PermissionsCreate: boolean;
      Parent: { Label: string; IsOwnedByProfile: boolean; Profile?: { Name: string } | null };
    }>(
      'SELECT PermissionsCreate, Parent.Label, Parent.IsOwnedByProfile, Parent.Profile.Name FROM ObjectPermissions ' +
        `WHERE SobjectType = ${soqlString(sobject)} AND ParentId IN ` +
        `(SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(userId)})`,
    );
    const granting = rows.records
      .filter((row) => row.PermissionsCreate)
      .map((row) =>
        row.Parent.IsOwnedByProfile
          ? `profile "${row.Parent.Profile?.Name ?? row.Parent.Label}"`
          : `permission set "${row.Parent.Label}"`,
      );
    return granting.length === 0
      ? `neither the profile nor any permission set grants Create on ${sobject}`
      : `Create on ${sobject} is granted via ${granting.join(', ')}, so something else refuses New (unconfirmed: an override of the New action)`;
  });
}

interface ValidationRule {
  fullName: string;
  errorMessage: string;
  active: boolean;
}

/** The object's validation rules as the Metadata API reads them (full name "Opportunity.Closed_Won_Requires_Amount"). */
async function validationRules(org: OrgConnection, sobject: string): Promise<ValidationRule[]> {
  const listed = await org.conn.metadata.list([{ type: 'ValidationRule' }]);
  const names = [listed]
    .flat()
    .map((item) => item.fullName)
    .filter((name) => name.startsWith(`${sobject}.`));
  const rules: ValidationRule[] = [];
  for (let start = 0; start < names.length; start += 10) {
    const read = await org.conn.metadata.read('ValidationRule', names.slice(start, start + 10));
    for (const rule of [read].flat() as unknown as {
      fullName: string;
      errorMessage?: string;
      active?: unknown;
    }[]) {
      if (!rule.errorMessage) continue;
      rules.push({
        fullName: rule.fullName,
        errorMessage: rule.errorMessage,
        active: rule.active === true || rule.active === 'true',
      });
    }
  }
  return rules;
}

/** The validation rule whose error message `shown` contains; undefined when none does or the org cannot say. */
export async function validationRuleFor(
  org: OrgConnection,
  sobject: string,
  shown: string,
): Promise<ValidationRule | undefined> {
  const rules = await validationRules(org, sobject).catch(() => []);
  return rules.find((rule) => shown.includes(rule.errorMessage));
}

/**
 * Why a save expected to be refused with `expected` went through: the validation rule that carries the message
 * is inactive or its condition did not hold, or no rule carries it (" — …", or "" when the org cannot say).
 */
export async function whyNotRefused(
  org: OrgConnection | undefined,
  sobject: string,
  expected: string,
): Promise<string> {
  if (!org) return '';
  const rules = await validationRules(org, sobject).catch(() => undefined);
  if (!rules) return '';
  const rule = rules.find((each) => each.errorMessage.includes(expected));
  if (!rule) return ` — no validation rule of ${sobject} has an error message containing "${expected}"`;
  return rule.active
    ? ` — validation rule ${rule.fullName} carries this message and is active, so its condition did not hold`
    : ` — validation rule ${rule.fullName}, which carries this message, is not active`;
}

/** ", refused by validation rule X" or "" */
export async function refusalSource(
  org: OrgConnection | undefined,
  sobject: string,
  errors: string[],
): Promise<string> {
  if (!org) return '';
  for (const error of errors) {
    const rule = await validationRuleFor(org, sobject, error);
    if (rule) return ` (validation rule ${rule.fullName})`;
  }
  return '';
}

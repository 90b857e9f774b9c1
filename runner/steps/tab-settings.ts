import { objectTabName } from '../../salesforce/tab-names';
import type { StepContext } from './context';

const soqlText = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

const SETTING_NAMES: Record<string, string> = {
  DefaultOn: 'Default On (Visible)',
  DefaultOff: 'Default Off (Available)',
};

/**
 * Why the persona's tab of a readable object is not offered, from PermissionSetTabSetting over their profile's
 * and permission sets' assignments, read as the admin (docs/salesforce-facts.md#tab-settings): no row means Tab
 * Hidden on the profile and no permission set that makes it Available or Visible. Undefined when the org does
 * not say (no admin session, or the rows are not readable to the admin).
 */
export async function whyTabNotOffered(context: StepContext, sobject: string): Promise<string | undefined> {
  if (!context.org) return undefined;
  const { conn } = context.org;
  const userId = soqlText(context.persona.user.id);
  const tab = objectTabName(sobject);
  try {
    const [users, settings] = await Promise.all([
      conn.query<{ Profile: { Name: string } | null }>(
        `SELECT Profile.Name FROM User WHERE Id = '${userId}'`,
      ),
      conn.query<{ ParentId: string; Visibility: string }>(
        `SELECT ParentId, Visibility FROM PermissionSetTabSetting WHERE Name = '${soqlText(tab)}' ` +
          `AND ParentId IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${userId}')`,
      ),
    ]);
    const profile = users.records[0]?.Profile?.Name;
    const profileWords = profile ? `profile "${profile}"` : 'their profile';
    if (settings.records.length === 0) {
      return (
        `the org grants Read on ${sobject}, but ${profileWords} sets its tab (${tab}) to Tab Hidden and none of their ` +
        'permission sets makes it Available or Visible (no PermissionSetTabSetting row), so neither the navigation ' +
        'bar nor the App Launcher offers it'
      );
    }
    const seen = [...new Set(settings.records.map((row) => SETTING_NAMES[row.Visibility] ?? row.Visibility))];
    return (
      `the org grants Read on ${sobject} and their tab settings make its tab ${seen.join(' and ')}, ` +
      'so the tab is in none of their apps'
    );
  } catch {
    return undefined;
  }
}

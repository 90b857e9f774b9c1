import type { TabVisibility } from '../org/schema-access';
import type { OrgState, OrgUser } from './org-state';
import { tabName } from './permission-sets';

const RANK: Record<TabVisibility, number> = { Hidden: 0, DefaultOff: 1, DefaultOn: 2 };

/**
 * The user's tab setting for an object's tab: the most permissive of their profile's and permission sets'
 * PermissionSetTabSetting rows, Hidden when none has one (docs/salesforce-facts.md#tab-settings). A profile's
 * Tab Hidden has no row, so a permission set's Available (DefaultOff) or Visible (DefaultOn) lifts it. Read from
 * the rows, so a permission set assigned while the emulator runs applies to the next page.
 */
export function tabVisibilityFor(state: OrgState, user: OrgUser, objectName: string): TabVisibility {
  const name = tabName(objectName);
  const sets = new Set(user.grants.map((grant) => grant.id));
  let best: TabVisibility = 'Hidden';
  for (const row of state.store.all('PermissionSetTabSetting')) {
    if (row.Name !== name || !sets.has(String(row.ParentId))) continue;
    const visibility = row.Visibility as TabVisibility;
    if (RANK[visibility] > RANK[best]) best = visibility;
  }
  return best;
}

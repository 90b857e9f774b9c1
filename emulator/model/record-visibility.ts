import { objectAccess } from './access';
import type { OrgState, OrgUser } from './org-state';
import { groupIdsOf } from './roles-groups';
import { sharingFilter } from './sharing';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

/** The live records of an object that the user may see (record sharing), for list views and reports. */
export function visibleRecords(state: OrgState, user: OrgUser, type: SObjectType): Row[] {
  if (!objectAccess(user, type).read) return [];
  const sharing = sharingFilter(state, user, type);
  return state.store.live(type.name).filter((row) => sharing.visible(row));
}

/** The Id of a queue by name or developer name, when the org has Group rows of Type Queue. */
export function queueId(state: OrgState, name: string): string | undefined {
  const row = state.store
    .all('Group')
    .find((group) => group.Type === 'Queue' && (group.Name === name || group.DeveloperName === name));
  return row?.Id;
}

/** Names and developer names of the groups the user belongs to, directly or through roles and nested groups. */
export function groupNamesOf(state: OrgState, user: OrgUser): Set<string> {
  const ids = groupIdsOf(state, user);
  const names = new Set<string>();
  for (const group of state.store.all('Group')) {
    if (!ids.has(group.Id)) continue;
    names.add(String(group.Name));
    names.add(String(group.DeveloperName));
  }
  return names;
}

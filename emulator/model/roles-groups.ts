import type { OrgState, OrgUser } from './org-state';

/** The role hierarchy and group membership as sharing needs them (rows: UserRole, Group, GroupMember). */

export function userRoleId(state: OrgState, userId: string): string | null {
  const row = state.store.get('User', userId);
  return typeof row?.UserRoleId === 'string' ? row.UserRoleId : null;
}

/** Every role below the given one (not the role itself). */
export function subordinateRoleIds(state: OrgState, roleId: string): Set<string> {
  const below = new Set<string>();
  let frontier = [roleId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const row of state.store.all('UserRole')) {
      const parent = row.ParentRoleId;
      if (typeof parent === 'string' && frontier.includes(parent) && !below.has(row.Id)) {
        below.add(row.Id);
        next.push(row.Id);
      }
    }
    frontier = next;
  }
  return below;
}

/** True when the owner's role sits below the viewer's role (managers see what their reports own). */
export function isAboveInHierarchy(state: OrgState, viewer: OrgUser, ownerId: string): boolean {
  const viewerRole = userRoleId(state, viewer.id);
  const ownerRole = userRoleId(state, ownerId);
  return viewerRole !== null && ownerRole !== null && subordinateRoleIds(state, viewerRole).has(ownerRole);
}

/** Ids of every group (public group, queue, role group) the user belongs to, directly or through groups. */
export function groupIdsOf(state: OrgState, user: OrgUser): Set<string> {
  const roleId = userRoleId(state, user.id);
  const memberships = new Set<string>([user.id]);
  for (const group of state.store.all('Group')) {
    if (group.RelatedId === null || group.RelatedId === undefined || roleId === null) continue;
    if (group.Type === 'Role' && group.RelatedId === roleId) memberships.add(group.Id);
    if (group.Type === 'RoleAndSubordinates') {
      const related = String(group.RelatedId);
      if (related === roleId || subordinateRoleIds(state, related).has(roleId)) memberships.add(group.Id);
    }
  }
  // Nested groups: keep adding groups whose members include something we already belong to.
  const members = state.store.all('GroupMember');
  let grew = true;
  while (grew) {
    grew = false;
    for (const member of members) {
      if (memberships.has(String(member.UserOrGroupId)) && !memberships.has(String(member.GroupId))) {
        memberships.add(String(member.GroupId));
        grew = true;
      }
    }
  }
  memberships.delete(user.id);
  return memberships;
}

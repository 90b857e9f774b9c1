import { ACCESS_KEY_PREFIXES } from './access-objects';
import type { OrgState } from './org-state';
import { seedPermissionSets } from './permission-sets';
import type { Row } from './store';

/**
 * Access rows, seeded after users exist: UserRole (and their Role / RoleAndSubordinates groups), public
 * groups and queues with members and QueueSobject rows, UserLogin, User.UserRoleId / ManagerId, permission
 * sets, and login access granted by users.
 */
export function seedAccess(state: OrgState): void {
  const def = state.definition;
  const { store } = state;
  const roleIds = new Map<string, string>();
  for (const role of def.roles) roleIds.set(role.name, state.ids.next(ACCESS_KEY_PREFIXES.UserRole));
  for (const role of def.roles) {
    const id = roleIds.get(role.name) as string;
    const developerName = role.developerName ?? role.name.replace(/[^A-Za-z0-9]+/g, '_');
    store.insert('UserRole', {
      Id: id,
      Name: role.name,
      DeveloperName: developerName,
      ParentRoleId: role.parent ? (roleIds.get(role.parent) ?? null) : null,
    });
    for (const type of ['Role', 'RoleAndSubordinates']) {
      store.insert('Group', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.Group),
        Name: role.name,
        DeveloperName: developerName,
        Type: type,
        RelatedId: id,
      });
    }
  }

  for (const userDef of def.users) {
    const row = store.all('User').find((candidate) => candidate.Username === userDef.username);
    if (!row) continue;
    row.UserRoleId = userDef.role ? (roleIds.get(userDef.role) ?? null) : null;
    const manager = userDef.manager
      ? store.all('User').find((candidate) => candidate.Username === userDef.manager)
      : undefined;
    row.ManagerId = manager?.Id ?? null;
    const delegate = userDef.delegatedApprover
      ? store.all('User').find((candidate) => candidate.Username === userDef.delegatedApprover)
      : undefined;
    row.DelegatedApproverId = delegate?.Id ?? null;
    store.insert('UserLogin', {
      Id: state.ids.next(ACCESS_KEY_PREFIXES.UserLogin),
      UserId: row.Id,
      IsFrozen: userDef.frozen,
      IsPasswordLocked: false,
    });
    if (userDef.grantLoginAccessUntil) {
      state.loginAccessGrants.set(row.Id, `${userDef.grantLoginAccessUntil}T23:59:59.000Z`);
    }
  }

  const groupIds = new Map<string, string>();
  for (const group of def.groups) {
    const id = state.ids.next(ACCESS_KEY_PREFIXES.Group);
    groupIds.set(group.developerName, id);
    groupIds.set(group.name, id);
    store.insert('Group', {
      Id: id,
      Name: group.name,
      DeveloperName: group.developerName,
      Type: group.type,
      RelatedId: null,
    });
    for (const objectName of group.type === 'Queue' ? group.objects : []) {
      store.insert('QueueSobject', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.QueueSobject),
        QueueId: id,
        SobjectType: objectName,
      });
    }
  }
  const roleGroup = (roleName: string, type: string): Row | undefined => {
    const roleId = roleIds.get(roleName);
    return store.all('Group').find((group) => group.RelatedId === roleId && group.Type === type);
  };
  for (const group of def.groups) {
    const groupId = groupIds.get(group.developerName) as string;
    for (const member of group.members) {
      let memberId: string | undefined;
      if (typeof member === 'string') memberId = state.userByUsername(member)?.id;
      else if ('role' in member) memberId = roleGroup(member.role, 'Role')?.Id;
      else if ('roleAndSubordinates' in member)
        memberId = roleGroup(member.roleAndSubordinates, 'RoleAndSubordinates')?.Id;
      else memberId = groupIds.get(member.group);
      if (!memberId) continue;
      store.insert('GroupMember', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.GroupMember),
        GroupId: groupId,
        UserOrGroupId: memberId,
      });
    }
  }
  seedPermissionSets(state);
}

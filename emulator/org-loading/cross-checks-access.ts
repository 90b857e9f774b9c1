import type { OrgDefinition } from '../org/schema';
import type { Issue } from './cross-check-support';

/** Cross-reference checks for access: roles, managers, permission sets, groups and queues, sharing. */
export function crossCheckAccess(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const roles = new Set(def.roles.map((role) => role.name));
  const usernames = new Set(def.users.map((user) => user.username.toLowerCase()));
  const permissionSets = new Set(def.permissionSets.map((set) => set.name));
  const permissionSetGroups = new Set(def.permissionSetGroups.map((group) => group.name));
  const groups = new Set(def.groups.flatMap((group) => [group.developerName, group.name]));
  const roleRef = (at: (string | number)[], name: string) => {
    if (!roles.has(name)) add(at, `No role ${name} in roles (known: ${[...roles].join(', ') || 'none'})`);
  };

  def.roles.forEach((role, index) => {
    if (role.parent) roleRef(['roles', index, 'parent'], role.parent);
    const seen = new Set<string>([role.name]);
    let parent = role.parent;
    while (parent) {
      if (seen.has(parent)) {
        add(['roles', index, 'parent'], `The role hierarchy loops through ${parent}`);
        break;
      }
      seen.add(parent);
      parent = def.roles.find((candidate) => candidate.name === parent)?.parent;
    }
  });
  def.users.forEach((user, index) => {
    if (user.role) roleRef(['users', index, 'role'], user.role);
    if (user.manager && !usernames.has(user.manager.toLowerCase())) {
      add(['users', index, 'manager'], `No user ${user.manager} in users`);
    }
    if (user.delegatedApprover && !usernames.has(user.delegatedApprover.toLowerCase())) {
      add(['users', index, 'delegatedApprover'], `No user ${user.delegatedApprover} in users`);
    }
    user.permissionSets.forEach((name, at) => {
      if (!permissionSets.has(name)) add(['users', index, 'permissionSets', at], `No permission set ${name}`);
    });
  });
  def.users.forEach((user, index) => {
    user.permissionSetGroups.forEach((name, at) => {
      if (!permissionSetGroups.has(name)) {
        add(
          ['users', index, 'permissionSetGroups', at],
          `No permission set group ${name} (known: ${[...permissionSetGroups].join(', ') || 'none'})`,
        );
      }
    });
  });
  def.permissionSetGroups.forEach((group, index) => {
    if (permissionSets.has(group.name)) {
      add(['permissionSetGroups', index, 'name'], `${group.name} is already a permission set's name`);
    }
    group.permissionSets.forEach((name, at) => {
      if (!permissionSets.has(name))
        add(['permissionSetGroups', index, 'permissionSets', at], `No permission set ${name}`);
    });
  });
  const tabObjects = (path: (string | number)[], tabs: Record<string, unknown>) => {
    for (const object of Object.keys(tabs)) {
      if (!def.objects[object])
        add([...path, object], `No object ${object} in objects (tabs are named by object)`);
    }
  };
  const customPermissions = new Set(def.customPermissions.map((permission) => permission.name));
  const customPermissionRefs = (path: (string | number)[], names: string[]) => {
    names.forEach((name, at) => {
      if (!customPermissions.has(name))
        add(
          [...path, at],
          `No custom permission ${name} in customPermissions (known: ${[...customPermissions].join(', ') || 'none'})`,
        );
    });
  };
  for (const [index, profile] of def.profiles.entries()) {
    tabObjects(['profiles', index, 'tabVisibilities'], profile.tabVisibilities);
    customPermissionRefs(['profiles', index, 'customPermissions'], profile.customPermissions);
  }
  for (const [index, set] of def.permissionSets.entries()) {
    tabObjects(['permissionSets', index, 'tabSettings'], set.tabSettings);
    customPermissionRefs(['permissionSets', index, 'customPermissions'], set.customPermissions);
  }
  def.groups.forEach((group, index) => {
    group.members.forEach((member, at) => {
      const path = ['groups', index, 'members', at];
      if (typeof member === 'string') {
        if (!usernames.has(member.toLowerCase())) add(path, `No user ${member} in users`);
      } else if ('role' in member) roleRef(path, member.role);
      else if ('roleAndSubordinates' in member) roleRef(path, member.roleAndSubordinates);
      else if (!groups.has(member.group)) add(path, `No group ${member.group} in groups`);
    });
    group.objects.forEach((object, at) => {
      if (!def.objects[object]) add(['groups', index, 'objects', at], `No object ${object} in objects`);
    });
    if (group.type === 'Regular' && group.objects.length > 0) {
      add(['groups', index, 'objects'], 'Only queues (type: Queue) have supported objects');
    }
  });
  for (const object of Object.keys(def.sharing.defaults)) {
    if (!def.objects[object]) add(['sharing', 'defaults', object], `No object ${object} in objects`);
  }
  def.sharing.rules.forEach((rule, index) => {
    const path = ['sharing', 'rules', index];
    const object = def.objects[rule.object];
    if (!object) add([...path, 'object'], `No object ${rule.object} in objects`);
    rule.criteria.forEach((criterion, at) => {
      if (object && !object.fields[criterion.field]) {
        add([...path, 'criteria', at, 'field'], `No field ${criterion.field} on ${rule.object}`);
      }
    });
    const target = rule.shareWith;
    if ('group' in target && !groups.has(target.group))
      add([...path, 'shareWith'], `No group ${target.group}`);
    if ('role' in target) roleRef([...path, 'shareWith'], target.role);
    if ('roleAndSubordinates' in target) roleRef([...path, 'shareWith'], target.roleAndSubordinates);
  });
  return issues;
}

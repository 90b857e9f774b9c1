import { objectTabName } from '../../salesforce/tab-names';
import type { FieldAccess, ObjectPermission, SystemPermission } from '../org/schema';
import { SYSTEM_PERMISSIONS } from '../org/schema';
import type { TabVisibility } from '../org/schema-access';
import type { AccessGrant } from './access-grants';
import { ACCESS_KEY_PREFIXES } from './access-objects';
import type { OrgState } from './org-state';

/** PermissionSet, PermissionSetAssignment, ObjectPermissions and FieldPermissions rows from the definition. */
export function seedPermissionSets(state: OrgState): void {
  const def = state.definition;
  const customPermissionIds = seedCustomPermissions(state);
  for (const profile of state.profiles.values()) {
    const grant: AccessGrant = {
      id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSet),
      // Salesforce names profile-owned sets with an opaque X00e... name; the label is the profile's name.
      name: `X00e${profile.id.slice(3, 15)}`,
      label: profile.name,
      profileId: profile.id,
      systemPermissions: profile.permissions,
      customPermissions: new Set(profile.definition.customPermissions),
      objectPermissions: profile.definition.objectPermissions,
      fieldPermissions: profile.definition.fieldPermissions,
    };
    state.permissionSets.set(`profile:${profile.id}`, grant);
    state.permissionSets.set(grant.id, grant);
    insertGrantRows(state, grant, 'Profile', customPermissionIds);
    insertTabSettings(state, grant.id, profileTabVisibilities(state, profile.definition));
  }
  const byName = new Map<string, AccessGrant>();
  for (const set of def.permissionSets) {
    const grant: AccessGrant = {
      id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSet),
      name: set.name,
      label: set.label,
      profileId: null,
      systemPermissions: new Set(set.systemPermissions),
      customPermissions: new Set(set.customPermissions),
      objectPermissions: set.objectPermissions,
      fieldPermissions: set.fieldPermissions,
    };
    state.permissionSets.set(grant.id, grant);
    byName.set(set.name, grant);
    insertGrantRows(state, grant, 'Regular', customPermissionIds);
    insertTabSettings(state, grant.id, set.tabSettings);
  }
  const groupSets = seedPermissionSetGroups(state, byName, customPermissionIds);
  seedAppAccess(state);
  for (const userDef of def.users) {
    const user = state.userByUsername(userDef.username);
    if (!user) continue;
    const ownedId = state.permissionSets.get(`profile:${user.profile.id}`)?.id;
    const assign = (permissionSetId: string | undefined, groupId: string | null) => {
      if (!permissionSetId) return;
      state.store.insert('PermissionSetAssignment', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSetAssignment),
        AssigneeId: user.id,
        PermissionSetId: permissionSetId,
        PermissionSetGroupId: groupId,
      });
    };
    assign(ownedId, null);
    for (const name of userDef.permissionSets) assign(byName.get(name)?.id, null);
    for (const name of userDef.permissionSetGroups) {
      const group = groupSets.get(name);
      if (group) assign(group.aggregate.id, group.groupId);
    }
  }
}

/**
 * PermissionSetGroup and PermissionSetGroupComponent rows, and per group its aggregate permission set
 * (PermissionSet.Type Group) holding the union of the components' permissions, which the group's
 * assignments name. Unconfirmed: that the aggregate set's ObjectPermissions/FieldPermissions rows are queryable.
 */
function seedPermissionSetGroups(
  state: OrgState,
  byName: Map<string, AccessGrant>,
  customPermissionIds: ReadonlyMap<string, string>,
): Map<string, { groupId: string; aggregate: AccessGrant }> {
  const groups = new Map<string, { groupId: string; aggregate: AccessGrant }>();
  for (const group of state.definition.permissionSetGroups) {
    const groupId = state.ids.next(ACCESS_KEY_PREFIXES.PermissionSetGroup);
    state.store.insert('PermissionSetGroup', {
      Id: groupId,
      DeveloperName: group.name,
      MasterLabel: group.label,
      Status: 'Updated',
    });
    const components = group.permissionSets.flatMap((name) => byName.get(name) ?? []);
    for (const component of components) {
      state.store.insert('PermissionSetGroupComponent', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSetGroupComponent),
        PermissionSetGroupId: groupId,
        PermissionSetId: component.id,
      });
    }
    const aggregate = unionOf(state.ids.next(ACCESS_KEY_PREFIXES.PermissionSet), group, components);
    state.permissionSets.set(aggregate.id, aggregate);
    insertGrantRows(state, aggregate, 'Group', customPermissionIds, groupId);
    const tabs: Record<string, 'DefaultOn' | 'DefaultOff'> = {};
    for (const component of [...components].reverse()) {
      const set = state.definition.permissionSets.find((candidate) => candidate.name === component.name);
      Object.assign(tabs, set?.tabSettings);
    }
    insertTabSettings(state, aggregate.id, tabs);
    groups.set(group.name, { groupId, aggregate });
  }
  return groups;
}

const FIELD_RANK = { none: 0, read: 1, edit: 2 } as const;

function unionOf(id: string, group: { name: string; label: string }, components: AccessGrant[]): AccessGrant {
  const systemPermissions = new Set<SystemPermission>();
  const customPermissions = new Set<string>();
  const objectPermissions: Record<string, ObjectPermission> = {};
  const fieldPermissions: Record<string, Record<string, FieldAccess>> = {};
  for (const component of components) {
    for (const permission of component.systemPermissions) systemPermissions.add(permission);
    for (const permission of component.customPermissions) customPermissions.add(permission);
    for (const [object, granted] of Object.entries(component.objectPermissions)) {
      const current = objectPermissions[object];
      objectPermissions[object] = current
        ? (Object.fromEntries(
            Object.entries(current).map(([key, value]) => [
              key,
              value || granted[key as keyof ObjectPermission],
            ]),
          ) as ObjectPermission)
        : { ...granted };
    }
    for (const [object, fields] of Object.entries(component.fieldPermissions)) {
      fieldPermissions[object] ??= {};
      const merged = fieldPermissions[object];
      for (const [field, access] of Object.entries(fields)) {
        if (FIELD_RANK[access] > FIELD_RANK[merged[field] ?? 'none']) merged[field] = access;
      }
    }
  }
  return {
    id,
    name: group.name,
    label: group.label,
    profileId: null,
    systemPermissions,
    customPermissions,
    objectPermissions,
    fieldPermissions,
  };
}

/** A CustomPermission row per custom permission defined; their ids by API name. */
function seedCustomPermissions(state: OrgState): Map<string, string> {
  const ids = new Map<string, string>();
  for (const permission of state.definition.customPermissions) {
    const id = state.ids.next(ACCESS_KEY_PREFIXES.CustomPermission);
    state.store.insert('CustomPermission', {
      Id: id,
      DeveloperName: permission.name,
      MasterLabel: permission.label,
      NamespacePrefix: null,
    });
    ids.set(permission.name, id);
  }
  return ids;
}

/**
 * AppMenuItem per app and, for every profile, SetupEntityAccess rows to every app: the emulator's App Launcher
 * shows every app to everyone, so that is what the rows say.
 */
function seedAppAccess(state: OrgState): void {
  const profileSets = [...state.profiles.values()].flatMap(
    (profile) => state.permissionSets.get(`profile:${profile.id}`) ?? [],
  );
  for (const app of state.definition.apps) {
    const applicationId = state.ids.next('02u');
    state.store.insert('AppMenuItem', {
      Id: state.ids.next(ACCESS_KEY_PREFIXES.AppMenuItem),
      ApplicationId: applicationId,
      Name: app.developerName,
      Label: app.label,
      Type: 'TabSet',
    });
    for (const grant of profileSets) {
      state.store.insert('SetupEntityAccess', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.SetupEntityAccess),
        ParentId: grant.id,
        SetupEntityId: applicationId,
        SetupEntityType: 'TabSet',
      });
    }
  }
}

/** Salesforce's tab name for an object: "standard-Account" for standard objects, the API name for custom ones. */
export const tabName = objectTabName;

/** A profile's tab visibility per object: its own setting, else DefaultOn when it can read the object. */
export function profileTabVisibilities(
  state: OrgState,
  profile: OrgState['definition']['profiles'][number],
): Record<string, TabVisibility> {
  const allObjects =
    profile.systemPermissions.includes('ModifyAllData') || profile.systemPermissions.includes('ViewAllData');
  const visibilities: Record<string, TabVisibility> = {};
  for (const object of Object.keys(state.definition.objects)) {
    const granted = profile.objectPermissions[object];
    const readable = allObjects || granted?.read || granted?.viewAll || granted?.modifyAll;
    visibilities[object] = profile.tabVisibilities[object] ?? (readable ? 'DefaultOn' : 'Hidden');
  }
  return visibilities;
}

function insertTabSettings(state: OrgState, parentId: string, tabs: Record<string, TabVisibility>): void {
  for (const [object, visibility] of Object.entries(tabs)) {
    if (visibility === 'Hidden') continue;
    state.store.insert('PermissionSetTabSetting', {
      Id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSetTabSetting),
      ParentId: parentId,
      Name: tabName(object),
      Visibility: visibility,
    });
  }
}

function insertGrantRows(
  state: OrgState,
  grant: AccessGrant,
  type: 'Regular' | 'Profile' | 'Group',
  customPermissionIds: ReadonlyMap<string, string>,
  groupId: string | null = null,
): void {
  state.store.insert('PermissionSet', {
    Id: grant.id,
    Name: grant.name,
    Label: grant.label,
    IsOwnedByProfile: grant.profileId !== null,
    ProfileId: grant.profileId,
    Type: type,
    PermissionSetGroupId: groupId,
    ...Object.fromEntries(
      SYSTEM_PERMISSIONS.map((permission) => [
        `Permissions${permission}`,
        grant.systemPermissions.has(permission),
      ]),
    ),
  });
  // Salesforce records an enabled custom permission as the set's access to a setup entity.
  for (const name of grant.customPermissions) {
    state.store.insert('SetupEntityAccess', {
      Id: state.ids.next(ACCESS_KEY_PREFIXES.SetupEntityAccess),
      ParentId: grant.id,
      SetupEntityId: customPermissionIds.get(name) ?? null,
      SetupEntityType: 'CustomPermission',
    });
  }
  for (const [objectName, permission] of Object.entries(grant.objectPermissions)) {
    state.store.insert('ObjectPermissions', {
      Id: state.ids.next(ACCESS_KEY_PREFIXES.ObjectPermissions),
      ParentId: grant.id,
      SobjectType: objectName,
      PermissionsRead: permission.read,
      PermissionsCreate: permission.create,
      PermissionsEdit: permission.edit,
      PermissionsDelete: permission.delete,
      PermissionsViewAllRecords: permission.viewAll,
      PermissionsModifyAllRecords: permission.modifyAll,
    });
  }
  // One row per permissionable field the set grants something on, as Salesforce stores them ("Lead.Email").
  for (const [objectName, fields] of Object.entries(grant.fieldPermissions)) {
    const type = state.object(objectName);
    if (!type) continue;
    for (const field of type.fields.filter((candidate) => candidate.permissionable)) {
      const access = fields[field.name] ?? fields['*'] ?? 'none';
      if (access === 'none') continue;
      state.store.insert('FieldPermissions', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.FieldPermissions),
        ParentId: grant.id,
        SobjectType: type.name,
        Field: `${type.name}.${field.name}`,
        PermissionsRead: true,
        PermissionsEdit: access === 'edit' && (field.createable || field.updateable),
      });
    }
  }
}

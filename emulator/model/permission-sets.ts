import type { FieldAccess, ObjectPermission, SystemPermission } from '../org/schema';
import { SYSTEM_PERMISSIONS } from '../org/schema';
import { ACCESS_KEY_PREFIXES } from './access-objects';
import type { OrgState } from './org-state';

/**
 * Permission sets as Salesforce models them: every profile owns one (PermissionSet.IsOwnedByProfile), so a
 * user's access is the union of the sets assigned to them, the profile's included. model/access.ts reads these.
 */
export interface AccessGrant {
  id: string;
  name: string;
  label: string;
  profileId: string | null;
  systemPermissions: ReadonlySet<SystemPermission>;
  objectPermissions: Record<string, ObjectPermission>;
  fieldPermissions: Record<string, Record<string, FieldAccess>>;
}

/** The grants that apply to a user: their profile's own permission set first, then the assigned ones. */
export function userGrants(state: OrgState, userId: string, profileId: string): AccessGrant[] {
  const owned = state.permissionSets.get(`profile:${profileId}`);
  const assigned = (state.permissionSetAssignments.get(userId) ?? [])
    .map((id) => state.permissionSets.get(id))
    .filter((grant): grant is AccessGrant => grant !== undefined);
  return owned ? [owned, ...assigned] : assigned;
}

/** PermissionSet, PermissionSetAssignment, ObjectPermissions and FieldPermissions rows from the definition. */
export function seedPermissionSets(state: OrgState): void {
  const def = state.definition;
  for (const profile of state.profiles.values()) {
    const grant: AccessGrant = {
      id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSet),
      // Salesforce names profile-owned sets with an opaque X00e... name; the label is the profile's name.
      name: `X00e${profile.id.slice(3, 15)}`,
      label: profile.name,
      profileId: profile.id,
      systemPermissions: profile.permissions,
      objectPermissions: profile.definition.objectPermissions,
      fieldPermissions: profile.definition.fieldPermissions,
    };
    state.permissionSets.set(`profile:${profile.id}`, grant);
    insertGrantRows(state, grant);
  }
  const byName = new Map<string, AccessGrant>();
  for (const set of def.permissionSets) {
    const grant: AccessGrant = {
      id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSet),
      name: set.name,
      label: set.label,
      profileId: null,
      systemPermissions: new Set(set.systemPermissions),
      objectPermissions: set.objectPermissions,
      fieldPermissions: set.fieldPermissions,
    };
    state.permissionSets.set(grant.id, grant);
    byName.set(set.name, grant);
    insertGrantRows(state, grant);
  }
  for (const userDef of def.users) {
    const user = state.userByUsername(userDef.username);
    if (!user) continue;
    const ownedId = state.permissionSets.get(`profile:${user.profile.id}`)?.id;
    const assigned = userDef.permissionSets.flatMap((name) => byName.get(name)?.id ?? []);
    state.permissionSetAssignments.set(user.id, assigned);
    for (const permissionSetId of [ownedId, ...assigned]) {
      if (!permissionSetId) continue;
      state.store.insert('PermissionSetAssignment', {
        Id: state.ids.next(ACCESS_KEY_PREFIXES.PermissionSetAssignment),
        AssigneeId: user.id,
        PermissionSetId: permissionSetId,
      });
    }
  }
}

function insertGrantRows(state: OrgState, grant: AccessGrant): void {
  state.store.insert('PermissionSet', {
    Id: grant.id,
    Name: grant.name,
    Label: grant.label,
    IsOwnedByProfile: grant.profileId !== null,
    ProfileId: grant.profileId,
    ...Object.fromEntries(
      SYSTEM_PERMISSIONS.map((permission) => [
        `Permissions${permission}`,
        grant.systemPermissions.has(permission),
      ]),
    ),
  });
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

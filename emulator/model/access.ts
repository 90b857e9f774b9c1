import type { FieldAccess, SystemPermission } from '../org/schema';
import type { SObjectField } from './fields';
import type { OrgState, OrgUser } from './org-state';
import type { SObjectType } from './sobject-type';

export interface ObjectAccess {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
}

const NO_ACCESS: ObjectAccess = { read: false, create: false, edit: false, delete: false };

export function hasPermission(user: OrgUser, permission: SystemPermission): boolean {
  return user.profile.permissions.has(permission);
}

/** Object permissions of the user's profile; Modify All Data grants everything, View All Data grants read. */
export function objectAccess(user: OrgUser, type: SObjectType): ObjectAccess {
  if (type.options.system) {
    const read = type.options.readRequires ? hasPermission(user, type.options.readRequires) : true;
    return { ...NO_ACCESS, read };
  }
  if (hasPermission(user, 'ModifyAllData')) return { read: true, create: true, edit: true, delete: true };
  const granted = user.profile.definition.objectPermissions[type.name];
  const access: ObjectAccess = granted
    ? {
        read: granted.read || granted.viewAll,
        create: granted.create,
        edit: granted.edit,
        delete: granted.delete,
      }
    : { ...NO_ACCESS };
  if (hasPermission(user, 'ViewAllData')) access.read = true;
  return access;
}

/**
 * Field-level security as the user gets it: none, read or edit. Fields outside FLS (ids, required fields,
 * system fields) follow the object; platform-managed fields are never editable.
 */
export function fieldAccess(user: OrgUser, type: SObjectType, field: SObjectField): FieldAccess {
  if (!objectAccess(user, type).read) return 'none';
  let access: FieldAccess;
  if (!field.permissionable) access = 'edit';
  else {
    const granted = user.profile.definition.fieldPermissions[type.name];
    access = granted?.[field.name] ?? granted?.['*'] ?? 'none';
  }
  if (access === 'edit' && !field.createable && !field.updateable) return 'read';
  return access;
}

export function canReadField(user: OrgUser, type: SObjectType, field: SObjectField): boolean {
  return fieldAccess(user, type, field) !== 'none';
}

export function readableFields(user: OrgUser, type: SObjectType): SObjectField[] {
  return type.fields.filter((field) => canReadField(user, type, field));
}

export type LoginAsDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Salesforce Help "Log In as Another User": with "Administrators Can Log in as Any User" an admin holding
 * Manage Users and Modify All Data may log in as any active user but themselves. Granted login access
 * (issue #3) is the other way in.
 */
export function loginAsDecision(state: OrgState, viewer: OrgUser, target: OrgUser): LoginAsDecision {
  if (!state.security.adminsCanLogInAsAnyUser) {
    return { allowed: false, reason: 'the org policy "Administrators Can Log in as Any User" is off' };
  }
  if (!hasPermission(viewer, 'ManageUsers') || !hasPermission(viewer, 'ModifyAllData')) {
    return { allowed: false, reason: `${viewer.username} lacks Manage Users or Modify All Data` };
  }
  if (!target.active) return { allowed: false, reason: `${target.username} is inactive` };
  if (target.id === viewer.id) return { allowed: false, reason: 'an admin cannot log in as themselves' };
  return { allowed: true };
}

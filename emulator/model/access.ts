import type { FieldAccess, SystemPermission } from '../org/schema';
import type { SObjectField } from './fields';
import type { OrgUser } from './org-state';
import type { SObjectType } from './sobject-type';

export interface ObjectAccess {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

/** No object permission at all. */
export const NO_ACCESS: ObjectAccess = {
  read: false,
  create: false,
  edit: false,
  delete: false,
  viewAll: false,
  modifyAll: false,
};
const FIELD_RANK: Record<FieldAccess, number> = { none: 0, read: 1, edit: 2 };

/**
 * A user's effective access is the union of their profile's permission set and the permission sets assigned
 * to them (model/permission-sets.ts); every function here reads `user.grants`.
 */
export function hasPermission(user: OrgUser, permission: SystemPermission): boolean {
  return user.grants.some((grant) => grant.systemPermissions.has(permission));
}

/** Object permissions, united over the user's grants; Modify All Data grants everything, View All Data read. */
export function objectAccess(user: OrgUser, type: SObjectType): ObjectAccess {
  if (type.options.system) {
    const read = type.options.readRequires ? hasPermission(user, type.options.readRequires) : true;
    return { ...NO_ACCESS, read };
  }
  if (hasPermission(user, 'ModifyAllData')) {
    return { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
  }
  const access: ObjectAccess = { ...NO_ACCESS };
  for (const grant of user.grants) {
    const granted = grant.objectPermissions[type.options.permissionsOf ?? type.name];
    if (!granted) continue;
    access.read ||= granted.read || granted.viewAll || granted.modifyAll;
    access.create ||= granted.create;
    access.edit ||= granted.edit || granted.modifyAll;
    access.delete ||= granted.delete || granted.modifyAll;
    access.viewAll ||= granted.viewAll || granted.modifyAll;
    access.modifyAll ||= granted.modifyAll;
  }
  if (hasPermission(user, 'ViewAllData')) {
    access.read = true;
    access.viewAll = true;
  }
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
    access = 'none';
    for (const grant of user.grants) {
      const granted = grant.fieldPermissions[type.name];
      const level = granted?.[field.name] ?? granted?.['*'] ?? 'none';
      if (FIELD_RANK[level] > FIELD_RANK[access]) access = level;
    }
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

/** The fields of these names that exist and the user can read, in the order given (layouts, list columns). */
export function readableFieldsNamed(user: OrgUser, type: SObjectType, names: string[]): SObjectField[] {
  return names.flatMap((name) => {
    const field = type.field(name);
    return field && canReadField(user, type, field) ? [field] : [];
  });
}

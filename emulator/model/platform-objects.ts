import { auditFields, type SObjectField, systemField } from './fields';
import { SObjectType } from './sobject-type';

/**
 * Building blocks for the objects whose shape is Salesforce's (User, permission sets, list views, approvals,
 * products...). A standard field's label is its API name in words and a lookup's relationship name is its API
 * name without "Id", so only the labels that differ from that are written out where the objects are declared.
 */

type FieldOptions = NonNullable<Parameters<typeof systemField>[3]> & { label?: string };

/** 'PermissionSetGroupId' → 'Permission Set Group ID', 'IsFrozen' → 'Is Frozen'. */
export function labelOf(apiName: string): string {
  return apiName.replace(/Id$/, 'ID').replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

/** A standard field labelled after its API name unless `label` says otherwise. */
export function field(name: string, type: SObjectField['type'], options: FieldOptions = {}): SObjectField {
  const { label = labelOf(name), ...rest } = options;
  return systemField(name, label, type, rest);
}

/** A lookup: 'ParentRoleId' is labelled 'Parent Role ID' and its relationship is 'ParentRole'. */
export function lookup(name: string, to: string | string[], options: FieldOptions = {}): SObjectField {
  const referenceTo = typeof to === 'string' ? [to] : to;
  return field(name, 'reference', { referenceTo, relationshipName: name.replace(/Id$/, ''), ...options });
}

export const idField = (label = 'Record ID') => systemField('Id', label, 'id', { nillable: false });

/** The audit fields platform objects show: no IsDeleted. */
export const platformAuditFields = () => auditFields().filter((audit) => audit.name !== 'IsDeleted');

/** A boolean per system permission, labelled with the permission's name ('PermissionsViewSetup': 'ViewSetup'). */
export const permissionFields = (permissions: readonly string[]) =>
  permissions.map((permission) => field(`Permissions${permission}`, 'boolean', { label: permission }));

type PlatformOptions = Omit<SObjectType['options'], 'system'> & {
  /** Default: the API name in words. */
  label?: string;
  /** Default: the label. */
  plural?: string;
  /** UserRecordAccess rows have no Id. */
  withoutId?: boolean;
};

/** A platform object (read-only through the API here); its fields start with Id unless `withoutId`. */
export function platformObject(
  name: string,
  keyPrefix: string,
  fields: SObjectField[],
  { label = labelOf(name), plural = label, withoutId = false, ...options }: PlatformOptions = {},
): SObjectType {
  const all = withoutId ? fields : [idField(), ...fields];
  return new SObjectType(name, label, plural, keyPrefix, all, { system: true, ...options });
}

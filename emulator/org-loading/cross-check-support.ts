import type { OrgDefinition } from '../org/schema';

/** A cross-reference problem in an org definition, at a path inside it. */
export type Issue = { path: (string | number)[]; message: string };

// Fields every data object has without the org definition listing them.
const SYSTEM_FIELDS = new Set([
  'Id',
  'OwnerId',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
]);

/** Whether `object` has `field`, counting the system fields. */
export function fieldExists(def: OrgDefinition): (object: string, field: string) => boolean {
  return (object, field) => def.objects[object]?.fields[field] !== undefined || SYSTEM_FIELDS.has(field);
}

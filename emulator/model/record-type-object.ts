import { auditFields, systemField as f } from './fields';
import { SObjectType } from './sobject-type';

export const RECORD_TYPE_KEY_PREFIX = '012';
/** The master record type every object has; describe lists it with this fixed id. */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** RecordType: one row per record type in the org definition (model/record-types.ts seeds them). */
export function recordTypeObject(): SObjectType {
  return new SObjectType(
    'RecordType',
    'Record Type',
    'Record Types',
    RECORD_TYPE_KEY_PREFIX,
    [
      f('Id', 'Record Type ID', 'id', { nillable: false }),
      f('Name', 'Record Type Name', 'string', { nillable: false, length: 80 }),
      f('DeveloperName', 'Record Type Name', 'string', { nillable: false, length: 80 }),
      f('SobjectType', 'SObject Type Name', 'picklist', { nillable: false }),
      f('Description', 'Description', 'string', { length: 255 }),
      f('IsActive', 'Active', 'boolean'),
      f('BusinessProcessId', 'Business Process ID', 'reference'),
      f('NamespacePrefix', 'Namespace Prefix', 'string'),
      ...auditFields().filter((field) => field.name !== 'IsDeleted'),
    ],
    { system: true, nameField: 'Name' },
  );
}

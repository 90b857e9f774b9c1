import { fieldAccess } from './access';
import type { OrgState, OrgUser } from './org-state';
import { availableRecordTypes, type RecordTypeInfo } from './record-types';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

/**
 * What an object's New action shows for `?recordTypeId=…&useRecordTypeCheck=1&defaultFieldValues=…`: the record
 * type step when the user has more than one record type, none is named and the step is asked for
 * (`useRecordTypeCheck`), else the form's starting record and its record type (the default one unless named).
 */
export type NewRecordForm =
  | { step: 'recordType'; available: RecordTypeInfo[]; defaultId: string | undefined }
  | { step: 'form'; row: Row; recordType: RecordTypeInfo | undefined };

export function newRecordForm(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  recordTypeId: string | undefined,
  askRecordType: boolean,
  defaults: string | undefined,
): NewRecordForm {
  const { available, defaultId } = availableRecordTypes(state, user, type);
  const requested = recordTypeId ? available.find((info) => info.id === recordTypeId) : undefined;
  if (available.length > 1 && !requested && askRecordType)
    return { step: 'recordType', available, defaultId };
  const row = newRow(user, type, defaults);
  const recordType = requested ?? available.find((info) => info.id === defaultId);
  if (recordType) row.RecordTypeId = recordType.id;
  return { step: 'form', row, recordType };
}

/** A new record's starting values: field defaults, the running user as owner, then defaultFieldValues. */
function newRow(user: OrgUser, type: SObjectType, defaults: string | undefined): Row {
  const row: Row = { Id: '' };
  for (const field of type.fields) if (field.defaultValue !== undefined) row[field.name] = field.defaultValue;
  if (type.field('OwnerId')) row.OwnerId = user.id;
  for (const pair of (defaults ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const field = type.field(pair.slice(0, at).trim());
    if (!field || fieldAccess(user, type, field) === 'none') continue;
    let value = pair.slice(at + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape stays as sent.
    }
    if (field.compoundOf && field.compoundOf.length === 2 && !value.includes(' '))
      row[field.compoundOf[1]] = value;
    else if (field.compoundOf) {
      const [first, ...rest] = value.split(' ');
      row[field.compoundOf[0]] = first;
      row[field.compoundOf[1]] = rest.join(' ');
    } else row[field.name] = field.type === 'boolean' ? value === 'true' : value;
  }
  return row;
}

import { SalesforceError } from '../api/errors';
import { missingRequired, requiredFieldMissing } from '../api/record-values';
import { objectAccess } from './access';
import type { OrgState, OrgUser } from './org-state';
import { computeCompoundFields } from './seed';
import { recordAccessLevel } from './sharing';
import type { SObjectType } from './sobject-type';
import { type FieldValue, type Row, sfDateTime } from './store';

/**
 * Every insert, update and delete, from the API and the UI alike, goes through here as the running user:
 * this is where Salesforce's order of execution (validation rules, flows, assignment rules) belongs.
 * `values` are already checked against the user's field-level security (api/record-values.ts).
 */
export interface DmlContext {
  user: OrgUser;
  /** Lead/case assignment rules asked for (Sforce-Auto-Assign, or the UI's checkbox). */
  autoAssign?: boolean;
}

export function insertRecord(
  state: OrgState,
  type: SObjectType,
  values: Record<string, FieldValue>,
  context: DmlContext,
): Row {
  if (type.options.system) throw readOnlyPlatformObject(type, 'inserted');
  if (!objectAccess(context.user, type).create) throw insufficientAccess();
  const now = sfDateTime(new Date());
  const row: Row = { Id: state.ids.next(type.keyPrefix) };
  for (const field of type.fields) {
    if (field.defaultValue !== undefined) row[field.name] = field.defaultValue;
  }
  if (type.field('OwnerId')) row.OwnerId = context.user.id;
  Object.assign(row, values, {
    IsDeleted: false,
    CreatedDate: now,
    CreatedById: context.user.id,
    LastModifiedDate: now,
    LastModifiedById: context.user.id,
    SystemModstamp: now,
  });
  computeCompoundFields(state, type.name, row);
  const missing = missingRequired(type, row);
  if (missing.length > 0) throw requiredFieldMissing(missing);
  state.store.insert(type.name, row);
  state.autoAssignRequests.set(row.Id, context.autoAssign ?? true);
  return row;
}

export function updateRecord(
  state: OrgState,
  type: SObjectType,
  row: Row,
  values: Record<string, FieldValue>,
  context: DmlContext,
): void {
  if (type.options.system) throw readOnlyPlatformObject(type, 'updated');
  if (!objectAccess(context.user, type).edit) throw insufficientAccess();
  // Sharing: Read/Write (sharing rule, queue, org-wide default), owner, role above, Modify All.
  const level = recordAccessLevel(state, context.user, type, row);
  if (level !== 'Edit' && level !== 'All') throw insufficientAccess();
  const next: Row = { ...row, ...values };
  computeCompoundFields(state, type.name, next);
  const missing = missingRequired(type, next);
  if (missing.length > 0) throw requiredFieldMissing(missing);
  const now = sfDateTime(new Date());
  Object.assign(row, next, { LastModifiedDate: now, LastModifiedById: context.user.id, SystemModstamp: now });
}

export function deleteRecord(state: OrgState, type: SObjectType, row: Row, context: DmlContext): void {
  if (type.options.system) throw readOnlyPlatformObject(type, 'deleted');
  if (!objectAccess(context.user, type).delete) throw insufficientAccess();
  // Deleting takes full access: the owner, someone above them in the role hierarchy, or Modify All.
  if (recordAccessLevel(state, context.user, type, row) !== 'All') throw insufficientAccess();
  const now = sfDateTime(new Date());
  Object.assign(row, {
    IsDeleted: true,
    LastModifiedDate: now,
    LastModifiedById: context.user.id,
    SystemModstamp: now,
  });
}

// Unconfirmed wording; the code is the one Salesforce uses for DML the user's profile does not allow.
export function insufficientAccess(): SalesforceError {
  return new SalesforceError(
    400,
    'INSUFFICIENT_ACCESS_OR_READONLY',
    'insufficient access rights on object id',
  );
}

export function readOnlyPlatformObject(type: SObjectType, verb: string): SalesforceError {
  return new SalesforceError(
    400,
    'INVALID_TYPE_FOR_OPERATION',
    `entity type cannot be ${verb}: ${type.label} (not emulated yet by the persona-ux org emulator)`,
  );
}

import type { RecordTypeDefinition } from '../org/schema-automation';
import { chosenValues } from './fields';
import type { OrgState, OrgUser } from './org-state';
import { RECORD_TYPE_KEY_PREFIX } from './record-type-object';
import { SalesforceError } from './salesforce-error';
import type { SObjectType } from './sobject-type';
import { createdStamp, type FieldValue, type Row, sfDateTime } from './store';

/** Record types: RecordType rows, which ones a profile may use, and the picklist values each offers. */

export interface RecordTypeInfo {
  id: string;
  object: string;
  definition: RecordTypeDefinition;
}

export function seedRecordTypes(state: OrgState, createdById: string): void {
  const now = sfDateTime(new Date());
  for (const [object, definition] of Object.entries(state.definition.objects)) {
    for (const recordType of definition.recordTypes) {
      state.store.insert('RecordType', {
        Id: state.ids.next(RECORD_TYPE_KEY_PREFIX),
        Name: recordType.label,
        DeveloperName: recordType.developerName,
        SobjectType: object,
        Description: recordType.description ?? null,
        IsActive: recordType.active,
        BusinessProcessId: null,
        NamespacePrefix: null,
        ...createdStamp(createdById, now),
      });
    }
  }
}

/** The object's active record types, in definition order. */
export function recordTypesOf(state: OrgState, type: SObjectType): RecordTypeInfo[] {
  const definitions = state.definition.objects[type.name]?.recordTypes ?? [];
  const rows = state.store.all('RecordType').filter((row) => row.SobjectType === type.name);
  return definitions
    .filter((definition) => definition.active)
    .map((definition) => ({
      id: rows.find((row) => row.DeveloperName === definition.developerName)?.Id ?? '',
      object: type.name,
      definition,
    }));
}

/** The record types the user's profile may create records with, and which one is its default. */
export function availableRecordTypes(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
): { available: RecordTypeInfo[]; defaultId: string | undefined } {
  const all = recordTypesOf(state, type);
  const visibility = user.profile.definition.recordTypes[type.name];
  const available = visibility
    ? all.filter((info) => visibility.available.includes(info.definition.developerName))
    : all;
  const defaultInfo = visibility
    ? available.find((info) => info.definition.developerName === visibility.default)
    : available[0];
  return { available, defaultId: defaultInfo?.id ?? available[0]?.id };
}

/**
 * Sets RecordTypeId on create when unset (the profile's default), and refuses one the profile may not use,
 * as Salesforce does: INVALID_CROSS_REFERENCE_KEY on RecordTypeId.
 */
export function applyRecordType(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  requested: FieldValue | undefined,
): void {
  if (!type.field('RecordTypeId')) return;
  const { available, defaultId } = availableRecordTypes(state, user, type);
  if (requested === undefined || requested === null) {
    if (row.RecordTypeId === undefined || row.RecordTypeId === null) row.RecordTypeId = defaultId ?? null;
    return;
  }
  if (!available.some((info) => info.id === requested)) {
    throw new SalesforceError(
      400,
      'INVALID_CROSS_REFERENCE_KEY',
      `Record Type ID: this ID value isn't valid for the user: ${requested}`,
      ['RecordTypeId'],
    );
  }
}

/** The picklist values the record's record type offers for a field; undefined = all of the field's values. */
export function picklistSubset(
  state: OrgState,
  type: SObjectType,
  row: Row,
  field: string,
): string[] | undefined {
  const id = row.RecordTypeId;
  if (typeof id !== 'string') return undefined;
  const info = recordTypesOf(state, type).find((candidate) => candidate.id === id);
  return info?.definition.picklistValues[field];
}

/** Restricted picklists accept only their record type's values (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST). */
export function checkPicklistSubsets(
  state: OrgState,
  type: SObjectType,
  row: Row,
  written: Record<string, FieldValue>,
): void {
  for (const [name, value] of Object.entries(written)) {
    const field = type.field(name);
    if (!field?.type.endsWith('picklist') || !field.restrictedPicklist || value === null || value === '')
      continue;
    const subset = picklistSubset(state, type, row, field.name);
    const chosen = field.type === 'multipicklist' ? chosenValues(String(value)) : [String(value)];
    const bad = chosen.find((each) => !subset?.includes(each));
    if (subset && bad !== undefined) {
      throw new SalesforceError(
        400,
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        `${field.label}: bad value for restricted picklist field: ${bad}`,
        [field.name],
      );
    }
  }
}

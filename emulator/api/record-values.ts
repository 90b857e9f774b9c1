import { fieldAccess } from '../model/access';
import { chosenValues, type SObjectField } from '../model/fields';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import { type FieldValue, sfDateTime } from '../model/store';
import { malformedJson, SalesforceError } from './errors';

type Mode = 'create' | 'update';

/**
 * Checks a create/update body as Salesforce does for the running user and returns the values to store.
 * Fields the user cannot read do not exist for them; fields they can only read cannot be written.
 */
export function valuesToWrite(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  body: unknown,
  mode: Mode,
): Record<string, FieldValue> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw malformedJson('Cannot deserialize instance of sObject from the request body');
  }
  const values: Record<string, FieldValue> = {};
  const notWritable: string[] = [];
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    if (key === 'attributes') continue;
    const field = type.field(key);
    if (!field || fieldAccess(user, type, field) === 'none') {
      throw new SalesforceError(
        400,
        'INVALID_FIELD',
        `No such column '${key}' on sobject of type ${type.name}`,
        [key],
      );
    }
    if (field.name === 'Id') {
      if (mode === 'create') {
        throw new SalesforceError(
          400,
          'INVALID_FIELD_FOR_INSERT_UPDATE',
          'Record ID: cannot specify Id in an insert call',
          ['Id'],
        );
      }
      continue;
    }
    const writable = mode === 'create' ? field.createable : field.updateable;
    if (!writable || fieldAccess(user, type, field) !== 'edit') {
      notWritable.push(field.name);
      continue;
    }
    values[field.name] = coerce(state, field, raw);
  }
  if (notWritable.length > 0) {
    throw new SalesforceError(
      400,
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${notWritable.join(', ')}. Please check the security settings of this field ` +
        'and verify that it is read/write for your profile or permission set.',
      notWritable,
    );
  }
  return values;
}

/** Required fields left empty, by API name. */
export function missingRequired(type: SObjectType, row: Record<string, FieldValue>): string[] {
  return type.fields
    .filter((field) => field.required || (!field.nillable && field.createable && field.type !== 'boolean'))
    .filter((field) => row[field.name] === null || row[field.name] === undefined || row[field.name] === '')
    .map((field) => field.name);
}

export function requiredFieldMissing(fields: string[]): SalesforceError {
  return new SalesforceError(
    400,
    'REQUIRED_FIELD_MISSING',
    `Required fields are missing: [${fields.join(', ')}]`,
    fields,
  );
}

function coerce(state: OrgState, field: SObjectField, raw: unknown): FieldValue {
  if (raw === null || raw === '') return field.type === 'boolean' ? false : null;
  const bad = (type: string) =>
    malformedJson(
      `Cannot deserialize instance of ${type} from VALUE_STRING value ${JSON.stringify(raw)} or request may be missing a required field`,
    );
  const fail = (code: string, message: string) => new SalesforceError(400, code, message, [field.name]);
  switch (field.type) {
    case 'double':
    case 'currency':
    case 'percent':
    case 'int': {
      const value =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw)
            : Number.NaN;
      if (!Number.isFinite(value)) throw bad('double');
      const integerDigits = Math.trunc(Math.abs(value)).toString().length;
      if (field.precision !== undefined && integerDigits > field.precision - (field.scale ?? 0)) {
        throw fail(
          'NUMBER_OUTSIDE_VALID_RANGE',
          `${field.label}: value outside of valid range on numeric field: ${value}`,
        );
      }
      return value;
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw bad('boolean');
    case 'date':
      if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw bad('date');
      return raw;
    case 'datetime':
      if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw bad('datetime');
      return sfDateTime(new Date(raw));
    case 'reference':
    case 'id':
      return reference(state, field, raw);
    default: {
      if (typeof raw !== 'string' && typeof raw !== 'number') throw bad('string');
      const text = String(raw);
      if (field.length !== undefined && text.length > field.length) {
        throw fail(
          'STRING_TOO_LONG',
          `${field.label}: data value too large: ${text.slice(0, 80)} (max length=${field.length})`,
        );
      }
      if (field.type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) {
        throw fail('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${text}`);
      }
      const chosen = field.type === 'multipicklist' ? chosenValues(text) : [text];
      const notAValue = chosen.find((value) => !field.picklistValues?.includes(value));
      if (field.type.endsWith('picklist') && field.restrictedPicklist && notAValue !== undefined) {
        throw fail(
          'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          `${field.label}: bad value for restricted picklist field: ${notAValue}`,
        );
      }
      return field.type === 'multipicklist' ? chosen.join(';') || null : text;
    }
  }
}

function reference(state: OrgState, field: SObjectField, raw: unknown): FieldValue {
  const text = String(raw);
  const id = typeof raw === 'string' ? to18(raw) : undefined;
  const targets = (field.referenceTo ?? [])
    .map((name) => state.object(name))
    .filter((type) => type !== undefined);
  const target = id ? targets.find((type) => type.keyPrefix === id.slice(0, 3)) : undefined;
  if (!id || !target) {
    throw new SalesforceError(400, 'MALFORMED_ID', `${field.label}: id value of incorrect type: ${text}`, [
      field.name,
    ]);
  }
  const row = state.store.get(target.name, id);
  if (!row || row.IsDeleted === true) {
    throw new SalesforceError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [field.name]);
  }
  if (field.name === 'OwnerId' && target.name === 'User' && row.IsActive !== true) {
    throw new SalesforceError(
      400,
      'INACTIVE_OWNER_OR_USER',
      `operation performed with inactive user [${id}] as owner of ${field.label.replace(/ Owner$/, '').toLowerCase()}`,
    );
  }
  return id;
}

import { type Context, Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { malformedJson, SalesforceError } from '../api/errors';
import { valuesToWrite } from '../api/record-values';
import type { OrgState } from '../model/org-state';
import type { Row } from '../model/store';
import { type DmlContext, deleteRecord, insertRecord, updateRecord } from '../save/dml';
import { Journal } from '../save/journal';
import { autoAssignAsked, existingRow, visibleObject } from './rest-records';

interface SaveResult {
  id?: string;
  success: boolean;
  errors: { statusCode: string; message: string; fields: string[] }[];
}

/** Undoes one applied write when an allOrNone request fails. */
type Undo = () => void;

const MAX_RECORDS = 200;

// ALL_OR_NONE_OPERATION_ROLLED_BACK and its text: Salesforce REST API guide, "sObject Collections".
const rolledBack = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [],
};

/** /services/data/vXX.X/composite/sobjects: create, update and delete up to 200 records, all through save/dml.ts. */
export function compositeRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  /** A POST or PATCH of records: each written as the user through DML, in a journal the request can undo. */
  const writeEach =
    (write: (record: Record<string, unknown>, context: DmlContext) => Row) => async (c: Context<ApiEnv>) => {
      const { allOrNone, records } = await collectionBody(c.req.raw);
      const user = c.get('user');
      const autoAssign = autoAssignAsked(c.req.header());
      return c.json(
        runAll(records, allOrNone, (record) => {
          const journal = new Journal(state.store);
          const row = write(record, { user, autoAssign, journal });
          return { id: row.Id, undo: () => journal.undo() };
        }),
      );
    };

  api.post(
    '/sobjects',
    writeEach((record, context) => {
      const type = visibleObject(state, context.user, typeOf(record));
      if (idOf(record))
        throw new SalesforceError(400, 'INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']);
      const values = valuesToWrite(state, context.user, type, withoutMeta(record), 'create');
      return insertRecord(state, type, values, context);
    }),
  );

  api.patch(
    '/sobjects',
    writeEach((record, context) => {
      const type = visibleObject(state, context.user, typeOf(record));
      const id = idOf(record);
      if (!id)
        throw new SalesforceError(400, 'MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']);
      const row = existingRow(state, type, id);
      const values = valuesToWrite(state, context.user, type, withoutMeta(record), 'update');
      updateRecord(state, type, row, values, context);
      return row;
    }),
  );

  api.delete('/sobjects', (c) => {
    const user = c.get('user');
    const ids = (c.req.query('ids') ?? '').split(',').filter((id) => id.trim() !== '');
    if (ids.length === 0) throw new SalesforceError(400, 'MISSING_ARGUMENT', 'ids parameter is required');
    if (ids.length > MAX_RECORDS) throw tooMany();
    const allOrNone = (c.req.query('allOrNone') ?? 'false').toLowerCase() === 'true';
    return c.json(
      runAll(ids, allOrNone, (id) => {
        const type = state.objectByKeyPrefix(id.trim().slice(0, 3));
        if (!type) throw new SalesforceError(400, 'MALFORMED_ID', `malformed id ${id}`, ['Id']);
        const row = existingRow(state, visibleObject(state, user, type.name), id.trim());
        if (row.IsDeleted) throw new SalesforceError(400, 'ENTITY_IS_DELETED', 'entity is deleted');
        const journal = new Journal(state.store);
        deleteRecord(state, type, row, { user, journal });
        return { id: row.Id, undo: () => journal.undo() };
      }),
    );
  });

  return api;
}

function runAll<T>(
  items: T[],
  allOrNone: boolean,
  write: (item: T) => { id: string; undo: Undo },
): SaveResult[] {
  const results: SaveResult[] = [];
  const undos: Undo[] = [];
  for (const item of items) {
    try {
      const done = write(item);
      undos.push(done.undo);
      results.push({ id: done.id, success: true, errors: [] });
    } catch (error) {
      if (!(error instanceof SalesforceError)) throw error;
      results.push({
        success: false,
        errors: [{ statusCode: error.errorCode, message: error.message, fields: error.fields }],
      });
    }
  }
  if (!allOrNone || results.every((result) => result.success)) return results;
  for (const undo of undos.reverse()) undo();
  return results.map((result) => (result.success ? { success: false, errors: [rolledBack] } : result));
}

async function collectionBody(
  request: Request,
): Promise<{ allOrNone: boolean; records: Record<string, unknown>[] }> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch (error) {
    throw malformedJson(`Unexpected character in the request body: ${(error as Error).message}`);
  }
  const object =
    body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const records = object.records;
  if (!Array.isArray(records) || records.length === 0 || !records.every(isObject)) {
    throw new SalesforceError(400, 'INVALID_FIELD', 'Records are required and must be sObjects');
  }
  if (records.length > MAX_RECORDS) throw tooMany();
  return { allOrNone: object.allOrNone === true, records };
}

// Unconfirmed for POST/PATCH; this is the text Salesforce gives for more than 200 ids.
const tooMany = () =>
  new SalesforceError(
    400,
    'EXCEEDED_ID_LIMIT',
    'record limit reached. cannot submit more than 200 records into this call',
  );

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function typeOf(record: Record<string, unknown>): string {
  const attributes = record.attributes;
  const type = isObject(attributes) ? attributes.type : undefined;
  if (typeof type !== 'string' || type === '') {
    throw new SalesforceError(
      400,
      'INVALID_TYPE',
      'sObject type is required in the attributes of each record',
    );
  }
  return type;
}

function idOf(record: Record<string, unknown>): string | undefined {
  const id = record.Id ?? record.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function withoutMeta(record: Record<string, unknown>): Record<string, unknown> {
  const { attributes: _attributes, Id: _Id, id: _id, ...values } = record;
  return values;
}

import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { malformedJson, SalesforceError } from '../api/errors';
import { valuesToWrite } from '../api/record-values';
import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import { insertRecord } from '../save/dml';
import { Journal } from '../save/journal';
import { childRelationship } from '../soql/child-relationships';
import { autoAssignAsked, visibleObject } from './rest-records';

type TreeRecord = Record<string, unknown> & { attributes?: { type?: unknown; referenceId?: unknown } };

interface TreeResult {
  referenceId: string;
  id?: string;
  errors?: { statusCode: string; message: string; fields: string[] }[];
}

// Limits of sObject Tree: 200 records in all, 5 levels (REST API Developer Guide, "sObject Tree").
const MAX_RECORDS = 200;
const MAX_DEPTH = 5;

/**
 * POST /services/data/vXX.X/composite/tree/{Type}: records of one type with nested child records (under
 * their child relationship name, `{records: [...]}`), created in one transaction. Answers
 * `{hasErrors: false, results: [{referenceId, id}]}` (201), or 400 with `hasErrors: true` and only the
 * failing records, everything rolled back.
 */
export function compositeTreeRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.post('/:type', async (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const records = await treeBody(c.req.raw);
    if (countRecords(records) > MAX_RECORDS) {
      throw new SalesforceError(
        400,
        'INVALID_BATCH_SIZE',
        `Too many records. Maximum of ${MAX_RECORDS} records allowed.`,
      );
    }
    const journal = new Journal(state.store);
    const results: TreeResult[] = [];
    const failures: TreeResult[] = [];
    const seen = new Set<string>();
    const insert = (
      record: TreeRecord,
      recordType: SObjectType,
      parent: Record<string, string>,
      depth: number,
    ) => {
      const referenceId = String(record.attributes?.referenceId ?? '');
      try {
        if (referenceId === '') {
          throw new SalesforceError(
            400,
            'INVALID_INPUT',
            'Include a reference ID for each record in the request.',
          );
        }
        if (depth > MAX_DEPTH)
          throw new SalesforceError(400, 'INVALID_INPUT', `Maximum of ${MAX_DEPTH} levels allowed.`);
        if (seen.has(referenceId))
          throw new SalesforceError(
            400,
            'INVALID_INPUT',
            `Duplicate ReferenceId provided in the request: ${referenceId}`,
          );
        seen.add(referenceId);
        if (String(record.attributes?.type ?? '').toLowerCase() !== recordType.name.toLowerCase()) {
          throw new SalesforceError(
            400,
            'INVALID_TYPE',
            `The type in the attributes of ${referenceId} must be ${recordType.name}`,
          );
        }
        const { fields, children } = split(state, recordType, record);
        const values = valuesToWrite(state, user, recordType, { ...fields, ...parent }, 'create');
        const row = insertRecord(state, recordType, values, {
          user,
          autoAssign: autoAssignAsked(c.req.header()),
          journal,
        });
        results.push({ referenceId, id: row.Id });
        for (const child of children) {
          for (const childRecord of child.records) {
            insert(childRecord, child.type, { [child.field]: row.Id }, depth + 1);
          }
        }
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        failures.push({
          referenceId,
          errors: error
            .errors()
            .map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields })),
        });
      }
    };
    for (const record of records) insert(record, type, {}, 1);
    if (failures.length > 0) {
      journal.undo();
      return c.json({ hasErrors: true, results: failures }, 400);
    }
    return c.json({ hasErrors: false, results }, 201);
  });
  return api;
}

/** Field values, and the child relationships (`Contacts: {records: [...]}`) to insert under the record. */
function split(state: OrgState, type: SObjectType, record: TreeRecord) {
  const fields: Record<string, unknown> = {};
  const children: { type: SObjectType; field: string; records: TreeRecord[] }[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'attributes') continue;
    const nested =
      value && typeof value === 'object' && !Array.isArray(value)
        ? (value as { records?: unknown })
        : undefined;
    if (nested && Array.isArray(nested.records)) {
      const relationship = childRelationship(state, type, key);
      if (!relationship) {
        throw new SalesforceError(
          400,
          'INVALID_FIELD',
          `No such column '${key}' on sobject of type ${type.name}`,
          [key],
        );
      }
      children.push({
        type: relationship.child,
        field: relationship.field.name,
        records: nested.records as TreeRecord[],
      });
      continue;
    }
    fields[key] = value;
  }
  return { fields, children };
}

function countRecords(records: TreeRecord[]): number {
  return records.reduce((total, record) => {
    const nested = Object.values(record).filter(
      (value): value is { records: TreeRecord[] } =>
        !!value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records),
    );
    return total + 1 + nested.reduce((sum, child) => sum + countRecords(child.records), 0);
  }, 0);
}

async function treeBody(request: Request): Promise<TreeRecord[]> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch (error) {
    throw malformedJson(`Unexpected character in the request body: ${(error as Error).message}`);
  }
  const records = (body as { records?: unknown } | null)?.records;
  if (!Array.isArray(records) || records.length === 0 || !records.every((r) => r && typeof r === 'object')) {
    throw new SalesforceError(
      400,
      'INVALID_INPUT',
      'The request body must be {"records": [...]} with at least one record.',
    );
  }
  return records as TreeRecord[];
}

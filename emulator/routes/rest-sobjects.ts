import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { describeGlobal, describeSObject, globalEntry } from '../api/describe';
import { malformedJson, SalesforceError } from '../api/errors';
import { valuesToWrite } from '../api/record-values';
import { canReadField, readableFields } from '../model/access';
import type { OrgState } from '../model/org-state';
import { deleteRecord, insertRecord, updateRecord } from '../save/dml';
import { shapeFlatRecord } from '../soql/record-shape';
import { autoAssignAsked, existingRow, visibleObject } from './rest-records';
import { sharedRow } from './rest-sharing';

/** /services/data/vXX.X/sobjects: describeGlobal, describe, create, retrieve, update, delete. */
export function sobjectRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  api.get('/', (c) => c.json(describeGlobal(state, c.get('user'), c.get('version'))));

  api.get('/:type', (c) => {
    const type = visibleObject(state, c.get('user'), c.req.param('type'));
    return c.json({ objectDescribe: globalEntry(c.get('user'), type, c.get('version')), recentItems: [] });
  });

  api.get('/:type/describe', (c) => {
    const type = visibleObject(state, c.get('user'), c.req.param('type'));
    return c.json(describeSObject(state, c.get('user'), type, c.get('version')));
  });

  api.post('/:type', async (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const values = valuesToWrite(state, user, type, await jsonBody(c.req.raw), 'create');
    const row = insertRecord(state, type, values, { user, autoAssign: autoAssignAsked(c.req.header()) });
    return c.json({ id: row.Id, success: true, errors: [] }, 201);
  });

  api.get('/:type/:id', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const row = sharedRow(state, user, type, existingRow(state, type, c.req.param('id')));
    const requested = c.req.query('fields');
    let names = readableFields(user, type).map((field) => field.name);
    if (requested) {
      names = requested.split(',').map((name) => {
        const field = type.field(name.trim());
        if (!field || !canReadField(user, type, field)) {
          throw new SalesforceError(
            400,
            'INVALID_FIELD',
            `No such column '${name.trim()}' on entity '${type.name}'. If you are attempting to use a custom field, ` +
              "be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe " +
              'call for the appropriate names.',
          );
        }
        return field.name;
      });
    }
    return c.json(shapeFlatRecord(type, row, names, c.get('version')));
  });

  api.patch('/:type/:id', async (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const row = existingRow(state, type, c.req.param('id'));
    const values = valuesToWrite(state, user, type, await jsonBody(c.req.raw), 'update');
    updateRecord(state, type, row, values, { user, autoAssign: autoAssignAsked(c.req.header()) });
    return c.body(null, 204);
  });

  api.delete('/:type/:id', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const row = existingRow(state, type, c.req.param('id'));
    deleteRecord(state, type, row, { user });
    return c.body(null, 204);
  });

  return api;
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformedJson(`Unexpected character in the request body: ${(error as Error).message}`);
  }
}

import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { derivedId } from '../api/derived-ids';
import { SalesforceError } from '../api/errors';
import { hasPermission } from '../model/access';
import type { OrgState } from '../model/org-state';
import { type ColumnMetadata, plainColumn } from '../soql/column-metadata';
import { addToolingDescribes } from './tooling-describe';
import { flexiPageQuery } from './tooling-flexipages';
import { matchesWhere } from './tooling-where';

type ToolingRow = Record<string, string | null>;

/**
 * /services/data/vXX.X/tooling: query of ProfileLayout from the profiles' page layout assignments (with
 * `columns=true` as the CLI asks), its describe, FlexiPage (tooling-flexipages.ts), and Apex answers
 * (tooling-describe.ts).
 */
export function toolingRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  addToolingDescribes(api);
  api.get('/query', (c) => {
    const soql = c.req.query('q');
    if (!soql) throw new SalesforceError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    if (!hasPermission(c.get('user'), 'ViewSetup')) {
      throw new SalesforceError(
        403,
        'INSUFFICIENT_ACCESS',
        'insufficient access rights on cross-reference id',
      );
    }
    let query: Query;
    try {
      query = parseQuery(soql);
    } catch (error) {
      throw new SalesforceError(400, 'MALFORMED_QUERY', (error as Error).message.split('\n')[0]);
    }
    if (query.sObject?.toLowerCase() === 'flexipage')
      return c.json(flexiPageQuery(state, query, soql, c.get('version')));
    if (query.sObject?.toLowerCase() !== 'profilelayout') {
      throw new SalesforceError(
        400,
        'INVALID_TYPE',
        `sObject type '${query.sObject ?? ''}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    const version = c.get('version');
    const fields = (query.fields ?? []).map((field) => {
      const raw =
        field.type === 'Field'
          ? field.field
          : field.type === 'FieldRelationship'
            ? (field.rawValue ?? '')
            : '';
      if (!SELECTABLE.has(raw.toLowerCase())) {
        throw new SalesforceError(400, 'INVALID_FIELD', `No such column '${raw}' on entity 'ProfileLayout'.`);
      }
      return raw;
    });
    if (c.req.query('columns') === 'true') {
      return c.json({
        columnMetadata: fields.map((field) => toolingColumn(field)),
        entityName: 'ProfileLayout',
        groupBy: false,
        idSelected: fields.some((field) => field.toLowerCase() === 'id'),
        keyPrefix: '01G',
      });
    }
    const rows = profileLayouts(state).filter((row) => !query.where || matchesWhere(row, query.where, soql));
    const records = rows.map((row) => shape(row, fields, version));
    return c.json({
      size: records.length,
      totalSize: records.length,
      done: true,
      queryLocator: null,
      entityTypeName: 'ProfileLayout',
      records,
    });
  });
  return api;
}

const SELECTABLE = new Set([
  'id',
  'tableenumorid',
  'layoutid',
  'profileid',
  'recordtypeid',
  'layout.name',
  'profile.name',
]);

function profileLayouts(state: OrgState): ToolingRow[] {
  const rows: ToolingRow[] = [];
  for (const profile of state.profiles.values()) {
    for (const [object, assignment] of Object.entries(profile.definition.layoutAssignments)) {
      const entries: [string | null, string][] =
        typeof assignment === 'string'
          ? [[null, assignment]]
          : [[null, assignment.default], ...Object.entries(assignment.recordTypes)];
      for (const [recordType, layout] of entries) {
        rows.push({
          Id: derivedId('01G', `${profile.id}/${object}/${recordType}`),
          TableEnumOrId: object,
          LayoutId: derivedId('00h', `${object}/${layout}`),
          ProfileId: profile.id,
          RecordTypeId: recordType ? recordTypeId(state, object, recordType) : null,
          'Layout.Name': layout,
          'Profile.Name': profile.name,
        });
      }
    }
  }
  return rows;
}

/** The RecordType row's id for an object's record type (developer name). */
function recordTypeId(state: OrgState, object: string, developerName: string): string {
  const row = state.store
    .all('RecordType')
    .find((candidate) => candidate.SobjectType === object && candidate.DeveloperName === developerName);
  return row?.Id ?? derivedId('012', `${object}/${developerName}`);
}

function shape(row: ToolingRow, fields: string[], version: string): Record<string, unknown> {
  const record: Record<string, unknown> = {
    attributes: {
      type: 'ProfileLayout',
      url: `/services/data/v${version}/tooling/sobjects/ProfileLayout/${row.Id}`,
    },
  };
  for (const field of fields) {
    const [first, second] = field.split('.');
    if (!second) {
      const key = Object.keys(row).find((name) => name.toLowerCase() === first.toLowerCase()) as string;
      record[key] = row[key];
      continue;
    }
    const relation = first.toLowerCase() === 'layout' ? 'Layout' : 'Profile';
    record[relation] = {
      attributes: {
        type: relation,
        url: `/services/data/v${version}/tooling/sobjects/${relation}/${row[`${relation}Id`]}`,
      },
      Name: row[`${relation}.Name`],
    };
  }
  return record;
}

/** columnMetadata of a ProfileLayout column; `Layout.Name` nests Name under Layout, as for REST queries. */
function toolingColumn(field: string): ColumnMetadata {
  const column = (name: string, joinColumns: ColumnMetadata[] = []): ColumnMetadata => ({
    ...plainColumn(name),
    apexType: joinColumns.length > 0 ? name : name.endsWith('Id') ? 'Id' : 'String',
    joinColumns,
    textType: !name.endsWith('Id'),
  });
  const [first, second] = field.split('.');
  return second ? column(first, [column(second)]) : column(first);
}

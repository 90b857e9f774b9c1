import { type FieldType, parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { fieldAccess } from '../model/access';
import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import { childRelationship } from './child-relationships';
import { runSoql } from './execute';
import { resolvePath } from './field-paths';

/**
 * `query?q=…&columns=true`: the columns of a query instead of its rows, as the Salesforce CLI asks before
 * printing a table (plugin-data `retrieveColumns`: columnName, displayName, aggregate, joinColumns for
 * relationship paths and child subqueries). The query is run first so that it fails exactly as it would.
 */
export interface ColumnMetadata {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: ColumnMetadata[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
}

export function queryColumns(state: OrgState, user: OrgUser, soql: string, version: string) {
  runSoql(state, user, soql, version);
  const query = parseQuery(soql);
  const type = state.object(query.sObject ?? '') as SObjectType;
  const fields = query.fields ?? [];
  let expression = 0;
  const columns = fields.flatMap((field): ColumnMetadata[] => {
    switch (field.type) {
      case 'Field':
      case 'FieldRelationship':
        return [pathColumn(state, user, type, field, soql, query.sObjectAlias)];
      case 'FieldSubquery': {
        const relationship = childRelationship(state, type, field.subquery.relationshipName);
        const child = relationship?.child as SObjectType;
        return [
          {
            ...plainColumn(relationship?.name ?? field.subquery.relationshipName),
            aggregate: true,
            joinColumns: (field.subquery.fields ?? []).flatMap((sub) =>
              sub.type === 'Field' || sub.type === 'FieldRelationship'
                ? [pathColumn(state, user, child, sub, soql)]
                : [],
            ),
          },
        ];
      }
      case 'FieldFunctionExpression': {
        // COUNT() alone asks for the number of rows: no columns.
        if (field.functionName.toUpperCase() === 'COUNT' && field.parameters.length === 0) return [];
        const name = field.alias ?? `expr${expression++}`;
        const counting = /^COUNT/i.test(field.functionName);
        return [
          {
            ...plainColumn(name),
            aggregate: true,
            apexType: counting ? 'Integer' : 'Double',
            displayName: field.rawValue ?? name,
            numberType: true,
          },
        ];
      }
      default:
        return [];
    }
  });
  return {
    columnMetadata: columns,
    entityName: type.name,
    groupBy: Boolean((query as Query).groupBy),
    idSelected: fields.some((field) => field.type === 'Field' && field.field.toLowerCase() === 'id'),
    keyPrefix: type.keyPrefix,
  };
}

/** A field, or a relationship path as nested joinColumns (Owner → Profile → Name). */
function pathColumn(
  state: OrgState,
  user: OrgUser,
  root: SObjectType,
  field: FieldType,
  soql: string,
  alias?: string,
): ColumnMetadata {
  const raw =
    field.type === 'FieldRelationship'
      ? (field.rawValue ?? [...field.relationships, field.field].join('.'))
      : field.type === 'Field'
        ? field.field
        : '';
  const path = resolvePath(state, user, root, raw, soql, alias);
  let column = fieldColumn(user, path.owner, path.field);
  for (let index = path.hops.length - 1; index >= 0; index--) {
    const hop = path.hops[index];
    column = {
      ...plainColumn(hop.lookup.relationshipName ?? hop.lookup.name),
      apexType: hop.target.name,
      foreignKeyName: hop.lookup.name,
      joinColumns: [column],
    };
  }
  return column;
}

function fieldColumn(user: OrgUser, owner: SObjectType, field: SObjectField): ColumnMetadata {
  const editable = fieldAccess(user, owner, field) === 'edit';
  return {
    ...plainColumn(field.name),
    apexType: APEX_TYPES[field.type] ?? 'String',
    booleanType: field.type === 'boolean',
    custom: field.custom,
    insertable: editable && field.createable,
    numberType: ['double', 'currency', 'percent', 'int'].includes(field.type),
    textType: ['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url'].includes(
      field.type,
    ),
    updatable: editable && field.updateable,
  };
}

const APEX_TYPES: Record<string, string> = {
  id: 'Id',
  reference: 'Id',
  boolean: 'Boolean',
  double: 'Double',
  currency: 'Double',
  percent: 'Double',
  int: 'Integer',
  date: 'Date',
  datetime: 'Datetime',
};

/** A column's metadata with every flag off: the base that each kind of column overrides. */
export function plainColumn(name: string): ColumnMetadata {
  return {
    aggregate: false,
    apexType: null,
    booleanType: false,
    columnName: name,
    custom: false,
    displayName: name,
    foreignKeyName: null,
    insertable: false,
    joinColumns: [],
    numberType: false,
    textType: false,
    updatable: false,
  };
}

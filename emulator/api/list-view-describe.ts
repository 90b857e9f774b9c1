import type { OrgState } from '../model/org-state';
import { queueId } from '../model/record-visibility';
import type { SObjectType } from '../model/sobject-type';
import type { FilterDefinition, ListViewDefinition } from '../org/schema-navigation';

/**
 * A list view as the REST API describes it (`/sobjects/{T}/listviews/{id}/describe`, DescribeSoqlListView):
 * its columns, its SOQL query, its scope and its filters as SoqlWhereCondition — one condition, or a group
 * with `conjunction` "and" and `conditions`; operators and values as SOQL has them ("'Hot'", 42). Unconfirmed:
 * that a filter with several values describes as "in"/"notIn", and that an all-records view's scope is
 * "everything".
 */
export interface SoqlCondition {
  field: string;
  operator: string;
  values: string[];
}

const NUMERIC = new Set(['double', 'int', 'currency', 'percent']);

export function describeListView(state: OrgState, type: SObjectType, id: string, view: ListViewDefinition) {
  const conditions = view.filters.map((filter) => condition(type, filter));
  const scope = view.filterScope.toLowerCase();
  const where = conditions.map(soql).join(' AND ');
  const order = view.sort
    ? ` ORDER BY ${view.sort.field} ${view.sort.order === 'desc' ? 'DESC' : 'ASC'}`
    : '';
  return {
    columns: view.columns.map((name, index) => ({
      fieldNameOrPath: name,
      hidden: false,
      label: type.field(name)?.label ?? name,
      selectListItem: name,
      sortDirection:
        view.sort?.field === name ? (view.sort.order === 'desc' ? 'descending' : 'ascending') : null,
      sortIndex: view.sort?.field === name ? 0 : null,
      sortable: true,
      type: type.field(name)?.type ?? 'string',
      searchable: index === 0,
    })),
    id,
    orderBy: view.sort
      ? [
          {
            fieldNameOrPath: view.sort.field,
            nullsPosition: 'last',
            sortDirection: view.sort.order === 'desc' ? 'descending' : 'ascending',
          },
        ]
      : [],
    query:
      `SELECT ${[...view.columns, 'Id'].join(', ')} FROM ${type.name}` +
      `${scope === 'everything' ? '' : ` USING SCOPE ${scope}`}${where ? ` WHERE ${where}` : ''}${order}`,
    relatedEntityId: null,
    scope,
    scopeEntityId: view.filterScope === 'Queue' && view.queue ? (queueId(state, view.queue) ?? null) : null,
    sobjectType: type.name,
    whereCondition:
      conditions.length === 0
        ? null
        : conditions.length === 1
          ? conditions[0]
          : { conditions, conjunction: 'and' },
  };
}

function condition(type: SObjectType, filter: FilterDefinition): SoqlCondition {
  const numeric = NUMERIC.has(type.field(filter.field)?.type ?? '');
  const parts =
    filter.value === null || filter.value === ''
      ? [null]
      : String(filter.value)
          .split(',')
          .map((part) => part.trim());
  const literal = (value: string | null, around = (text: string) => text) =>
    value === null
      ? 'null'
      : numeric || /^(true|false)$/i.test(value)
        ? value
        : `'${around(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const many = parts.length > 1;
  switch (filter.operator) {
    case 'equals':
      return {
        field: filter.field,
        operator: many ? 'in' : 'equals',
        values: parts.map((part) => literal(part)),
      };
    case 'notEqual':
      return {
        field: filter.field,
        operator: many ? 'notIn' : 'notEquals',
        values: parts.map((part) => literal(part)),
      };
    case 'contains':
      return {
        field: filter.field,
        operator: 'like',
        values: parts.map((part) => literal(part, (t) => `%${t}%`)),
      };
    case 'notContain':
      return {
        field: filter.field,
        operator: 'notLike',
        values: parts.map((part) => literal(part, (t) => `%${t}%`)),
      };
    case 'startsWith':
      return {
        field: filter.field,
        operator: 'like',
        values: parts.map((part) => literal(part, (t) => `${t}%`)),
      };
    default:
      return { field: filter.field, operator: RANGE[filter.operator], values: [literal(parts[0])] };
  }
}

const RANGE: Record<string, string> = {
  lessThan: 'lessThan',
  greaterThan: 'greaterThan',
  lessOrEqual: 'lessThanOrEqualTo',
  greaterOrEqual: 'greaterThenOrEqualTo',
};

const SOQL_OPERATORS: Record<string, string> = {
  equals: '=',
  notEquals: '!=',
  lessThan: '<',
  greaterThan: '>',
  lessThanOrEqualTo: '<=',
  greaterThenOrEqualTo: '>=',
};

function soql({ field, operator, values }: SoqlCondition): string {
  if (operator === 'in') return `${field} IN (${values.join(', ')})`;
  if (operator === 'notIn') return `${field} NOT IN (${values.join(', ')})`;
  if (operator === 'like') return `(${values.map((value) => `${field} LIKE ${value}`).join(' OR ')})`;
  if (operator === 'notLike')
    return `(${values.map((value) => `(NOT ${field} LIKE ${value})`).join(' AND ')})`;
  return `${field} ${SOQL_OPERATORS[operator]} ${values[0]}`;
}

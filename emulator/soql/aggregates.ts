import type { FieldType, GroupByClause } from '@jetstreamapp/soql-parser-js';
import type { FieldValue, Row } from '../model/store';
import type { FieldPath } from './field-paths';
import { compareValues } from './literals';
import { malformedQuery, notEmulated } from './query-errors';
import type { JsonRecord } from './record-shape';

export interface AggregateInput {
  soql: string;
  rows: Row[];
  fields: FieldType[];
  groupBy: GroupByClause | GroupByClause[] | undefined;
  resolve: (raw: string) => FieldPath;
  valueOf: (row: Row, path: FieldPath) => FieldValue;
  /** HAVING, compiled (soql/having.ts): which groups to keep. */
  having?: (members: Row[]) => boolean;
}

const NUMERIC = new Set(['int', 'double', 'currency', 'percent']);

/**
 * AggregateResult rows: one per group (or one for the whole result without GROUP BY). Unaliased aggregates are
 * named expr0, expr1... in the order of the aggregates, as Salesforce does; grouped fields keep their names.
 */
export function aggregateRecords(input: AggregateInput): JsonRecord[] {
  const groupFields = [input.groupBy ?? []].flat().map((clause) => {
    if (!('field' in clause)) throw notEmulated(input.soql, 'GROUP', 'GROUP BY a function (ROLLUP, CUBE)');
    return { name: clause.field, path: input.resolve(clause.field) };
  });
  const groupNames = new Set(groupFields.map((field) => field.name.toLowerCase()));
  let unnamed = 0;
  const columns = input.fields.map((field) => {
    if (field.type === 'Field') {
      if (!groupNames.has(field.field.toLowerCase())) {
        throw malformedQuery(input.soql, field.field, `Field must be grouped or aggregated: ${field.field}`);
      }
      return { kind: 'group' as const, name: field.field, path: input.resolve(field.field) };
    }
    if (field.type !== 'FieldFunctionExpression') {
      throw notEmulated(input.soql, 'SELECT', 'This expression in an aggregate query');
    }
    const fn = field.functionName.toUpperCase();
    const parameter = field.parameters[0];
    if (parameter !== undefined && typeof parameter !== 'string')
      throw notEmulated(input.soql, fn, 'A nested function');
    const path = parameter === undefined ? undefined : input.resolve(parameter);
    if (!['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX'].includes(fn)) {
      throw notEmulated(input.soql, fn, `The function ${fn}`);
    }
    if ((fn === 'SUM' || fn === 'AVG') && path && !NUMERIC.has(path.field.type)) {
      throw malformedQuery(input.soql, fn, `field ${parameter} does not support aggregate operator ${fn}`);
    }
    const name = field.alias ?? `expr${unnamed++}`;
    return { kind: 'aggregate' as const, fn, name, path };
  });

  const groups = new Map<string, Row[]>();
  if (groupFields.length === 0) groups.set('', input.rows);
  for (const row of groupFields.length > 0 ? input.rows : []) {
    const key = JSON.stringify(groupFields.map((field) => input.valueOf(row, field.path)));
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].filter(input.having ?? (() => true)).map((members) => {
    const record: JsonRecord = { attributes: { type: 'AggregateResult' } };
    for (const column of columns) {
      if (column.kind === 'group') {
        record[column.name] = input.valueOf(members[0], column.path);
        continue;
      }
      const values = column.path
        ? members.map((row) => input.valueOf(row, column.path as FieldPath)).filter((value) => value !== null)
        : members.map(() => 1);
      record[column.name] = reduceAggregate(column.fn, values as FieldValue[], column.path);
    }
    return record;
  });
}

export function reduceAggregate(fn: string, values: FieldValue[], path: FieldPath | undefined): FieldValue {
  switch (fn) {
    case 'COUNT':
      return values.length;
    case 'COUNT_DISTINCT':
      return new Set(values).size;
    case 'SUM':
      return values.length === 0 ? null : values.reduce<number>((sum, value) => sum + Number(value), 0);
    case 'AVG':
      return values.length === 0
        ? null
        : values.reduce<number>((sum, value) => sum + Number(value), 0) / values.length;
    default: {
      if (values.length === 0 || !path) return null;
      const sorted = [...values].sort((a, b) => compareValues(a, b, path.field));
      return fn === 'MIN' ? sorted[0] : sorted[sorted.length - 1];
    }
  }
}

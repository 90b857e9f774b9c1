import {
  type FieldType,
  type OrderByClause,
  parseQuery,
  type Query,
  type Subquery,
} from '@jetstreamapp/soql-parser-js';
import { objectAccess } from '../model/access';
import { knownInVersion } from '../model/event-log-objects';
import { chosenValues } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { FieldValue, Row } from '../model/store';
import { aggregateRecords } from './aggregates';
import { childRelationship } from './child-relationships';
import { type FieldPath, resolvePath, valueAt } from './field-paths';
import { compileHaving } from './having';
import { type Comparable, compareValues, matches, parseLiteral, unquote } from './literals';
import { malformedQuery, notEmulated, queryError, unsupportedSObject } from './query-errors';
import { type JsonRecord, shapeRecord } from './record-shape';
import { sourceRows } from './sharing-rows';
import { buildPredicate, type ConditionLeaf, type Predicate } from './where';

export interface QueryOutcome {
  records: JsonRecord[];
  totalSize: number;
}

interface QueryContext {
  state: OrgState;
  user: OrgUser;
  soql: string;
  version: string;
  includeDeleted: boolean;
  /** A child subquery's rows: only the children of one parent record. */
  restrict?: (row: Row) => boolean;
}

/** Runs SOQL as the user: objects and fields they cannot read do not exist for them. */
export function runSoql(
  state: OrgState,
  user: OrgUser,
  soql: string,
  version: string,
  includeDeleted = false,
): QueryOutcome {
  let query: Query;
  try {
    query = parseQuery(soql);
  } catch (error) {
    throw malformedQuery(soql, soql.trim().split(/\s+/)[0] ?? '', firstLine((error as Error).message));
  }
  return execute({ state, user, soql, version, includeDeleted }, query);
}

function execute(ctx: QueryContext, query: Query): QueryOutcome {
  const type = objectOf(ctx, query);
  rejectUnsupported(ctx, query);
  const fields = query.fields ?? [];
  const aggregates = fields.filter((field) => field.type === 'FieldFunctionExpression');
  const countOnly = aggregates.some(
    (field) => field.functionName.toUpperCase() === 'COUNT' && field.parameters.length === 0,
  );
  if (aggregates.length > 0 && aggregates.length !== fields.length && !query.groupBy) {
    throw malformedQuery(ctx.soql, 'COUNT', 'Field must be grouped or aggregated');
  }
  const subqueries = fields.flatMap((field) =>
    field.type === 'FieldSubquery' ? [childSubquery(ctx, type, field.subquery)] : [],
  );
  const paths =
    aggregates.length > 0 || query.groupBy
      ? []
      : fields
          .filter((field) => field.type !== 'FieldSubquery')
          .map((field) => selectPath(ctx, type, field, query.sObjectAlias));
  const predicate = query.where
    ? compilePredicate(ctx, type, buildPredicate(query.where, ctx.soql), query.sObjectAlias)
    : undefined;

  // Records hidden by sharing do not exist for the user (soql/sharing-rows.ts).
  let rows = sourceRows(ctx.state, ctx.user, type, ctx.includeDeleted, query.where, ctx.soql).filter(
    (row) => (!predicate || predicate(row)) && (!ctx.restrict || ctx.restrict(row)),
  );
  rows = sortRows(ctx, type, rows, query.orderBy, query.sObjectAlias);
  // GROUP BY and aggregates other than COUNT(): LIMIT/OFFSET apply to the groups (soql/aggregates.ts).
  if (query.groupBy || (aggregates.length > 0 && !countOnly)) {
    const resolve = (raw: string) =>
      resolvePath(ctx.state, ctx.user, type, raw, ctx.soql, query.sObjectAlias);
    const valueIn = (row: Row, path: FieldPath) => valueAt(ctx.state, row, path) as FieldValue;
    const groupNames = new Set(
      [query.groupBy ?? []]
        .flat()
        .flatMap((clause) => ('field' in clause ? [clause.field.toLowerCase()] : [])),
    );
    const groups = aggregateRecords({
      soql: ctx.soql,
      rows,
      fields,
      groupBy: query.groupBy,
      resolve,
      valueOf: valueIn,
      having: query.having
        ? compileHaving({ soql: ctx.soql, having: query.having, groupNames, resolve, valueOf: valueIn })
        : undefined,
    });
    const page = groups.slice(
      query.offset ?? 0,
      query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit,
    );
    return { records: page, totalSize: page.length };
  }
  rows = rows.slice(
    query.offset ?? 0,
    query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit,
  );

  if (countOnly) return { records: [], totalSize: rows.length };
  return {
    records: rows.map((row) => {
      const record = shapeRecord(ctx.state, type, row, paths, ctx.version);
      for (const subquery of subqueries) record[subquery.name] = subquery.run(row);
      return record;
    }),
    totalSize: rows.length,
  };
}

function objectOf(ctx: QueryContext, query: Query): SObjectType {
  const name = query.sObject ?? '';
  const type = ctx.state.object(name);
  if (!type || !objectAccess(ctx.user, type).read || !knownInVersion(type, ctx.version)) {
    throw unsupportedSObject(ctx.soql, name);
  }
  return type;
}

function rejectUnsupported(ctx: QueryContext, query: Query): void {
  if (query.having && !query.groupBy) throw malformedQuery(ctx.soql, 'HAVING', 'HAVING without GROUP BY');
  if (query.withDataCategory) throw notEmulated(ctx.soql, 'WITH', 'WITH DATA CATEGORY');
  for (const field of query.fields ?? []) {
    if (field.type === 'FieldTypeof') throw notEmulated(ctx.soql, 'TYPEOF', 'TYPEOF');
  }
}

/** `(SELECT LastName FROM Contacts)`: the children of each row, or null when there are none (as Salesforce). */
function childSubquery(ctx: QueryContext, parent: SObjectType, subquery: Subquery) {
  const relationship = childRelationship(ctx.state, parent, subquery.relationshipName);
  if (!relationship || !objectAccess(ctx.user, relationship.child).read) {
    throw queryError(
      'INVALID_TYPE',
      ctx.soql,
      subquery.relationshipName,
      `Didn't understand relationship '${subquery.relationshipName}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  const childQuery = { ...subquery, sObject: relationship.child.name } as Query;
  return {
    name: relationship.name,
    run: (row: Row) => {
      const outcome = execute(
        { ...ctx, restrict: (child) => child[relationship.field.name] === row.Id },
        childQuery,
      );
      return outcome.records.length === 0
        ? null
        : { totalSize: outcome.totalSize, done: true, records: outcome.records };
    },
  };
}

function selectPath(ctx: QueryContext, type: SObjectType, field: FieldType, alias?: string): FieldPath {
  if (field.type === 'Field') return resolvePath(ctx.state, ctx.user, type, field.field, ctx.soql, alias);
  if (field.type === 'FieldRelationship') {
    const raw = field.rawValue ?? [...field.relationships, field.field].join('.');
    return resolvePath(ctx.state, ctx.user, type, raw, ctx.soql, alias);
  }
  throw malformedQuery(ctx.soql, 'SELECT', 'unexpected field expression');
}

function compilePredicate(
  ctx: QueryContext,
  type: SObjectType,
  predicate: Predicate,
  alias?: string,
): (row: Row) => boolean {
  switch (predicate.kind) {
    case 'not': {
      const operand = compilePredicate(ctx, type, predicate.operand, alias);
      return (row) => !operand(row);
    }
    case 'and': {
      const [left, right] = [
        compilePredicate(ctx, type, predicate.left, alias),
        compilePredicate(ctx, type, predicate.right, alias),
      ];
      return (row) => left(row) && right(row);
    }
    case 'or': {
      const [left, right] = [
        compilePredicate(ctx, type, predicate.left, alias),
        compilePredicate(ctx, type, predicate.right, alias),
      ];
      return (row) => left(row) || right(row);
    }
    case 'leaf':
      return compileCondition(ctx, type, predicate.condition, alias);
  }
}

function compileCondition(
  ctx: QueryContext,
  type: SObjectType,
  condition: ConditionLeaf,
  alias?: string,
): (row: Row) => boolean {
  if (!condition.field) throw notEmulated(ctx.soql, 'WHERE', 'A function in WHERE');
  const path = resolvePath(ctx.state, ctx.user, type, condition.field, ctx.soql, alias);
  if (path.field.filterable === false) {
    // Text as Salesforce answers it (e.g. trailheadapps/lwc-recipes#926).
    throw queryError(
      'INVALID_FIELD',
      ctx.soql,
      condition.field,
      `field '${path.field.name}' can not be filtered in a query call`,
    );
  }
  const operator = condition.operator.toUpperCase();
  if ('valueQuery' in condition && condition.valueQuery) {
    const inner = execute({ ...ctx }, condition.valueQuery);
    const values = new Set(inner.records.map((record) => firstFieldValue(record)));
    return (row) => values.has(valueAt(ctx.state, row, path)) === (operator === 'IN');
  }
  const rawValues = 'value' in condition ? condition.value : [];
  const literalTypes = 'literalType' in condition ? condition.literalType : undefined;
  const dateVariables = 'dateLiteralVariable' in condition ? condition.dateLiteralVariable : undefined;
  const literalAt = (raw: string, index: number): Comparable =>
    parseLiteral(
      raw,
      Array.isArray(literalTypes) ? literalTypes[index] : literalTypes,
      path.field,
      ctx.soql,
      Array.isArray(dateVariables) ? dateVariables[index] : dateVariables,
    );
  if (operator === 'INCLUDES' || operator === 'EXCLUDES') {
    // Each literal is a set of values, "a;b" all of them; the field includes any of the sets (SOQL reference).
    const sets = (Array.isArray(rawValues) ? rawValues : [rawValues]).map((raw) =>
      chosenValues(unquote(raw)),
    );
    return (row) => {
      const chosen = new Set(chosenValues(String(valueAt(ctx.state, row, path) ?? '')));
      const found = sets.some((set) => set.every((value) => chosen.has(value)));
      return operator === 'INCLUDES' ? found : !found;
    };
  }
  if (operator === 'IN' || operator === 'NOT IN') {
    const literals = (Array.isArray(rawValues) ? rawValues : [rawValues]).map(literalAt);
    return (row) => {
      const value = valueAt(ctx.state, row, path);
      const found = literals.some((literal) => matches(value, '=', literal, path.field));
      return operator === 'IN' ? found : !found;
    };
  }
  const literal = literalAt(Array.isArray(rawValues) ? rawValues[0] : rawValues, 0);
  return (row) => matches(valueAt(ctx.state, row, path), operator, literal, path.field);
}

function firstFieldValue(record: JsonRecord): unknown {
  const key = Object.keys(record).find((name) => name !== 'attributes');
  return key ? record[key] : undefined;
}

function sortRows(
  ctx: QueryContext,
  type: SObjectType,
  rows: Row[],
  orderBy: OrderByClause | OrderByClause[] | undefined,
  alias?: string,
): Row[] {
  const clauses = orderBy ? (Array.isArray(orderBy) ? orderBy : [orderBy]) : [];
  if (clauses.length === 0) return rows;
  const keys = clauses.map((clause) => {
    if (!('field' in clause)) throw notEmulated(ctx.soql, 'ORDER', 'ORDER BY a function');
    const descending = clause.order === 'DESC';
    // Salesforce's default: nulls first when ascending, last when descending.
    const nullsFirst = clause.nulls ? clause.nulls === 'FIRST' : !descending;
    return {
      path: resolvePath(ctx.state, ctx.user, type, clause.field, ctx.soql, alias),
      descending,
      nullsFirst,
    };
  });
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const [x, y] = [valueAt(ctx.state, a, key.path), valueAt(ctx.state, b, key.path)];
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null) === key.nullsFirst ? -1 : 1;
      }
      const order = compareValues(x, y, key.path.field);
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  });
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

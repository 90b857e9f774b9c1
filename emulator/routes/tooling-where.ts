import type { WhereClause } from '@jetstreamapp/soql-parser-js';
import { SalesforceError } from '../api/errors';

/** Tooling query rows match `field = 'value'` (or IN, !=, NOT IN) conditions joined by AND and OR. */
export function matchesWhere(
  row: Record<string, string | null>,
  where: WhereClause,
  soql: string,
  entity = 'ProfileLayout',
): boolean {
  const left = where.left;
  if (!left || !('field' in left) || !left.field || !('value' in left)) {
    throw new SalesforceError(
      400,
      'MALFORMED_QUERY',
      `Only field = 'value' conditions are emulated: ${soql}`,
    );
  }
  const key = Object.keys(row).find((name) => name.toLowerCase() === String(left.field).toLowerCase());
  if (!key)
    throw new SalesforceError(400, 'INVALID_FIELD', `No such column '${left.field}' on entity '${entity}'.`);
  const values = [left.value].flat().map((value) => String(value).replace(/^'|'$/g, ''));
  const operator = left.operator.toUpperCase();
  const hit = values.some((value) => (row[key] ?? '').toLowerCase() === value.toLowerCase());
  const own = operator === '!=' || operator === 'NOT IN' ? !hit : hit;
  if (!('right' in where) || !where.right) return own;
  const rest = matchesWhere(row, where.right, soql, entity);
  return where.operator === 'OR' ? own || rest : own && rest;
}

import type { SObjectField } from '../model/fields';
import { to18 } from '../model/ids';
import type { FieldValue } from '../model/store';
import { calendarRange } from './date-literals';
import { notEmulated, queryError } from './query-errors';

/** A literal of a WHERE condition turned into a value comparable with the field's stored values. */
export type Comparable = FieldValue | { from: number; to: number };

const DAY = 86_400_000;

export function parseLiteral(
  raw: string,
  literalType: string | undefined,
  field: SObjectField,
  soql: string,
  dateVariable?: number,
): Comparable {
  switch (literalType) {
    case 'NULL':
      return null;
    case 'BOOLEAN':
      return raw.toUpperCase() === 'TRUE';
    case 'INTEGER':
    case 'DECIMAL':
      return Number(raw);
    case 'DATE':
    case 'DATETIME':
      return raw;
    case 'DATE_LITERAL':
    case 'DATE_N_LITERAL': {
      // "LAST_N_DAYS:7" arrives whole; the parser also gives n as dateLiteralVariable.
      const [name, n] = raw.toUpperCase().split(':');
      return dateRange(name, dateVariable ?? (n === undefined ? undefined : Number(n)), soql);
    }
    case 'STRING': {
      const text = unquote(raw);
      if ((field.type === 'id' || field.type === 'reference') && text !== '') {
        const id = to18(text);
        if (!id) throw queryError('INVALID_QUERY_FILTER_OPERATOR', soql, raw, `invalid ID field: ${text}`);
        return id;
      }
      return text;
    }
    default:
      throw notEmulated(soql, raw, `The literal ${raw}`);
  }
}

export function unquote(raw: string): string {
  const body = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
  return body.replace(
    /\\(.)/g,
    (_, ch: string) => ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' })[ch] ?? ch,
  );
}

/** Date literals as [from, to) in UTC milliseconds (the emulator's users all live in UTC). */
function dateRange(literal: string, n: number | undefined, soql: string): { from: number; to: number } {
  const today = Math.floor(Date.now() / DAY) * DAY;
  const count = n ?? 0;
  switch (literal) {
    case 'TODAY':
      return { from: today, to: today + DAY };
    case 'YESTERDAY':
      return { from: today - DAY, to: today };
    case 'TOMORROW':
      return { from: today + DAY, to: today + 2 * DAY };
    case 'LAST_N_DAYS':
      return { from: today - count * DAY, to: today + DAY };
    case 'NEXT_N_DAYS':
      return { from: today + DAY, to: today + (count + 1) * DAY };
    case 'N_DAYS_AGO':
      return { from: today - count * DAY, to: today - (count - 1) * DAY };
    default: {
      const range = calendarRange(literal, count);
      if (!range) throw notEmulated(soql, literal, `The date literal ${literal}`);
      return range;
    }
  }
}

/** Order of two stored values of one field type; null sorts as "less than everything". */
export function compareValues(a: FieldValue, b: FieldValue, field: SObjectField): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (field.type === 'datetime' || field.type === 'date')
    return Date.parse(String(a)) - Date.parse(String(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  if (field.type === 'id' || field.type === 'reference')
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

/** One comparison; SOQL's `=` on text is case-insensitive. */
export function matches(
  value: FieldValue,
  operator: string,
  literal: Comparable,
  field: SObjectField,
): boolean {
  if (literal !== null && typeof literal === 'object') {
    if (value === null) return operator === '!=';
    const time = Date.parse(String(value));
    switch (operator) {
      case '=':
        return time >= literal.from && time < literal.to;
      case '!=':
        return time < literal.from || time >= literal.to;
      case '<':
        return time < literal.from;
      case '<=':
        return time < literal.to;
      case '>':
        return time >= literal.to;
      case '>=':
        return time >= literal.from;
      default:
        return false;
    }
  }
  if (operator === 'LIKE') return value !== null && likePattern(String(literal)).test(String(value));
  if (literal === null || value === null) {
    if (operator === '=') return value === literal;
    if (operator === '!=') return value !== literal;
    return false;
  }
  const order = compareValues(value, coerce(literal, field), field);
  switch (operator) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    default:
      return false;
  }
}

function coerce(literal: FieldValue, field: SObjectField): FieldValue {
  if (['double', 'currency', 'percent', 'int'].includes(field.type) && typeof literal === 'string') {
    return Number(literal);
  }
  return literal;
}

function likePattern(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'is');
}

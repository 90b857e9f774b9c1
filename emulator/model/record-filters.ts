import type { FilterDefinition, SortDefinition } from '../org/schema-navigation';
import type { OrgUser } from './org-state';
import type { SObjectType } from './sobject-type';
import type { FieldValue, Row } from './store';

/** List view and report criteria: filter operators, "my records" scope, sorting. */

const NUMERIC = new Set(['double', 'int', 'currency', 'percent']);

export function matchesFilter(type: SObjectType, row: Row, filter: FilterDefinition): boolean {
  const field = type.field(filter.field);
  const actual = field ? (row[field.name] ?? null) : null;
  const numeric = field ? NUMERIC.has(field.type) : false;
  const wanted =
    filter.value === null || filter.value === ''
      ? [null]
      : String(filter.value)
          .split(',')
          .map((part) => part.trim());
  const equal = (value: string | null) => compare(actual, value, numeric) === 0;
  switch (filter.operator) {
    case 'equals':
      return wanted.some(equal);
    case 'notEqual':
      return !wanted.some(equal);
    case 'lessThan':
      return ordered(actual, wanted[0], numeric, (n) => n < 0);
    case 'greaterThan':
      return ordered(actual, wanted[0], numeric, (n) => n > 0);
    case 'lessOrEqual':
      return ordered(actual, wanted[0], numeric, (n) => n <= 0);
    case 'greaterOrEqual':
      return ordered(actual, wanted[0], numeric, (n) => n >= 0);
    case 'contains':
      return wanted.some((value) => text(actual).includes(text(value)));
    case 'notContain':
      return !wanted.some((value) => text(actual).includes(text(value)));
    case 'startsWith':
      return wanted.some((value) => text(actual).startsWith(text(value)));
  }
}

export function matchesScope(row: Row, scope: 'Everything' | 'Mine', viewer: OrgUser): boolean {
  return scope === 'Everything' || row.OwnerId === viewer.id;
}

export function sortRows(type: SObjectType, rows: Row[], sort: SortDefinition | undefined): Row[] {
  if (!sort) return rows;
  const field = type.field(sort.field);
  if (!field) return rows;
  const numeric = NUMERIC.has(field.type);
  const direction = sort.order === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const left = a[field.name] ?? null;
    const right = b[field.name] ?? null;
    // Blanks sort last either way, like list views.
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    return direction * compare(left, String(right), numeric);
  });
}

function ordered(actual: FieldValue, value: string | null, numeric: boolean, test: (n: number) => boolean) {
  if (actual === null || actual === '' || value === null) return false;
  return test(compare(actual, value, numeric));
}

function compare(actual: FieldValue, value: string | null, numeric: boolean): number {
  const blank = actual === null || actual === '';
  if (value === null) return blank ? 0 : 1;
  if (blank) return -1;
  if (numeric) return Math.sign(Number(actual) - Number(value));
  if (typeof actual === 'boolean') return String(actual) === value.toLowerCase() ? 0 : 1;
  return text(actual).localeCompare(text(value));
}

function text(value: FieldValue): string {
  return value === null ? '' : String(value).toLowerCase();
}

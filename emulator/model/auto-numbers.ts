import type { OrgState } from './org-state';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

/**
 * Gives a new record the next number of each of its Auto Number fields. The counter lives with the id counters
 * (kept between runs by org-persistence.ts), so a number is never handed out twice, not even after a delete.
 */
export function assignAutoNumbers(state: OrgState, type: SObjectType, row: Row, created: Date): void {
  for (const field of type.fields) {
    if (!field.autoNumber) continue;
    const { displayFormat, startingNumber } = field.autoNumber;
    const number = state.ids.count(`${type.name}.${field.name}`, startingNumber);
    row[field.name] = formatAutoNumber(displayFormat, number, created);
  }
}

/** "CASE-{0000}" and 7 → "CASE-0007"; the zeros are the least number of digits, a larger number keeps them all. */
export function formatAutoNumber(displayFormat: string, number: number, created: Date): string {
  const pad = (value: number, digits: number) => String(value).padStart(digits, '0');
  return displayFormat.replace(/\{(0+|YYYY|YY|MM|DD)\}/g, (_text, token: string) => {
    switch (token) {
      case 'YYYY':
        return String(created.getUTCFullYear());
      case 'YY':
        return pad(created.getUTCFullYear() % 100, 2);
      case 'MM':
        return pad(created.getUTCMonth() + 1, 2);
      case 'DD':
        return pad(created.getUTCDate(), 2);
      default:
        return pad(number, token.length);
    }
  });
}

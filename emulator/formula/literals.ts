import type { FormulaResult } from '../../salesforce/formula/evaluate';
import type { SoapType } from '../model/fields';
import { type FieldValue, sfDateTime } from '../model/store';

/** Formula results back into stored values, and stand-in values for checking a formula before any record. */

/** A formula's result as the value a field of this type stores. */
export function storedValue(type: SoapType, result: FormulaResult): FieldValue {
  if (result === null || result === '') return type === 'boolean' ? false : null;
  switch (type) {
    case 'boolean':
      return result === true;
    case 'percent': {
      // A formula returning a percent yields a decimal (0.1), which the field stores and shows as 10.
      const decimal = typeof result === 'number' ? result : Number(result);
      return Math.round(decimal * 100 * 1e10) / 1e10;
    }
    case 'double':
    case 'currency':
    case 'int':
      return typeof result === 'number' ? result : Number(result);
    case 'date':
      return result instanceof Date ? result.toISOString().slice(0, 10) : String(result).slice(0, 10);
    case 'datetime':
      return result instanceof Date ? sfDateTime(result) : String(result);
    default:
      return result instanceof Date ? result.toISOString().slice(0, 10) : String(result);
  }
}

/** A value that stands in for a field when a formula is checked before any record exists. */
export function sampleValue(type: SoapType, picklistValues?: string[]): FieldValue {
  switch (type) {
    case 'double':
    case 'currency':
    case 'percent':
    case 'int':
      return 1;
    case 'boolean':
      return true;
    case 'date':
      return '2026-01-31';
    case 'datetime':
      return '2026-01-31T09:00:00.000+0000';
    case 'picklist':
      return picklistValues?.[0] ?? 'A';
    default:
      return 'sample';
  }
}

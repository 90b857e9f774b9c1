import type { Literal } from 'formulon';
import type { SoapType } from '../model/fields';
import { type FieldValue, sfDateTime } from '../model/store';
import type { FormulaResult } from './evaluate';

/** Stored field values into formulon literals and formula results back into stored values. */

export interface FieldShape {
  type: SoapType;
  picklistValues?: string[];
  precision?: number;
  scale?: number;
}

export function literalOf(field: FieldShape, value: FieldValue | undefined): Literal {
  const blank = value === null || value === undefined || value === '';
  switch (field.type) {
    case 'percent': {
      // Salesforce reads a percent field as a decimal in formulas: 10% is 0.10.
      const scale = (field.scale ?? 0) + 2;
      const options = { length: Math.max(1, (field.precision ?? 18) - (field.scale ?? 0)), scale };
      return { type: 'literal', dataType: 'number', value: blank ? null : Number(value) / 100, options };
    }
    case 'double':
    case 'currency':
    case 'int': {
      const scale = field.scale ?? 0;
      const options = { length: Math.max(1, (field.precision ?? 18) - scale), scale };
      return { type: 'literal', dataType: 'number', value: blank ? null : Number(value), options };
    }
    case 'boolean':
      return { type: 'literal', dataType: 'checkbox', value: value === true };
    case 'date':
      return { type: 'literal', dataType: 'date', value: blank ? null : new Date(`${value}T00:00:00Z`) };
    case 'datetime':
      return { type: 'literal', dataType: 'datetime', value: blank ? null : new Date(String(value)) };
    case 'picklist':
      // Blank picklists are "" so that TEXT() and ISPICKVAL(f, "") behave as in Salesforce.
      return {
        type: 'literal',
        dataType: 'picklist',
        value: blank ? '' : String(value),
        options: { values: field.picklistValues ?? [] },
      };
    default: {
      const text = blank ? null : String(value);
      return { type: 'literal', dataType: 'text', value: text, options: { length: text?.length ?? 0 } };
    }
  }
}

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

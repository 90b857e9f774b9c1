import type { Literal } from 'formulon';

/**
 * A field's value as a formulon literal, by the field's type as describe names it (double, currency, int,
 * percent, boolean, date, datetime, picklist; anything else is text): shared by the emulator's formulas and
 * the suite's reading of a record against a formula.
 */

export interface FieldShape {
  type: string;
  picklistValues?: string[];
  precision?: number;
  scale?: number;
}

export function literalOf(field: FieldShape, value: unknown): Literal {
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

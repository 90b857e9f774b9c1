import { evaluateFormula, type FormulaResult, type FormulaScope } from '../../salesforce/formula/evaluate';
import { storedValue } from '../formula/literals';
import type { SObjectField } from '../model/fields';
import type { FieldValue } from '../model/store';
import type { FlowValue } from '../org/schema-automation';

const MERGE = /\{![^}]*\}/g;
const WHOLE_MERGE = /^\{![^}]*\}$/;

/** A value a flow writes into a field: a literal, a text with merge fields, or a formula. */
export function flowFieldValue(field: SObjectField, value: FlowValue, scope: FormulaScope): FieldValue {
  return storedValue(field.type, flowResult(value, scope));
}

export function flowResult(value: FlowValue, scope: FormulaScope): FormulaResult {
  if (value !== null && typeof value === 'object') return evaluateFormula(value.formula, scope);
  if (typeof value !== 'string' || !value.includes('{!')) return value;
  const trimmed = value.trim();
  // A lone merge field keeps its type ({!$Record.Id} is an id, {!$Record.Amount} a number).
  if (WHOLE_MERGE.test(trimmed)) return evaluateFormula(trimmed, scope);
  return mergeText(value, scope);
}

/** Text with merge fields, each replaced by its value as text ("Deal {!$Record.Name} won"). */
export function mergeText(text: string, scope: FormulaScope): string {
  return text.replace(MERGE, (merge) => asText(evaluateFormula(merge, scope)));
}

function asText(result: FormulaResult): string {
  if (result === null) return '';
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  return String(result);
}

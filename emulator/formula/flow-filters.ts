import { logicFormula } from '../../salesforce/formula/filter-logic';
import type { FlowDefinition, FlowFilterDefinition } from '../org/schema-automation';

/**
 * A flow's entry conditions as one formula, which the save evaluates as it does a formula condition: the
 * formula itself, or the filters (Flow Builder's "All / Any Condition Is Met", or custom logic such as
 * "1 AND (2 OR 3)") each written as the formula that means the same. `typeOf` answers a field's type (a
 * picklist is compared through ISPICKVAL and TEXT). Undefined for a flow that runs on every save.
 */
export function entryFormula(
  flow: Pick<FlowDefinition, 'condition' | 'filters' | 'filterLogic'>,
  typeOf: (field: string) => string | undefined,
): string | undefined {
  if (flow.condition) return flow.condition;
  if (!flow.filters) return undefined;
  const parts = flow.filters.map((filter) => `(${filterFormula(filter, typeOf(filter.field))})`);
  return logicFormula(flow.filterLogic ?? 'and', parts);
}

function filterFormula(filter: FlowFilterDefinition, type: string | undefined): string {
  const { field, operator, value } = filter;
  const picklist = type === 'picklist';
  const text = picklist ? `TEXT(${field})` : field;
  const truth = value === true || value === 'true';
  switch (operator) {
    case 'IsNull':
      return truth ? `ISBLANK(${text})` : `NOT(ISBLANK(${text}))`;
    case 'IsChanged':
      return truth ? `ISCHANGED(${field})` : `NOT(ISCHANGED(${field}))`;
    case 'StartsWith':
      return `BEGINS(${text}, ${quoted(value)})`;
    case 'Contains':
      return `CONTAINS(${text}, ${quoted(value)})`;
    case 'EndsWith':
      return `RIGHT(${text}, ${String(value).length}) = ${quoted(value)}`;
    case 'EqualTo':
      return picklist ? `ISPICKVAL(${field}, ${quoted(value)})` : `${field} = ${literal(value, type)}`;
    case 'NotEqualTo':
      return picklist ? `NOT(ISPICKVAL(${field}, ${quoted(value)}))` : `${field} <> ${literal(value, type)}`;
    default: {
      const compare = {
        GreaterThan: '>',
        GreaterThanOrEqualTo: '>=',
        LessThan: '<',
        LessThanOrEqualTo: '<=',
      }[operator];
      return `${field} ${compare} ${literal(value, type)}`;
    }
  }
}

function quoted(value: unknown): string {
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function literal(value: string | number | boolean, type: string | undefined): string {
  if (type === 'date') return `DATEVALUE(${quoted(value)})`;
  if (type === 'datetime') return `DATETIMEVALUE(${quoted(value)})`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toUpperCase();
  return quoted(value);
}

import { logicFormula } from '../../salesforce/formula/filter-logic';
import type { SObjectType } from '../model/sobject-type';
import type { EntryCriteria } from '../org/schema-approvals';
import type { AssignmentRuleEntry } from '../org/schema-automation';

/**
 * Entry criteria given as criteriaItems (Metadata API ApprovalEntryCriteria: FilterItem field, operation,
 * value; booleanFilter such as "1 AND (2 OR 3)") as the formula the emulator evaluates. Values are written
 * as the UI shows them: a percent "20" is 20%, which a formula reads as 0.2; "a,b" means a or b.
 */
export function entryCriteriaFormula(
  criteria: EntryCriteria | undefined,
  type: SObjectType,
): string | undefined {
  if (criteria === undefined || typeof criteria === 'string') return criteria;
  const conditions = criteria.criteriaItems.map((item) => `(${condition(item, type)})`);
  return logicFormula(criteria.booleanFilter ?? 'and', conditions);
}

/** An assignment rule entry's formula, or its criteria items as one; undefined for an entry every record meets. */
export function assignmentEntryFormula(entry: AssignmentRuleEntry, type: SObjectType): string | undefined {
  if (entry.formula) return entry.formula;
  if (!entry.criteriaItems) return undefined;
  return entryCriteriaFormula(
    { criteriaItems: entry.criteriaItems, booleanFilter: entry.booleanFilter },
    type,
  );
}

type Item = Exclude<EntryCriteria, string>['criteriaItems'][number];

const COMPARE: Record<string, string> = {
  equals: '=',
  notEqual: '<>',
  lessThan: '<',
  greaterThan: '>',
  lessOrEqual: '<=',
  greaterOrEqual: '>=',
};

function condition(item: Item, type: SObjectType): string {
  const name = item.field.startsWith(`${type.name}.`) ? item.field.slice(type.name.length + 1) : item.field;
  const field = type.field(name);
  const values = item.value.split(',').map((value) => value.trim());
  const any = (each: (value: string) => string) =>
    values.length === 1 ? each(values[0] as string) : `OR(${values.map(each).join(', ')})`;
  const kind = field?.type ?? 'string';
  if (kind === 'double' || kind === 'int' || kind === 'currency' || kind === 'percent') {
    const number = (value: string) =>
      String(Number(value.replace(/[,%\s]/g, '')) / (kind === 'percent' ? 100 : 1));
    return any((value) => `${name} ${COMPARE[item.operation] ?? '='} ${number(value)}`);
  }
  if (kind === 'boolean') return `${name} = ${/^true$/i.test(item.value) ? 'TRUE' : 'FALSE'}`;
  const quoted = (value: string) => JSON.stringify(value);
  if (kind === 'picklist') {
    const is = (value: string) => `ISPICKVAL(${name}, ${quoted(value)})`;
    return item.operation === 'notEqual' ? `NOT(${any(is)})` : any(is);
  }
  if (item.operation === 'contains') return any((value) => `CONTAINS(${name}, ${quoted(value)})`);
  if (item.operation === 'notContain') return `NOT(${any((value) => `CONTAINS(${name}, ${quoted(value)})`)})`;
  if (item.operation === 'startsWith') return any((value) => `BEGINS(${name}, ${quoted(value)})`);
  return any((value) => `${name} ${COMPARE[item.operation] ?? '='} ${quoted(value)}`);
}

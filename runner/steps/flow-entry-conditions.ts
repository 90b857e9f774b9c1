import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { combine } from '../../fixtures/criteria-items';
import { soqlString } from '../../fixtures/persona-capability';
import { formulaOnRecord } from './formula-on-record';
import { storedValue } from './stored-value';

/**
 * A record-triggered flow's entry conditions, as the Metadata API answers them in its `start` element
 * (`filterLogic` "and", "or" or "1 AND (2 OR 3)", and `filters` of field, operator and value), or as one
 * formula (`filterFormula`): put in words, and tried on a record through the API as the admin, one filter per
 * query, as the record stands now. What cannot be tried after the save (IsChanged, a value taken from another
 * element) is named, never guessed.
 * The shape of `start.filters` as Flow metadata files write it: public flow-meta.xml files, e.g.
 * `<filterLogic>and</filterLogic><filters><field>StageName</field><operator>EqualTo</operator>
 * <value><stringValue>Closed Won</stringValue></value></filters>`, and IsChanged / IsNull with a booleanValue.
 */
export interface FlowFilter {
  field: string;
  operator: string;
  value?: FlowValue;
}
export interface FlowValue {
  stringValue?: string;
  numberValue?: number | string;
  booleanValue?: boolean | string;
  dateValue?: string;
  dateTimeValue?: string;
  elementReference?: string;
}
export type FilterCondition = { filters: FlowFilter[]; logic: string };
export type EntryCondition = FilterCondition | { formula: string } | undefined;

export interface FlowStart {
  filterLogic?: string;
  filters?: FlowFilter | FlowFilter[];
  filterFormula?: string;
}

export function entryConditionOf(start: FlowStart | undefined): EntryCondition {
  if (start?.filterFormula) return { formula: start.filterFormula };
  const filters = [start?.filters ?? []].flat();
  if (filters.length === 0) return undefined;
  return { filters, logic: start?.filterLogic ?? 'and' };
}

const OPERATOR_WORDS: Record<string, string> = {
  EqualTo: 'equals',
  NotEqualTo: 'does not equal',
  GreaterThan: 'is greater than',
  GreaterThanOrEqualTo: 'is greater than or equal to',
  LessThan: 'is less than',
  LessThanOrEqualTo: 'is less than or equal to',
  StartsWith: 'starts with',
  EndsWith: 'ends with',
  Contains: 'contains',
};

/** `Lead_Score__c is greater than or equal to 80`, `OwnerId is changed`, `AccountId is not null`. */
export function filterWords(filter: FlowFilter): string {
  const value = plainValue(filter.value);
  if (filter.operator === 'IsNull') return `${filter.field} is ${isTrue(value) ? '' : 'not '}null`;
  if (filter.operator === 'IsChanged') return `${filter.field} is ${isTrue(value) ? '' : 'not '}changed`;
  return `${filter.field} ${OPERATOR_WORDS[filter.operator] ?? filter.operator} ${valueWords(filter.value, 'null')}`;
}

/** A flow value as words: `"Web"`, `80`, `{!$Record.Email}`, or `none` when it has no value. */
export function valueWords(value: FlowValue | undefined, none = 'no value'): string {
  if (value?.elementReference) return `{!${value.elementReference}}`;
  if (value?.stringValue !== undefined) return `"${value.stringValue}"`;
  return String(plainValue(value) ?? none);
}

/** "its entry conditions: 1. … 2. … (1 AND 2)" or "its entry condition: formula …". */
export function entryConditionWords(condition: NonNullable<EntryCondition>): string {
  if ('formula' in condition) return `its entry condition is the formula ${condition.formula}`;
  const { filters, logic } = condition;
  if (filters.length === 1) return `its entry condition: ${filterWords(filters[0] as FlowFilter)}`;
  const joined = /^(and|or)$/i.test(logic)
    ? filters.map(filterWords).join(` ${logic.toUpperCase()} `)
    : `${filters.map((filter, index) => `${index + 1}. ${filterWords(filter)}`).join(', ')} (${logic})`;
  return `its entry conditions: ${joined}`;
}

type Truth = boolean | undefined;

/**
 * Whether the entry conditions hold for the record as it stands, in words: "which holds for the record now",
 * "which does not hold: the record's Lead_Score__c is empty", or for several filters each one that fails with
 * the record's value, and what could not be tried; the unknowns decide nothing the tried filters decide.
 */
export async function entryConditionVerdict(
  org: OrgConnection,
  record: CreatedRecord,
  condition: FilterCondition,
): Promise<string> {
  const results: Truth[] = [];
  const failing: { words: string; value: string }[] = [];
  const untried: string[] = [];
  for (const filter of condition.filters) {
    const soql = soqlOf(filter);
    if (!soql) {
      results.push(undefined);
      untried.push(filterWords(filter));
      continue;
    }
    const rows = await org.conn.query<{ Id: string }>(
      `SELECT Id FROM ${record.sobject} WHERE Id = ${soqlString(record.id)} AND ${soql}`,
    );
    const holds = rows.records.length > 0;
    results.push(holds);
    if (!holds)
      failing.push({ words: filterWords(filter), value: await storedValue(org, record, filter.field) });
  }
  const holds = filtersHold(condition.logic, results);
  const notTried =
    untried.length > 0 ? `not tried on the record after the save: ${untried.join(', ')}` : undefined;
  if (holds === true) return 'which holds for the record now';
  if (holds === false && condition.filters.length === 1) return `which does not hold: ${failing[0]?.value}`;
  const verdict = holds === false ? 'which do not hold for the record: ' : '';
  const fails = failing.map(({ words, value }) => `${words} fails (${value})`);
  return `${verdict}${[...fails, notTried].filter(Boolean).join('; ')}`;
}

/** A filter as a SOQL condition on the record; undefined when it cannot be tried once the record is saved. */
function soqlOf(filter: FlowFilter): string | undefined {
  const { field, operator } = filter;
  if (filter.value?.elementReference !== undefined) return undefined;
  const value = plainValue(filter.value);
  switch (operator) {
    case 'IsNull':
      return `${field} ${isTrue(value) ? '=' : '!='} null`;
    case 'StartsWith':
      return `${field} LIKE ${soqlString(`${likeText(value)}%`)}`;
    case 'EndsWith':
      return `${field} LIKE ${soqlString(`%${likeText(value)}`)}`;
    case 'Contains':
      return `${field} LIKE ${soqlString(`%${likeText(value)}%`)}`;
  }
  const compare = COMPARE[operator];
  if (!compare) return undefined;
  return `${field} ${compare} ${soqlLiteral(filter.value)}`;
}

const COMPARE: Record<string, string> = {
  EqualTo: '=',
  NotEqualTo: '!=',
  GreaterThan: '>',
  GreaterThanOrEqualTo: '>=',
  LessThan: '<',
  LessThanOrEqualTo: '<=',
};

function soqlLiteral(value: FlowValue | undefined): string {
  if (value?.numberValue !== undefined) return String(Number(value.numberValue));
  if (value?.booleanValue !== undefined) return String(isTrue(value.booleanValue));
  if (value?.dateValue !== undefined) return value.dateValue;
  if (value?.dateTimeValue !== undefined) return value.dateTimeValue;
  if (value?.stringValue !== undefined) return soqlString(value.stringValue);
  return 'null';
}

function plainValue(value: FlowValue | undefined): string | number | boolean | undefined {
  if (!value) return undefined;
  return (
    value.stringValue ?? value.numberValue ?? value.booleanValue ?? value.dateValue ?? value.dateTimeValue
  );
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

function likeText(value: unknown): string {
  return String(value ?? '').replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The filters' results under their logic ("and", "or", or custom logic such as "1 AND (2 OR 3)"), what was not
 * tried (undefined) deciding only what the tried ones leave open.
 */
export function filtersHold(logic: string, results: Truth[]): Truth {
  const numbers = results.map((_, index) => index + 1);
  if (/^and$/i.test(logic.trim())) return combine(numbers.join(' AND '), results);
  if (/^or$/i.test(logic.trim())) return combine(numbers.join(' OR '), results);
  return combine(logic, results);
}

/** Whether an entry formula holds for the record as it stands, in words (see formulaOnRecord). */
export async function formulaVerdict(
  org: OrgConnection,
  record: CreatedRecord,
  formula: string,
): Promise<string> {
  const { holds, why } = await formulaOnRecord(org, record, formula);
  if (holds === undefined) return why;
  return holds ? 'which holds for the record now' : `which does not hold: ${why}`;
}

/**
 * Component visibility rules of a Lightning page (Lightning App Builder, "Set Component Visibility"), as the
 * Metadata API's FlexiPage holds them on a component or a Dynamic Forms field: `visibilityRule` with `criteria`
 * (leftValue such as `{!Record.Status}`, operator, rightValue) and an optional `booleanFilter` ("1 AND 2");
 * without one, every criterion must hold. The operators are CONTAINS, EQUAL, GE, GT, LE, LT and NE (Object
 * Reference, UiFormulaCriterion: developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
 * sforce_api_objects_uiformulacriterion.htm, and UiFormulaRule for the filter). That picklists compare by API value
 * is from practitioners' FlexiPage sources, _unconfirmed_ by Salesforce's documentation.
 */
export const VISIBILITY_OPERATORS = ['EQUAL', 'NE', 'CONTAINS', 'GT', 'GE', 'LT', 'LE'] as const;

export interface VisibilityCriterion {
  leftValue: string;
  operator: string;
  rightValue?: string | null;
}

export interface VisibilityRule {
  booleanFilter?: string | null;
  criteria: VisibilityCriterion[];
}

/** The record's own field a criterion reads (`{!Record.Status}` → Status); undefined for $User, related fields… */
export function recordFieldOf(leftValue: string): string | undefined {
  return /^\{!Record\.(\w+)\}$/.exec(leftValue.trim())?.[1];
}

/**
 * Whether a criterion holds for the record's value of its field; undefined when this cannot tell (an operator or
 * an ordering of values it does not know). A blank value is the empty text; text compares exactly (whether
 * Lightning ignores case is _unconfirmed_).
 */
export function criterionHolds(
  operator: string,
  recordValue: unknown,
  rightValue: string | null | undefined,
): boolean | undefined {
  const left = recordValue === null || recordValue === undefined ? '' : String(recordValue);
  const right = rightValue ?? '';
  const numbers = left !== '' && right !== '' && !Number.isNaN(Number(left)) && !Number.isNaN(Number(right));
  const equal = numbers ? Number(left) === Number(right) : left === right;
  switch (operator) {
    case 'EQUAL':
      return equal;
    case 'NE':
      return !equal;
    case 'CONTAINS':
      return left.includes(right);
  }
  const order = numbers
    ? Math.sign(Number(left) - Number(right))
    : ISO_DATE.test(left) && ISO_DATE.test(right)
      ? Math.sign(left.localeCompare(right))
      : undefined;
  if (order === undefined) return undefined;
  if (operator === 'GT') return order > 0;
  if (operator === 'GE') return order >= 0;
  if (operator === 'LT') return order < 0;
  if (operator === 'LE') return order <= 0;
  return undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Whether the rule holds for a record, given its values by field; undefined when a criterion reads something
 * other than the record's own fields, or the rule combines its criteria with a filter other than all of them.
 */
export function ruleHolds(rule: VisibilityRule, values: Record<string, unknown>): boolean | undefined {
  const filter = rule.booleanFilter?.trim();
  const allOf = !filter || filter === rule.criteria.map((_criterion, i) => i + 1).join(' AND ');
  if (!allOf) return undefined;
  let holds = true;
  for (const criterion of rule.criteria) {
    const field = recordFieldOf(criterion.leftValue);
    if (field === undefined) return undefined;
    const one = criterionHolds(criterion.operator, values[field], criterion.rightValue);
    if (one === undefined) return undefined;
    holds &&= one;
  }
  return holds;
}

/** The rule as App Builder's metadata writes it: `{!Record.Status} EQUAL Closed AND …`, or with its filter. */
export function ruleText(rule: VisibilityRule): string {
  const criteria = rule.criteria.map(
    (criterion) => `${criterion.leftValue} ${criterion.operator} ${criterion.rightValue ?? '(blank)'}`,
  );
  const filter = rule.booleanFilter?.trim();
  return filter
    ? `${filter}, where ${criteria.map((text, i) => `${i + 1} is ${text}`).join(', ')}`
    : criteria.join(' AND ');
}

/**
 * Component visibility rules of a Lightning page (Lightning App Builder, "Set Component Visibility"), as the
 * Metadata API's FlexiPage holds them on a component or a Dynamic Forms field: `visibilityRule` with `criteria`
 * (leftValue such as `{!Record.Status}`, operator, rightValue) and an optional `booleanFilter` ("1 AND 2");
 * without one, every criterion must hold. The operators are CONTAINS, EQUAL, GE, GT, LE, LT and NE (Object
 * Reference, UiFormulaCriterion: developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
 * sforce_api_objects_uiformulacriterion.htm, and UiFormulaRule for the filter). That picklists compare by API value
 * is from practitioners' FlexiPage sources, _unconfirmed_ by Salesforce's documentation. The leftValue expressions
 * `{!Record.field}`, `{!$User.field}`, `{!$Permission.CustomPermission.name}` and
 * `{!$Permission.StandardPermission.name}` are from the Metadata API's FlexiPage (ComponentInstance, "You can use these
 * expressions in the leftValue field": developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/
 * meta_flexipage.htm); that a standard permission is named as the PermissionSet field without its prefix
 * (PermissionsViewSetup → ViewSetup) is from practitioners' FlexiPage sources, _unconfirmed_. The same reference
 * gives `{!$Client.FormFactor}`: "Valid values are Small (phone), Medium (tablet), and Large (Lightning Experience
 * desktop)".
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

/**
 * The device a run is: Lightning Experience in a desktop browser, whatever the window's size, which the FlexiPage
 * reference calls the Large form factor (phones and tablets run the Salesforce mobile app, not tested here).
 */
export const DESKTOP_CLIENT: Readonly<Record<string, unknown>> = { FormFactor: 'Large' };

/**
 * What a criterion reads: a field of the record or of a record it looks up (`{!Record.Status}` → Status,
 * `{!Record.Account.Type}` → Account.Type; at most five fields in all, says the FlexiPage reference), of the user viewing the page
 * (`{!$User.Profile.Name}` → Profile.Name), or one of that user's permissions
 * (`{!$Permission.CustomPermission.Approve_Discounts}` → CustomPermission.Approve_Discounts; StandardPermission
 * names a user permission, `ViewSetup`), or the device the page is rendered on (`{!$Client.FormFactor}` →
 * FormFactor); undefined for anything else.
 */
export function referenceOf(
  leftValue: string,
): { of: 'record' | 'user' | 'permission' | 'client'; path: string } | undefined {
  const text = leftValue.trim();
  const record = /^\{!Record\.(\w+(?:\.\w+){0,4})\}$/.exec(text)?.[1];
  if (record) return { of: 'record', path: record };
  const user = /^\{!\$User\.(\w+(?:\.\w+)*)\}$/.exec(text)?.[1];
  if (user) return { of: 'user', path: user };
  const permission = /^\{!\$Permission\.((?:CustomPermission|StandardPermission)\.\w+)\}$/.exec(text)?.[1];
  if (permission) return { of: 'permission', path: permission };
  return /^\{!\$Client\.FormFactor\}$/.test(text) ? { of: 'client', path: 'FormFactor' } : undefined;
}

/** The record's field a criterion reads (`{!Record.Status}` → Status, `{!Record.Account.Type}` → Account.Type). */
export function recordFieldOf(leftValue: string): string | undefined {
  const reference = referenceOf(leftValue);
  return reference?.of === 'record' ? reference.path : undefined;
}

/** The viewing user's field a criterion reads (`{!$User.Profile.Name}` → Profile.Name); undefined otherwise. */
export function userFieldOf(leftValue: string): string | undefined {
  const reference = referenceOf(leftValue);
  return reference?.of === 'user' ? reference.path : undefined;
}

/** The viewing user's permission a criterion reads (CustomPermission.Approve_Discounts); undefined otherwise. */
export function permissionOf(leftValue: string): string | undefined {
  const reference = referenceOf(leftValue);
  return reference?.of === 'permission' ? reference.path : undefined;
}

/** The device's property a criterion reads (`{!$Client.FormFactor}` → FormFactor); undefined otherwise. */
export function clientFieldOf(leftValue: string): string | undefined {
  const reference = referenceOf(leftValue);
  return reference?.of === 'client' ? reference.path : undefined;
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
  // A checkbox or a permission is true or false, however the rule spells it.
  const right = typeof recordValue === 'boolean' ? (rightValue ?? '').toLowerCase() : (rightValue ?? '');
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
 * What a rule is evaluated against: the record's values by field; the viewing user's by path (`Profile.Name`),
 * whether they hold each permission (`CustomPermission.Approve_Discounts` → true), and the device
 * (`DESKTOP_CLIENT`). A criterion whose source, or permission, is not given is not decided.
 */
export interface RuleInputs {
  record: Record<string, unknown>;
  user?: Record<string, unknown>;
  permission?: Record<string, boolean>;
  client?: Readonly<Record<string, unknown>>;
}

/**
 * Whether the rule holds; undefined when that is not decided: a criterion reads something not given, or its
 * outcome decides the rule and cannot be told. The criteria combine as the rule's filter says (numbers, AND, OR,
 * NOT, parentheses), all of them without one.
 */
export function ruleHolds(rule: VisibilityRule, inputs: RuleInputs): boolean | undefined {
  const outcomes = rule.criteria.map((criterion) => {
    const reference = referenceOf(criterion.leftValue);
    const source: Readonly<Record<string, unknown>> | undefined = reference && inputs[reference.of];
    if (!reference || !source) return undefined;
    // A permission not read is not decided; a record or user field not given is blank, as the API leaves it out.
    if (reference.of === 'permission' && !(reference.path in source)) return undefined;
    return criterionHolds(criterion.operator, source[reference.path], criterion.rightValue);
  });
  const filter = rule.booleanFilter?.trim();
  if (!filter) return allOf(outcomes);
  return filterHolds(filter, outcomes);
}

type Outcome = boolean | undefined;

// Kleene's three-valued logic: an unknown outcome decides nothing the known ones already decide.
const allOf = (outcomes: Outcome[]): Outcome =>
  outcomes.includes(false) ? false : outcomes.includes(undefined) ? undefined : true;
const anyOf = (outcomes: Outcome[]): Outcome =>
  outcomes.includes(true) ? true : outcomes.includes(undefined) ? undefined : false;

/** A filter such as "(1 AND 2) OR NOT 3" over the criteria's outcomes; undefined when it cannot be read. */
function filterHolds(filter: string, outcomes: Outcome[]): Outcome {
  const tokens = filter.toUpperCase().match(/\d+|AND|OR|NOT|\(|\)|\S/g) ?? [];
  let at = 0;
  const malformed = Symbol('malformed');
  const joined = (operator: string, part: () => Outcome, combine: (parts: Outcome[]) => Outcome) => () => {
    const parts = [part()];
    while (tokens[at] === operator) {
      at++;
      parts.push(part());
    }
    return combine(parts);
  };
  const both = joined('AND', () => one(), allOf);
  const either = joined('OR', both, anyOf);
  const one = (): Outcome => {
    const token = tokens[at++];
    if (token === 'NOT') {
      const inner = one();
      return inner === undefined ? undefined : !inner;
    }
    if (token === '(') {
      const inner = either();
      if (tokens[at++] !== ')') throw malformed;
      return inner;
    }
    const index = Number(token) - 1;
    if (!/^\d+$/.test(token ?? '') || index < 0 || index >= outcomes.length) throw malformed;
    return outcomes[index];
  };
  try {
    const outcome = either();
    return at === tokens.length ? outcome : undefined;
  } catch (error) {
    if (error === malformed) return undefined;
    throw error;
  }
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

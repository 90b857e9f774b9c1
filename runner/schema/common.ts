import { z } from 'zod';
import {
  malformedPlaceholder,
  PLACEHOLDER_FORMS,
  parsePlaceholder,
  placeholdersIn,
  TEMPLATE_VARIABLES,
} from '../template';
import { placeholderIn } from './placeholder-text';
import { closestMatch, describeValue, didYouMean, oneOf } from './wording';

/** Salesforce API names: a letter, then letters, digits and underscores, not ending in one (Lead_Score__c, ns__X__c). */
const API_NAME = /^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/;

interface MappingAbout {
  /** What the mapping is, for "Expected …, but got a list". */
  what: string;
  example: string;
  /** How to call a key this mapping does not know; default "key". */
  unknownKey?: string;
  /** What to write instead of an unknown key, when the key shows what was meant. */
  insteadOf?: (key: string) => string | undefined;
}

/** A YAML mapping that rejects keys it does not know and names the ones it does. */
export function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape, about: MappingAbout) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        // One line per key, in the order of issue.keys: each is reported at its own key (loading/zod-issues.ts).
        const label = about.unknownKey ?? 'key';
        return issue.keys
          .map(
            (key) =>
              `unknown ${label} "${key}". ${about.insteadOf?.(key) ?? `Expected one of: ${oneOf(known)}.${didYouMean(key, known)}`}`,
          )
          .join('\n');
      }
      if (issue.code === 'invalid_type' && issue.input !== undefined) {
        return `Expected ${about.what}, but got ${describeValue(issue.input)}. For example: ${about.example}`;
      }
      return undefined;
    },
  });
}

const SHORTHAND_KEYS = new WeakMap<z.core.$ZodType, string>();

/**
 * A mapping that may also be written as the text of one of its keys alone: `as: ae` is `as: { persona: ae }`.
 * The editor schema offers both forms (shorthandKey).
 */
export function orShorthand<Form extends z.ZodObject>(key: keyof Form['shape'] & string, form: Form) {
  const schema = z.preprocess((input) => (typeof input === 'string' ? { [key]: input } : input), form);
  SHORTHAND_KEYS.set(schema, key);
  return schema;
}

/** The key whose text alone may stand for this mapping (orShorthand); undefined for any other schema. */
export function shorthandKey(schema: z.core.$ZodType): string | undefined {
  return SHORTHAND_KEYS.get(schema);
}

/**
 * For refinements across keys: run only when the keys themselves were fine, so that a misspelt key is reported
 * as unknown and not also as "missing" by the refinement.
 */
export const onlyIfValidSoFar = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

/** Refinement for `includes`/`excludes` pairs: a name in both cannot hold. Reported at its entry in excludes. */
export function notBothIncludedAndExcluded(
  value: { includes: readonly string[]; excludes: readonly string[] },
  context: z.RefinementCtx,
): void {
  const included = new Set(value.includes);
  value.excludes.forEach((name, index) => {
    if (!included.has(name)) return;
    context.addIssue({
      code: 'custom',
      path: ['excludes', index],
      input: name,
      message: `"${name}" is in both includes and excludes, so the check could never pass. Keep it in only one of them.`,
    });
  });
}

/** Required, non-empty text; `hint` explains why it is needed and shows an example. */
export function requiredText(key: string, hint: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `required key "${key}" is missing. ${hint}`
          : typeof issue.input === 'boolean'
            ? `"${key}" takes text, not ${issue.input}. ${hint}`
            : undefined,
    })
    .trim()
    .min(1, { error: `"${key}" is empty. ${hint}` });
}

/**
 * Required text that justifies an impersonation (a reason, a ticket, an approval's approver or reference): a
 * placeholder (TBD, TODO, test, n/a, xxx, -, ?, …) documents nothing a review could check, and is refused at
 * its value with what to write instead. `identifier`: a ticket or reference, refused also for a placeholder part
 * (REVOPS-TBD).
 */
export function justifyingText(key: string, hint: string, { identifier = false } = {}) {
  return requiredText(key, hint).superRefine((value, context) => {
    // An empty value is reported as empty, once.
    const placeholder = value === '' ? undefined : placeholderIn(value, { identifier });
    if (placeholder === undefined) return;
    const what = placeholder === value ? `"${value}"` : `"${placeholder}" in "${value}"`;
    context.addIssue({
      code: 'custom',
      input: value,
      message: `${what} is a placeholder, not ${/^[aeiou]/.test(key) ? 'an' : 'a'} ${key} a review could check. ${hint}`,
    });
  });
}

/** For a step whose fields go under `fields:`: a key that looks like a field API name was meant as one. */
export function fieldKeyInstead(step: string, key: string): string | undefined {
  if (!/^[A-Z]/.test(key) || !API_NAME.test(key)) return undefined;
  return `Fields go under fields: write ${step}: { fields: { ${key}: … } }.`;
}

/**
 * For a mapping written as a list (`data:` then `- lead: …`): the dashes go, before the keys its items hold.
 * `example` is the mapping written right.
 */
export function mappingNotList(what: string, items: readonly unknown[], example: string): string {
  const keys = items.flatMap((item) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [],
  );
  const dashes = keys.length === 1 ? 'the dash' : 'the dashes';
  const before = keys.length > 0 ? ` before ${keys.map((name) => `${name}:`).join(', ')}` : '';
  return `Expected a mapping of ${what}, but got a list: remove ${dashes}${before}. For example: ${example}`;
}

/** For a list written as a mapping (`steps:` then `open: …` without dashes): a dash before each item. */
export function listNotMapping(what: string, written: object, example: string): string {
  const keys = Object.keys(written);
  const which = keys.length > 0 ? ` (${keys.map((name) => `- ${name}: …`).join(', ')})` : '';
  return `Expected a list of ${what}, but got a mapping: write a dash before each one${which}. For example: ${example}`;
}

/** An optional list: absent or empty (`tags:`) reads as []. */
export function list<Item extends z.ZodType>(
  key: string,
  item: Item,
  about: { what: string; example: string },
) {
  return z
    .array(item, {
      error: (issue) => {
        if (issue.code !== 'invalid_type' || issue.input === undefined || issue.input === null)
          return undefined;
        const { input } = issue;
        // A mapping's keys are what was meant as the list (hidden: { Rating: true } → hidden: [Rating]).
        const items =
          typeof input === 'string'
            ? input.split(/[\s,]+/).filter(Boolean)
            : typeof input === 'object' && !Array.isArray(input)
              ? Object.keys(input as object)
              : [];
        const suggestion = items.length > 0 ? items.join(', ') : about.example;
        return `Expected a list of ${about.what}, but got ${describeValue(issue.input)} — write ${key}: [${suggestion}]`;
      },
    })
    .nullish()
    .transform((items) => items ?? []);
}

/** What the schema says of a field name that is not an API name: most often a label copied from the page. */
export function notAFieldApiName(written: unknown): string {
  return (
    `"${written}" is not a field API name. Expected letters, digits and underscores starting with a letter, ` +
    'e.g. Lead_Score__c (the API name from Object Manager, not the label).'
  );
}

export const fieldApiName = z.string().regex(API_NAME, { error: (issue) => notAFieldApiName(issue.input) });

/** Marks a refused name that only the org can tell the API name of (loading/field-name-stand-ins.ts reads it). */
export const WRITTEN_AS_LABEL = { nameWrittenAsLabel: true } as const;

/**
 * The developer (API) name of something of the org's: a record type, list view, report, dashboard, object. Users
 * copy its label from the page instead; the schema refuses that with `message`, marked so that `validate` can
 * still check the file against the org, which lists the names it has. Editors see the pattern.
 */
export function developerName<Text extends z.ZodType<string, string>>(
  text: Text,
  message: (written: string) => string,
) {
  return text
    .superRefine((written, context) => {
      if (API_NAME.test(written)) return;
      context.addIssue({
        code: 'custom',
        input: written,
        message: message(written),
        params: WRITTEN_AS_LABEL,
      });
    })
    .meta({ pattern: API_NAME.source });
}

export function fieldList(key: string) {
  return list(key, fieldApiName, { what: 'field API names', example: 'Status' });
}

export const sobjectName = requiredText('sobject', 'Name the object to create, e.g. sobject: Lead').regex(
  API_NAME,
  {
    error: (issue) =>
      `Expected an sObject API name such as Lead or Account, but got ${describeValue(issue.input)}.`,
  },
);

/** Names other parts of a scenario refer to (data keys, personas): no spaces, so they read well in YAML. */
export const REFERENCE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function referenceName(what: string, example: string) {
  return z.string().regex(REFERENCE_NAME, {
    error: (issue) =>
      `Expected a ${what} made of letters, digits, "-" and "_", starting with a letter (e.g. ${example}), ` +
      `but got ${describeValue(issue.input)}.`,
  });
}

const PLACEHOLDERS = [...TEMPLATE_VARIABLES.map((name) => `{{${name}}}`), '{{today}}'];

/** Refinement for text that may hold {{placeholders}}: each must be a form the runtime supplies. */
export function knownPlaceholders(value: unknown, context: z.RefinementCtx): void {
  if (typeof value !== 'string' || !/[{}]/.test(value)) return; // most values hold none: no search needed
  const malformed = malformedPlaceholder(value);
  if (malformed) {
    context.addIssue({
      code: 'custom',
      input: value,
      message:
        `"${malformed.written}" is not a placeholder: it would reach the org as written. ` +
        `A placeholder takes two braces on each side: ${malformed.meant ? `write "${malformed.meant}"` : 'e.g. "{{run.id}}"'}.`,
    });
  }
  for (const name of placeholdersIn(value)) {
    if (parsePlaceholder(name)) continue;
    context.addIssue({
      code: 'custom',
      input: value,
      message: `unknown placeholder "{{${name}}}". ${placeholderHint(name)}`,
    });
  }
}

/** The known placeholder names without offset, for correcting the part before one (Today+3 → today+3). */
const PLACEHOLDER_HEADS = [...TEMPLATE_VARIABLES, 'today'];
const TODAY_HINT = 'Expected {{today}}, or a number of days after or before it: {{today+30}}, {{today-7}}.';

function placeholderHint(name: string): string {
  if (name.startsWith('data')) {
    return 'Refer to another test record as {{data.<data key>.Id}} (or .<Field> for a value it was created with), e.g. AccountId: "{{data.account.Id}}"';
  }
  if (name.startsWith('personas')) {
    return 'Refer to a persona\'s user as {{personas.<persona>.id}} (or .username, .name), e.g. OwnerId: "{{personas.ae.id}}"';
  }
  // Only the name is corrected: what follows it (an offset, +3) is kept.
  const [, head = name, rest = ''] = /^([A-Za-z.]*)(.*)$/s.exec(name) ?? [];
  const meant = closestMatch(head, PLACEHOLDER_HEADS)?.value;
  if (meant !== undefined && parsePlaceholder(`${meant}${rest}`)) {
    const hint = meant === 'today' ? TODAY_HINT : `Expected one of: ${PLACEHOLDER_FORMS.join(', ')}.`;
    return `${hint} Did you mean "{{${meant}${rest}}}"?`;
  }
  if (name.toLowerCase().startsWith('today')) return TODAY_HINT;
  return `Expected one of: ${PLACEHOLDER_FORMS.join(', ')}.${didYouMean(`{{${name}}}`, PLACEHOLDERS)}`;
}

import type { FieldValue } from './model';

/** The names a scenario may use as `{{name}}` in data field values and expected values; the runtime supplies them. */
export const TEMPLATE_VARIABLES = [
  'run.id',
  'persona.id',
  'persona.username',
  'persona.name',
  'scenario.id',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** A test record as other values may refer to it: its Id and the (rendered) field values it was created with. */
export type RecordValues = Readonly<Record<string, FieldValue>>;

export type TemplateVars = Record<TemplateVariable, string> & {
  /** Test records created so far, by data key, for `{{data.<key>.<Field>}}`. */
  data?: Readonly<Record<string, RecordValues>>;
  /** The users of the personas the scenario uses, by persona name, for `{{personas.<name>.id|username|name}}`. */
  personas?: Readonly<Record<string, { id: string; username: string; name: string }>>;
  /** The date `{{today}}` stands for, YYYY-MM-DD; default: the runner's calendar date. */
  today?: string;
};

/** Every form a placeholder may take, for messages. */
export const PLACEHOLDER_FORMS = [
  ...TEMPLATE_VARIABLES.map((name) => `{{${name}}}`),
  '{{data.<data key>.Id}}',
  '{{data.<data key>.<Field>}}',
  '{{personas.<persona>.id}}',
  '{{personas.<persona>.username}}',
  '{{personas.<persona>.name}}',
  '{{today}}',
  '{{today+30}}',
  '{{today-7}}',
];

export type Placeholder =
  | { kind: 'variable'; name: TemplateVariable }
  | { kind: 'record'; key: string; field: string }
  | { kind: 'persona'; persona: string; field: PersonaField }
  | { kind: 'date'; days: number };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const RECORD = /^data\.([A-Za-z][A-Za-z0-9_-]*)\.([A-Za-z][A-Za-z0-9_]*)$/;
const PERSONA = /^personas\.([A-Za-z][A-Za-z0-9_-]*)\.(id|username|name)$/;
const DATE = /^today(?:\s*([+-])\s*(\d{1,5}))?$/;

export type PersonaField = 'id' | 'username' | 'name';

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/** What a placeholder name stands for, or undefined when it is none of the known forms. */
export function parsePlaceholder(name: string): Placeholder | undefined {
  if (isTemplateVariable(name)) return { kind: 'variable', name };
  const record = RECORD.exec(name);
  if (record) return { kind: 'record', key: record[1] ?? '', field: record[2] ?? '' };
  const persona = PERSONA.exec(name);
  if (persona)
    return { kind: 'persona', persona: persona[1] ?? '', field: (persona[2] ?? 'id') as PersonaField };
  const date = DATE.exec(name);
  if (date) return { kind: 'date', days: (date[1] === '-' ? -1 : 1) * Number(date[2] ?? 0) };
  return undefined;
}

/** The names used in `text`, in order of appearance (repeats kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/**
 * A placeholder written with one brace too few on a side (`{{run.id`, `{{run.id}`, `{run.id}}`), or a known one
 * in single braces (`{run.id}`): the text as written and the placeholder meant. Such text would otherwise reach
 * the org as it is written.
 */
export function malformedPlaceholder(text: string): { written: string; meant?: string } | undefined {
  const rest = text.replace(PLACEHOLDER, '\u0000');
  const broken = /\{\{\s*([\w.+-]*)\s*\}?|\{\s*([\w.+-]+)\s*\}\}|\}\}/.exec(rest);
  if (broken) {
    const name = broken[1] || broken[2];
    return { written: broken[0].trim(), meant: name ? `{{${name}}}` : undefined };
  }
  for (const single of rest.matchAll(/\{\s*([\w.+-]+)\s*\}/g)) {
    if (parsePlaceholder(single[1] ?? '')) return { written: single[0], meant: `{{${single[1]}}}` };
  }
  return undefined;
}

/** The data keys `value` refers to through `{{data.<key>.<Field>}}`, each once. */
export function recordReferencesIn(value: unknown): { key: string; field: string }[] {
  if (typeof value !== 'string') return [];
  const found = new Map<string, { key: string; field: string }>();
  for (const name of placeholdersIn(value)) {
    const placeholder = parsePlaceholder(name);
    if (placeholder?.kind === 'record') found.set(`${placeholder.key}.${placeholder.field}`, placeholder);
  }
  return [...found.values()];
}

/** Replaces every `{{name}}` in a string value; other values pass through unchanged. Text stays text. */
export function renderTemplate(value: string, vars: TemplateVars): string;
export function renderTemplate(value: FieldValue, vars: TemplateVars): FieldValue;
export function renderTemplate(value: FieldValue, vars: TemplateVars): FieldValue {
  if (typeof value !== 'string') return value;
  return value.replace(PLACEHOLDER, (_placeholder, name: string) => String(resolve(name, vars) ?? ''));
}

/**
 * For test data sent to the org: like renderTemplate, but a value that is a single `{{data.<key>.<Field>}}` keeps
 * the referred value's type (a number stays a number, false stays false, nothing stays null).
 */
export function renderFieldValue(value: FieldValue, vars: TemplateVars): FieldValue {
  const whole = typeof value === 'string' ? /^\{\{\s*([^{}]*?)\s*\}\}$/.exec(value) : null;
  return whole ? resolve(whole[1] ?? '', vars) : renderTemplate(value, vars);
}

function resolve(name: string, vars: TemplateVars): FieldValue {
  const placeholder = parsePlaceholder(name);
  if (!placeholder) {
    throw new Error(`Unknown placeholder "{{${name}}}". Known: ${PLACEHOLDER_FORMS.join(', ')}.`);
  }
  switch (placeholder.kind) {
    case 'variable':
      return vars[placeholder.name];
    case 'date':
      return shiftDate(vars.today ?? localDate(new Date()), placeholder.days);
    case 'persona': {
      const user = vars.personas?.[placeholder.persona];
      if (!user) {
        throw new Error(
          `"{{${name}}}" names persona "${placeholder.persona}", whose user was not resolved for this scenario.`,
        );
      }
      return user[placeholder.field];
    }
    case 'record': {
      const record = vars.data?.[placeholder.key];
      if (!record) {
        throw new Error(
          `"{{${name}}}" refers to the test record "${placeholder.key}", which is not created yet. ` +
            'Records are created in the order their references need; a record cannot refer to itself.',
        );
      }
      if (!(placeholder.field in record)) {
        throw new Error(
          `"{{${name}}}": the test record "${placeholder.key}" has no value for ${placeholder.field}. ` +
            `Expected Id or one of the fields it was created with: ${Object.keys(record).join(', ')}.`,
        );
      }
      return record[placeholder.field] ?? null;
    }
  }
}

/**
 * YYYY-MM-DD in the runner's time zone. Salesforce stores a date field as a calendar date without a time zone
 * (REST takes "2026-12-30"); near midnight the org user's time zone may already be on another day, so a check that
 * depends on the exact day should leave a margin.
 */
export function localDate(date: Date): string {
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-11-30" + 31 → "2026-12-31", by calendar days (no time zone or daylight-saving effects). */
export function shiftDate(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return shifted.toISOString().slice(0, 10);
}

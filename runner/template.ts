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
export type TemplateVars = Record<TemplateVariable, string>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/** The names used in `text`, in order of appearance (repeats kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Replaces every `{{name}}` in a string value; other values pass through unchanged. */
export function renderTemplate(value: string, vars: TemplateVars): string;
export function renderTemplate(value: FieldValue, vars: TemplateVars): FieldValue;
export function renderTemplate(value: FieldValue, vars: TemplateVars): FieldValue {
  if (typeof value !== 'string') return value;
  return value.replace(PLACEHOLDER, (_placeholder, name: string) => {
    if (!isTemplateVariable(name)) {
      throw new Error(
        `Unknown placeholder "{{${name}}}". Known: ${TEMPLATE_VARIABLES.map((n) => `{{${n}}}`).join(', ')}.`,
      );
    }
    return vars[name];
  });
}

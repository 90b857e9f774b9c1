import type { DescribedField } from './org-catalog';

/** Where a scenario gives a field a value (test data, an edit or create form) or expects it editable. */
export type EnteredAt = 'data' | 'form' | 'editable';

/**
 * Why `field` cannot be entered where the scenario enters it: the org calculates a formula field and numbers an
 * Auto Number, so the API refuses a value for either and no Edit form offers them. Auto Numbers in test data are
 * reported apart (autoNumberWritten: the name field's number can be read back).
 */
export function calculatedFieldEntered(
  object: string,
  field: DescribedField,
  at: EnteredAt,
  where: string,
): string | undefined {
  const what = field.formula
    ? 'a formula field: the org calculates it'
    : field.autoNumber && at !== 'data'
      ? 'an Auto Number: the org numbers each record'
      : undefined;
  if (!what) return undefined;
  const shown = `check what it shows with expect: { values: { ${field.name}: … } }`;
  const fix = {
    data: `the API refuses a value for it. Remove it from the fields of "${where}" and set the fields its formula reads`,
    form: `no Edit form offers it. Remove it from ${where}; ${shown}`,
    editable: `nobody can edit it. List it in readOnly instead, or ${shown}`,
  }[at];
  return `${object}.${field.name} is ${what}, so ${fix}.`;
}

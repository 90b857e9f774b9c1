import { ExpectationError, type StepContext } from './context';

export interface FieldExpectations {
  visible: string[];
  hidden: string[];
  readOnly: string[];
  values: Record<string, string>;
}

// The record page is ready before this runs; a field that should be visible gets this long to render.
const FIELD_APPEARS_WITHIN_MS = 5_000;

/** Checks every listed field and reports all mismatches together. */
export async function expectFields(expected: FieldExpectations, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open)
    throw new Error('Nothing to check yet: add "- open: { record: <data key> }" before this expect step.');
  const { page: recordPage, record } = open;

  const missing = await Promise.all(
    [...new Set([...expected.visible, ...expected.readOnly, ...Object.keys(expected.values)])].map(
      async (apiName) => {
        const shown = await recordPage
          .field(apiName)
          .root.first()
          .waitFor({ timeout: FIELD_APPEARS_WITHIN_MS })
          .then(() => true)
          .catch(() => false);
        return shown ? undefined : apiName;
      },
    ),
  );
  const absent = new Set(missing.filter((name): name is string => name !== undefined));

  const problems: string[] = [];
  const because = async (apiName: string, shown: boolean) => {
    const why = await context.explainField(record.sobject, apiName, shown);
    return why ? ` — ${why}` : '';
  };
  for (const apiName of expected.visible) {
    if (absent.has(apiName)) {
      problems.push(
        `${apiName}: expected visible, but it is not on the page${await because(apiName, false)}`,
      );
    }
  }
  for (const apiName of expected.hidden) {
    const field = recordPage.field(apiName);
    if (await field.isShown()) {
      problems.push(
        `${apiName}: expected hidden, but it is visible (label "${await field.label()}")${await because(apiName, true)}`,
      );
    }
  }
  for (const apiName of expected.readOnly) {
    if (absent.has(apiName)) problems.push(`${apiName}: expected read-only, but it is not on the page`);
    else if (!(await recordPage.field(apiName).isReadOnly())) {
      problems.push(`${apiName}: expected read-only, but it is editable (inline edit is offered)`);
    }
  }
  for (const [apiName, wanted] of Object.entries(expected.values)) {
    if (absent.has(apiName)) {
      problems.push(
        `${apiName}: expected "${wanted}", but it is not on the page${await because(apiName, false)}`,
      );
      continue;
    }
    const seen = await recordPage.field(apiName).shows(wanted);
    if (!seen.matches) problems.push(`${apiName}: expected "${wanted}", but it shows "${seen.text}"`);
  }
  if (problems.length > 0) {
    const { name, user } = context.persona;
    throw new ExpectationError(
      `Persona "${name}" (${user.name}, ${user.username}) on ${record.sobject} ${record.id}:\n` +
        problems.map((problem) => `  - ${record.sobject}.${problem}`).join('\n'),
    );
  }
}

import type { FieldValue } from '../model';
import { didYouMeanNamed } from '../schema/wording';
import { ExpectationError, type StepContext } from './context';
import { checkActions } from './expect-actions';
import type { ExpectCheck, ExpectStepChecks, OpenedPage } from './expect-check';
import { checkEditForm } from './expect-edit-form';
import { checkHighlights, checkSections } from './expect-layout';
import { waitUntilComplete } from './expect-page-complete';
import { checkRelatedLists } from './expect-related-lists';
import { checkShownFields } from './expect-shown-fields';
import { personaName } from './persona-name';
import { recordName } from './record-name';

export { IncompletePageError } from './expect-page-complete';

export interface FieldExpectations extends Omit<ExpectStepChecks, 'values'> {
  values: Record<string, FieldValue>;
}

// How long the page may take to render every field the persona's layout predicts (Lightning renders the
// highlights, each section and each tab separately).
const RENDER_DEADLINE_MS = 15_000;

/**
 * Every kind of check, in the order the persona meets them: the page, its highlights and actions, the
 * Related tab, then the Edit modal (opened, read and cancelled). A new kind adds its check here.
 */
const CHECKS: ExpectCheck[] = [
  checkShownFields,
  checkSections,
  checkHighlights,
  checkActions,
  checkRelatedLists,
  checkEditForm,
];

/**
 * Evaluates every check of one `expect` step and reports every one that did not hold in one failure. Nothing
 * is called absent before the page shows every field the persona's layout and field-level security predict;
 * each finding says why, from the org as the admin.
 */
export async function expectFields(expected: FieldExpectations, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open)
    throw new Error(
      `Nothing to check fields on: ${context.openView ? `the last open step opened a ${context.openView.kind}` : 'no record page is open'}. ` +
        'Add "- open: { record: <data key> }" before this expect step.',
    );
  const { page: recordPage, record } = open;
  const who = `${personaName(context)} on ${recordName(context, record)}`;
  const prediction = await open.prediction;
  const checks: ExpectStepChecks = {
    ...expected,
    values: Object.fromEntries(
      Object.entries(expected.values).map(([field, value]) => [field, String(value)]),
    ),
  };

  const named = [
    ...new Set([
      ...checks.visible,
      ...checks.hidden,
      ...checks.readOnly,
      ...Object.keys(checks.values),
      ...(checks.editable ?? []),
      ...(checks.required ?? []),
      ...Object.keys(checks.offers ?? {}),
      ...(checks.highlights ?? []),
    ]),
  ];
  const unknown = named.filter((apiName) => !prediction.fields.has(apiName));
  if (unknown.length > 0) {
    const fields = [...prediction.fields.values()];
    throw new Error(
      `${who}: ${record.sobject} has no field ${unknown
        .map((apiName) => `"${apiName}".${didYouMeanNamed(apiName, fields)}`)
        .join(' ')} Fields are named by API name, as in Setup > Object Manager.`,
    );
  }

  const deadlineMs = context.renderDeadlineMs ?? RENDER_DEADLINE_MS;
  await waitUntilComplete(recordPage, prediction, who, deadlineMs);
  const opened: OpenedPage = { recordPage, record, prediction, who, context, deadlineMs };
  const problems: string[] = [];
  for (const check of CHECKS) problems.push(...(await check(checks, opened)));
  if (problems.length > 0) {
    throw new ExpectationError(`${who}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

import { expect } from '@playwright/test';
import type { RecordPagePrediction } from '../../fixtures';
import type { RecordPage } from '../../pages/record-page';
import type { FieldValue } from '../model';
import { didYouMean } from '../schema/wording';
import { ExpectationError, type StepContext } from './context';
import { normalise, showsExpected } from './typed-values';

export interface FieldExpectations {
  visible: string[];
  hidden: string[];
  readOnly: string[];
  values: Record<string, FieldValue>;
}

// How long the page may take to render every field the persona's layout predicts (Lightning renders the
// highlights, each section and each tab separately).
const RENDER_DEADLINE_MS = 15_000;

/** Rendering did not finish: no verdict on what is absent can be given. */
export class IncompletePageError extends Error {
  override name = 'IncompletePageError';
}

/**
 * Checks every listed field and reports all mismatches together. A field is only called absent once the
 * page shows every field the persona's layout and field-level security predict; each finding says why.
 */
export async function expectFields(expected: FieldExpectations, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open)
    throw new Error('Nothing to check yet: add "- open: { record: <data key> }" before this expect step.');
  const { page: recordPage, record } = open;
  const { name, user } = context.persona;
  const who = `Persona "${name}" (${user.name}, ${user.username}) on ${record.sobject} ${record.id}`;
  const prediction = await open.prediction;

  const named = [
    ...new Set([
      ...expected.visible,
      ...expected.hidden,
      ...expected.readOnly,
      ...Object.keys(expected.values),
    ]),
  ];
  const unknown = named.filter((apiName) => !prediction.fields.has(apiName));
  if (unknown.length > 0) {
    const fields = [...prediction.fields.keys()];
    throw new Error(
      `${who}: ${record.sobject} has no field ${unknown
        .map((apiName) => `"${apiName}".${didYouMean(apiName, fields)}`)
        .join(' ')} Fields are named by API name, as in Setup > Object Manager.`,
    );
  }

  await waitUntilComplete(recordPage, prediction, who, context.renderDeadlineMs ?? RENDER_DEADLINE_MS);

  const problems: string[] = [];
  const because = async (apiName: string, shown: boolean) =>
    ` — ${await why(apiName, shown, prediction, context)}`;
  const shownNow = new Set(await recordPage.shownFields());
  for (const apiName of expected.visible) {
    if (!shownNow.has(apiName)) {
      problems.push(
        `${apiName}: expected visible, but it is not on the page${await because(apiName, false)}`,
      );
    }
  }
  for (const apiName of expected.hidden) {
    if (shownNow.has(apiName)) {
      const label = await recordPage.field(apiName).label();
      problems.push(
        `${apiName}: expected hidden, but it is visible (label "${label}")${await because(apiName, true)}`,
      );
    }
  }
  for (const apiName of expected.readOnly) {
    if (!shownNow.has(apiName)) {
      problems.push(
        `${apiName}: expected read-only, but it is not on the page${await because(apiName, false)}`,
      );
    } else if (!(await recordPage.field(apiName).isReadOnly())) {
      problems.push(`${apiName}: expected read-only, but it is editable (inline edit is offered)`);
    }
  }
  for (const [apiName, wanted] of Object.entries(expected.values)) {
    if (!shownNow.has(apiName)) {
      problems.push(
        `${apiName}: expected "${wanted}", but it is not on the page${await because(apiName, false)}`,
      );
      continue;
    }
    const field = recordPage.field(apiName);
    const described = prediction.fields.get(apiName);
    const text = await field.text();
    const checked = described?.type === 'boolean' ? await field.checked() : undefined;
    if (described && !showsExpected(described, wanted, { text, checked }, prediction.locale)) {
      const seen = checked === undefined ? `"${text}"` : String(checked);
      problems.push(`${apiName}: expected ${JSON.stringify(wanted)}, but it shows ${seen}`);
    }
  }
  if (problems.length > 0) {
    throw new ExpectationError(
      `${who}:\n${problems.map((problem) => `  - ${record.sobject}.${normalise(problem)}`).join('\n')}`,
    );
  }
}

/** Waits until every field the org predicts is rendered; past the deadline, names the ones still missing. */
async function waitUntilComplete(
  recordPage: RecordPage,
  prediction: RecordPagePrediction,
  who: string,
  deadlineMs: number,
) {
  if (prediction.unavailable || prediction.visible.length === 0) {
    // No prediction: the page's own signals (record home, highlights, first item, no spinner left) must do.
    await recordPage.waitUntilReady();
    try {
      await expect.poll(() => recordPage.isLoading(), { timeout: deadlineMs }).toBe(false);
    } catch {
      throw new IncompletePageError(
        `${who}: the page was still loading after ${deadlineMs / 1000} s (a spinner shows), and what it must ` +
          `show could not be predicted (${prediction.unavailable ?? 'no layout fields'}), so no verdict is given`,
      );
    }
    return;
  }
  let missing: string[] = prediction.visible;
  try {
    await expect
      .poll(
        async () => {
          const shown = new Set(await recordPage.shownFields());
          missing = prediction.visible.filter((apiName) => !shown.has(apiName));
          return missing;
        },
        { timeout: deadlineMs, intervals: [100, 250, 500] },
      )
      .toEqual([]);
  } catch {
    const layout = prediction.layout;
    throw new IncompletePageError(
      `${who}: the page did not finish rendering within ${deadlineMs / 1000} s: still missing ` +
        `${missing.join(', ')} (the layout "${layout?.name}" for profile "${layout?.profile}" places them and ` +
        'field-level security lets the persona read them), so no verdict on hidden fields is given',
    );
  }
}

/** Why a field is or is not shown: field-level security, the page layout, or a rendering fault. */
async function why(
  apiName: string,
  shown: boolean,
  prediction: RecordPagePrediction,
  context: StepContext,
): Promise<string> {
  const layout = prediction.layout;
  const onLayout = layout?.fields.includes(apiName);
  const readable = prediction.readable.has(apiName);
  const layoutName = layout ? `the page layout "${layout.name}" assigned to profile "${layout.profile}"` : '';
  // Worded for a readable field as "grants Read via …", for an unreadable one as "hides it: …".
  const security = (await context.explainField(prediction.sobject, apiName, readable)) ?? '';
  if (shown) {
    if (layout && (!onLayout || !readable)) {
      const hidden = !readable ? security : `${layoutName} does not place it`;
      return `rendering fault: the org says it should not show (${hidden}), yet the page renders it`;
    }
    return [security, layout ? `${layoutName} places it` : ''].filter(Boolean).join('; ');
  }
  if (!readable) return security;
  if (layout && !onLayout) return `${layoutName} does not place it (${security})`;
  if (layout)
    return `rendering fault: ${layoutName} places it and the persona may read it, but the page did not render it`;
  return (
    security || (prediction.unavailable ? `the layout could not be predicted: ${prediction.unavailable}` : '')
  );
}

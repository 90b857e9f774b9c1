import { test } from '@playwright/test';
import type { CreatedRecord } from '../../fixtures';
import type { RecordEditModal } from '../../pages/record-edit-modal';
import { readOtherTabs } from '../../pages/record-other-tabs';
import { NoEditAction, RecordPage, RecordPageError } from '../../pages/record-page';
import type { FieldAccessStep } from '../model';
import {
  MATRIX_COLUMN_ATTACHMENT,
  type MatrixCell,
  type MatrixColumn,
  markdownTable,
  mismatches,
} from '../reporters/access-matrix-table';
import { didYouMeanNamed } from '../schema/wording';
import { ExpectationError, type StepContext } from './context';
import { openEditModal } from './edit-modal';
import type { OpenedPage } from './expect-check';
import { whyNoEditAction, whyReadOnly } from './expect-edit-reasons';
import { IncompletePageError, waitUntilComplete } from './expect-page-complete';
import { unreadTabs, why } from './expect-shown-fields';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { recordRefusal } from './record-refusal';

const RENDER_DEADLINE_MS = 15_000;

/**
 * One persona's column of a matrix: opens the record, waits until the page shows everything the persona's
 * layout and field-level security predict, then reads each field's access — hidden (not on the page), edit
 * (the Edit modal has an input for it) or read — and attaches the column for the run's matrix table. All
 * cells are read before any verdict; every cell that differs is reported with its evidence.
 */
export async function checkFieldAccess(step: FieldAccessStep, context: StepContext): Promise<void> {
  const record = context.records.get(step.record);
  if (!record)
    throw new Error(
      `No test record "${step.record}" was created (data keys: ${[...context.records.keys()]}).`,
    );
  const { name } = context.persona;
  const named = recordName(context, record);
  const who = `${personaName(context)} on ${named}`;
  const fields = Object.keys(step.expected);
  const column: MatrixColumn = {
    matrix: step.matrix,
    persona: name,
    record: named,
    cells: fields.map((field) => ({ field, expected: step.expected[field] })),
  };
  try {
    await readColumn(column.cells, record, context, who);
  } finally {
    // The JSON joins the run's table (access-matrix-reporter.ts); the markdown is this persona's column to read.
    await test.info().attach(MATRIX_COLUMN_ATTACHMENT, {
      body: JSON.stringify(column),
      contentType: 'application/json',
    });
    const differences = mismatches([column]).map((line) => `- ${line}`);
    await test.info().attach(`access of ${name}: expected vs seen`, {
      body: [markdownTable([column]), '', ...differences, ''].join('\n'),
      contentType: 'text/markdown',
    });
  }
  const wrong = column.cells.filter((cell) => cell.seen !== cell.expected);
  if (wrong.length > 0) {
    throw new ExpectationError(
      `${who}: access differs from the matrix "${step.matrix}" in ${wrong.length} of ${fields.length} field(s):\n` +
        wrong
          .map(
            (cell) =>
              `  - ${record.sobject}.${cell.field}: expected ${cell.expected}, but it is ${cell.seen} — ${cell.why}`,
          )
          .join('\n') +
        `\n${markdownTable([column])}`,
    );
  }
}

async function readColumn(
  cells: MatrixCell[],
  record: CreatedRecord,
  context: StepContext,
  who: string,
): Promise<void> {
  const page = new RecordPage(context.page, record.sobject);
  const prediction = context.predictPage(record.sobject, record.id);
  prediction.catch(() => undefined);
  try {
    await explainingTimeouts(
      context.page,
      `${who}: the record page (its record home with highlights and a first field, or Lightning's refusal)`,
      "the page shows neither as looked for (a refusal whose markup is not Lightning's record error, or a page that is not a record page), or it loads slower than the page's timeout",
      () => page.open(record.id),
    );
  } catch (error) {
    if (!(error instanceof RecordPageError)) throw error;
    const refusal = await recordRefusal(error.message, record, context);
    if (!refusal.noAccess) {
      // Not read: the table shows these cells as not checked, with the reason.
      for (const cell of cells) cell.why = refusal.why;
      throw new Error(`${who}: the fields' access cannot be read: ${refusal.why}.`);
    }
    for (const cell of cells) Object.assign(cell, { seen: 'hidden', why: refusal.why });
    return;
  }
  context.openRecord = { page, record, prediction };
  context.touched?.(record, 'opened');
  const described = await prediction;
  const fields = cells.map((cell) => cell.field);
  const unknown = fields.filter((field) => !described.fields.has(field));
  if (unknown.length > 0) {
    const known = [...described.fields.values()];
    throw new Error(
      `${who}: ${record.sobject} has no field ${unknown.map((field) => `"${field}".${didYouMeanNamed(field, known)}`).join(' ')} ` +
        'Fields are named by API name, as in Setup > Object Manager.',
    );
  }
  // No cell is read before the page shows every field the org predicts for the persona.
  const deadlineMs = context.renderDeadlineMs ?? RENDER_DEADLINE_MS;
  await waitUntilComplete(page, described, who, deadlineMs);
  const opened: OpenedPage = { recordPage: page, record, prediction: described, who, context, deadlineMs };
  const shown = new Set(await page.shownFields());
  // A field the selected tab does not show may be on another tab: it is hidden only if no tab shows it.
  if (fields.some((field) => !shown.has(field))) {
    const otherTabs = await readOtherTabs(page, deadlineMs);
    for (const field of otherTabs.fields.keys()) shown.add(field);
    const unknown = fields.filter((field) => !shown.has(field));
    if (otherTabs.unread.length > 0 && unknown.length > 0) {
      throw new IncompletePageError(
        `${who}: the tab the page opens on does not show ${unknown.join(', ')}, but ${unreadTabs(otherTabs.unread, deadlineMs)}, so whether they are hidden is not known`,
      );
    }
  }
  const form = await editForm(
    opened,
    fields.filter((field) => shown.has(field)),
  );

  for (const cell of cells) {
    const { field } = cell;
    if (!shown.has(field)) {
      Object.assign(cell, {
        seen: 'hidden',
        why: `not on the page: ${await why(field, false, described, context)}`,
      });
    } else if (form.editable.has(field)) {
      const via = described.grants?.fields.get(field)?.edit ?? [];
      const grant = via.length > 0 ? `; field-level security grants Edit via ${via.join(', ')}` : '';
      Object.assign(cell, { seen: 'edit', why: `the Edit form has an input for it${grant}` });
    } else {
      const reason = form.noEditAction ?? `the Edit form has no input for it: ${whyReadOnly(field, opened)}`;
      Object.assign(cell, { seen: 'read', why: `shown, but ${reason}` });
    }
  }
}

/** Which shown fields the Edit form lets the persona change; opened once through Edit, read, cancelled. */
async function editForm(
  opened: OpenedPage,
  fields: string[],
): Promise<{ editable: Set<string>; noEditAction?: string }> {
  const editable = new Set<string>();
  if (fields.length === 0) return { editable };
  let modal: RecordEditModal;
  try {
    // No cell is read as "read" before the form shows every field the org predicts for the persona.
    modal = await openEditModal({ page: opened.context.page, ...opened });
  } catch (error) {
    if (!(error instanceof NoEditAction)) throw error;
    return { editable, noEditAction: `${error.message} — ${whyNoEditAction(opened)}` };
  }
  try {
    for (const field of fields) if ((await modal.fieldState(field)).editable) editable.add(field);
    return { editable };
  } finally {
    await modal.cancel();
  }
}

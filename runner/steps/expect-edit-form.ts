import type { RecordEditModal } from '../../pages/record-edit-modal';
import { NoEditAction } from '../../pages/record-page';
import { quoteList } from '../schema/wording';
import { openEditModal } from './edit-modal';
import type { ExpectCheck, OpenedPage } from './expect-check';
import { whyNoEditAction, whyNotRequired, whyReadOnly } from './expect-edit-reasons';
import { offerProblems } from './expect-offers';
import { why } from './expect-shown-fields';

/**
 * editable, required and offers, as the Edit modal shows them: it is opened through the Edit action, read and
 * cancelled without saving. readOnly keeps its meaning on the record page (no inline edit).
 */
export const checkEditForm: ExpectCheck = async (expected, opened) => {
  const editable = expected.editable ?? [];
  const required = expected.required ?? [];
  const offers = Object.entries(expected.offers ?? {});
  if (editable.length + required.length + offers.length === 0) return [];
  const { recordPage, record, context } = opened;
  const object = record.sobject;
  const dynamicForms = await recordPage.hasDynamicForms();
  let modal: RecordEditModal;
  try {
    modal = await openEditModal({ page: context.page, ...opened });
  } catch (error) {
    if (!(error instanceof NoEditAction)) throw error;
    const reason = `${error.message} — ${whyNoEditAction(opened)}`;
    return [
      ...editable.map((field) => `${object}.${field}: expected editable, but ${reason}`),
      ...required.map((field) => `${object}.${field}: expected required, but ${reason}`),
      ...offers.map(([field]) => `${object}.${field}: expected to offer values, but ${reason}`),
    ];
  }
  try {
    const problems = await readForm(modal, expected, opened);
    return dynamicForms ? problems.map((problem) => `${problem} ${FROM_LAYOUT_MODAL}`) : problems;
  } finally {
    await modal.cancel();
  }
};

/**
 * The record page's Edit action opens the edit record page in a modal built from the object's page layout
 * (docs/salesforce-facts.md, Dynamic Forms record pages), whatever fields a Dynamic Forms page places.
 */
const FROM_LAYOUT_MODAL =
  '(read from the Edit modal, which follows the page layout, not the Dynamic Forms page)';

async function readForm(
  modal: RecordEditModal,
  expected: Parameters<ExpectCheck>[0],
  opened: OpenedPage,
): Promise<string[]> {
  const { record, prediction, context } = opened;
  const problems: string[] = [];
  const absent = async (field: string, wanted: string) =>
    `${field}: expected ${wanted}, but the Edit modal does not show it — ${await why(field, false, prediction, context, 'editModal')}`;
  const states = new Map<string, Awaited<ReturnType<RecordEditModal['fieldState']>>>();
  const stateOf = async (field: string) => {
    const known = states.get(field) ?? (await modal.fieldState(field));
    states.set(field, known);
    return known;
  };
  for (const field of expected.editable ?? []) {
    const state = await stateOf(field);
    if (!state.shown) problems.push(await absent(field, 'editable'));
    else if (!state.editable)
      problems.push(
        `${field}: expected editable, but the Edit modal shows it read-only (no input) — ${whyReadOnly(field, opened)}`,
      );
  }
  for (const field of expected.required ?? []) {
    const state = await stateOf(field);
    if (!state.shown) problems.push(await absent(field, 'required'));
    else if (!state.editable)
      problems.push(
        `${field}: expected required, but the Edit modal shows it read-only, with nothing to fill in — ${whyReadOnly(field, opened)}`,
      );
    else if (!state.required)
      problems.push(
        `${field}: expected required, but the Edit modal does not mark it required — ${whyNotRequired(field, opened)}`,
      );
  }
  for (const [field, values] of Object.entries(expected.offers ?? {})) {
    const type = prediction.fields.get(field)?.type;
    if (type && type !== 'picklist' && type !== 'multipicklist') {
      problems.push(
        `${field}: expected to offer ${quoteList(values)}, but it is a ${type} field, not a picklist`,
      );
      continue;
    }
    const state = await stateOf(field);
    if (!state.shown) problems.push(await absent(field, `to offer ${quoteList(values)}`));
    else if (!state.editable)
      problems.push(
        `${field}: expected to offer ${quoteList(values)}, but the Edit modal shows it read-only, offering nothing — ${whyReadOnly(field, opened)}`,
      );
    else problems.push(...offerProblems(field, values, await modal.offeredValues(field), prediction));
  }
  return problems.map((problem) => `${record.sobject}.${problem}`);
}

import type { CreatedRecord, RecordPagePrediction } from '../../fixtures';
import { pendingApprover } from '../../fixtures/approval-diagnosis';
import { soqlString } from '../../fixtures/persona-capability';
import { FieldNotEditable, type RecordEditModal } from '../../pages/record-edit-modal';
import { EditRefused, NoEditAction } from '../../pages/record-page';
import { Toasts } from '../../pages/toast';
import type { EditStep } from '../model';
import { changedOnPage, ExpectationError, type StepContext } from './context';
import { openEditModal } from './edit-modal';
import { whyNoEditAction, whyReadOnly } from './expect-edit-reasons';
import { why } from './expect-shown-fields';
import { refusalSource, whyNotRefused } from './org-reasons';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { shownErrors } from './save-errors';
import { forgetToasts, rememberToasts } from './seen-toasts';
import { typedIntoForm } from './typed-into-form';

/** Edits the record last opened through its Edit modal, as the persona; automation runs as them. */
export async function editRecord(step: Omit<EditStep, 'kind'>, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open) {
    throw new Error('Nothing to edit yet: add "- open: { record: <data key> }" before this edit step.');
  }
  const { page: recordPage, record } = open;
  const on = recordName(context, record);
  const who = personaName(context);
  const typed = await typedIntoForm(context, record.sobject, step.fields);
  let modal: RecordEditModal;
  // Earlier toasts are closed first, so that the one remembered after Save is this save's.
  forgetToasts(context.page);
  await new Toasts(context.page).dismissAll();
  try {
    modal = await openEditModal({
      page: context.page,
      recordPage,
      prediction: open.prediction.catch(() => undefined),
      who: `${who} on ${on}`,
      deadlineMs: deadlineMs(context),
    });
    for (const [field, value] of Object.entries(typed)) await modal.set(field, value);
  } catch (error) {
    if (error instanceof EditRefused) {
      if (step.expectError && error.message.includes(step.expectError)) return;
      const expected = step.expectError ? `, not with "${step.expectError}"` : '';
      throw new ExpectationError(
        `${who} cannot edit ${on}: Edit was refused${expected} — Salesforce said "${error.message}"` +
          `${await whyEditRefused(context, record.id)}.`,
      );
    }
    if (error instanceof FieldNotEditable || error instanceof NoEditAction) {
      const prediction = await open.prediction.catch(() => undefined);
      const because = prediction ? await whyNotEditable(error, { record, prediction }, context) : undefined;
      throw new ExpectationError(
        `${who} cannot edit ${on}: ${because ?? (await namingRecordType(context, record, error.message))}`,
      );
    }
    throw error;
  }
  const outcome = await modal.save();
  if (outcome.saved) {
    changedOnPage(context, record, 'edited');
    // An edit of the name field renames the record: later failures name it by the name the persona gave.
    const renamed = record.name ? step.fields[record.name.field] : undefined;
    if (record.name && typeof renamed === 'string' && renamed !== '')
      record.name = { field: record.name.field, value: renamed };
  }

  if (step.expectError) {
    if (outcome.saved) {
      throw new ExpectationError(
        `${who} saved ${on}, but the save was expected to be refused with "${step.expectError}"` +
          `${await whyNotRefused(context.org, record.sobject, step.expectError)}.`,
      );
    }
    await modal.cancel();
    if (!outcome.errors.some((error) => error.includes(step.expectError as string))) {
      throw new ExpectationError(
        `${who}: the save of ${on} was refused${await refusalSource(context.org, record.sobject, outcome.errors)}, ` +
          `but not with "${step.expectError}". Salesforce said: ${shownErrors(outcome)}`,
      );
    }
    return;
  }
  if (!outcome.saved) {
    throw new ExpectationError(
      `${who} could not save ${on}: the save was refused${await refusalSource(context.org, record.sobject, outcome.errors)}: ` +
        shownErrors(outcome),
    );
  }
  // The toast the save shows, for an expect: { toast } after this step.
  await rememberToasts(context.page);
  await recordPage.waitUntilReady();
}

const RENDER_DEADLINE_MS = 15_000;
const deadlineMs = (context: StepContext) => context.renderDeadlineMs ?? RENDER_DEADLINE_MS;

const RECORD_TYPE = "for this record's record type";

/** A picklist refusal names the record's record type, read as the admin (none: the object has no record types). */
async function namingRecordType(
  context: StepContext,
  record: CreatedRecord,
  message: string,
): Promise<string> {
  if (!context.org || !message.includes(RECORD_TYPE)) return message;
  const query = `SELECT RecordType.DeveloperName, RecordType.Name FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`;
  const rows = await context.org.conn
    .query<{ RecordType: { DeveloperName: string; Name: string } | null }>(query)
    .then(
      (result) => result.records,
      () => [],
    );
  const type = rows[0]?.RecordType;
  return type
    ? message.replace(RECORD_TYPE, `${RECORD_TYPE} "${type.Name}" (${type.DeveloperName})`)
    : message;
}

/**
 * What the page showed, with the org's reason: the persona's object permission, the record's sharing or the
 * layout's actions for a page without Edit; the layout and field-level security for a field the modal leaves out
 * or shows read-only. Undefined for what the page alone explains (a value the input does not offer).
 */
async function whyNotEditable(
  error: FieldNotEditable | NoEditAction,
  opened: { record: CreatedRecord; prediction: RecordPagePrediction },
  context: StepContext,
): Promise<string | undefined> {
  if (error instanceof NoEditAction) return `${error.message} — ${whyNoEditAction(opened)}`;
  const field = error.field;
  if (!field) return undefined;
  const { sobject } = opened.record;
  if (field.seen === 'readOnly')
    return `${sobject}.${field.apiName} is read-only for this persona: the Edit modal shows its value but has no input for it — ${whyReadOnly(field.apiName, opened)}`;
  return `${sobject}.${field.apiName} is not in the Edit modal — ${await why(field.apiName, false, opened.prediction, context, 'editModal')}`;
}

/** A record Lightning will not open for editing is, on Salesforce, one an approval request has locked. */
async function whyEditRefused(context: StepContext, recordId: string): Promise<string> {
  if (!context.org) return '';
  const approver = await pendingApprover(context.org, recordId).catch(() => undefined);
  return approver ? `; the record is locked: its approval request is pending with ${approver}` : '';
}

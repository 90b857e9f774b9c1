import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { readShownName } from '../../fixtures/shown-record-name';
import { NewRecordAction, NewRecordRefused } from '../../pages/new-record';
import { FieldNotEditable, type RecordEditModal } from '../../pages/record-edit-modal';
import { RecordPage } from '../../pages/record-page';
import type { CreateStep } from '../model';
import { ExpectationError, leftThePage, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import {
  createPermissionReason,
  profileRecordTypes,
  recordTypeLabels,
  recordTypeReason,
  refusalSource,
  whyNotRefused,
} from './org-reasons';
import { personaName } from './persona-name';
import { createdByStep, recordName } from './record-name';
import { shownErrors } from './save-errors';
import { forgetToasts, rememberToasts } from './seen-toasts';
import { typedIntoForm } from './typed-into-form';

/**
 * Creates a record through the object's New action as the persona: the record type step, the fields, Save.
 * The created record becomes the opened one (Lightning shows it), is named by `record` for later steps and is
 * deleted after the run with the test data.
 */
export async function createRecord(step: Omit<CreateStep, 'kind'>, context: StepContext): Promise<void> {
  const { sobject } = step;
  const who = personaName(context);
  const typed = await typedIntoForm(context, sobject, step.fields);
  const action = new NewRecordAction(context.page, sobject);
  // The New action is a page of its own: what was open before is not, even when the save is refused.
  leftThePage(context);
  forgetToasts(context.page);
  let shown: 'recordType' | 'form';
  try {
    shown = await explainingTimeouts(
      context.page,
      `${who}: the New action of ${sobject} showing its record type step or its form`,
      'the page kept a spinner, or the object has an override of New',
      () => action.start(),
    );
  } catch (error) {
    if (!(error instanceof NewRecordRefused)) throw error;
    throw new ExpectationError(
      `${who} cannot create ${sobject}: the New action shows "${error.message}" instead of a form — ` +
        (context.org
          ? `${await createPermissionReason(context.org, context.persona.user.id, sobject)}.`
          : 'the org could not be asked why.'),
    );
  }

  const labels = context.org ? await recordTypeLabels(context.org, sobject) : new Map<string, string>();
  const wanted = step.recordType ? (labels.get(step.recordType) ?? step.recordType) : undefined;
  let modal: RecordEditModal = action.form;
  if (shown === 'recordType') {
    const offered = await action.offeredRecordTypes();
    if (wanted && !offered.includes(wanted)) {
      await action.cancelRecordTypeStep().catch(() => undefined);
      throw new ExpectationError(
        `${who} cannot create ${sobject} with record type ${step.recordType} ("${wanted}"): the New action ` +
          `offers ${offered.map((label) => `"${label}"`).join(', ')} — ${await whyNotOffered(step, context)}.`,
      );
    }
    modal = await action.chooseRecordType(wanted);
  } else if (step.recordType) {
    await onlyRecordTypeAvailable(step, context, who, wanted, modal);
  }

  for (const [field, value] of Object.entries(typed)) {
    try {
      await modal.set(field, value);
    } catch (error) {
      if (!(error instanceof FieldNotEditable)) throw error;
      // Shown without an input (read-only), or not in the form at all (layout or field-level security).
      const inForm = error.field?.seen !== 'absent';
      const reason = await context.explainField(sobject, field, inForm);
      await modal.cancel().catch(() => undefined);
      throw new ExpectationError(
        `${who} cannot create ${sobject}: ${error.message.replace('the Edit modal', 'the New form')}` +
          (reason ? ` — ${reason}` : ''),
      );
    }
  }
  const outcome = await modal.save();

  if (!outcome.saved) {
    const source = await refusalSource(context.org, sobject, outcome.errors);
    const said = shownErrors(outcome);
    await modal.cancel();
    if (!step.expectError) {
      throw new ExpectationError(
        `${who} could not create ${sobject}: the save was refused${source}: ${said}`,
      );
    }
    if (step.expectErrorOn) {
      const under = outcome.fieldErrors.find((each) => each.field === step.expectErrorOn)?.message;
      if (!(under ?? '').includes(step.expectError)) {
        throw new ExpectationError(
          `${who}: creating ${sobject} was refused${source}, but "${step.expectError}" does not show under ` +
            `${step.expectErrorOn}: it shows ${under ? `"${under}"` : 'no error'} there. ` +
            `Salesforce said: ${said} — a validation rule shows its error under its error location field, or at the top of the form.`,
        );
      }
      return;
    }
    if (!outcome.errors.some((text) => text.includes(step.expectError as string))) {
      throw new ExpectationError(
        `${who}: creating ${sobject} was refused${source}, but not with "${step.expectError}". Salesforce said: ${said}`,
      );
    }
    return;
  }

  const id = await action.createdId();
  const record: CreatedRecord = { sobject, id };
  context.trackCreated?.(record);
  context.touched?.(record, 'created');
  createdByStep(record);
  if (step.record) context.records.set(step.record, record);
  // Read back from the org, as for test data: the org may give the name (an Auto Number such as CaseNumber).
  if (context.org)
    record.name = await readShownName(context.org, sobject, id, { given: step.fields, read: 'autoNumber' });
  if (step.expectError) {
    throw new ExpectationError(
      `${who} created ${recordName(context, record)}, but the save was expected to be refused with "${step.expectError}"` +
        `${await whyNotRefused(context.org, sobject, step.expectError)}.`,
    );
  }
  await rememberToasts(context.page);
  await checkRecordType(step, context, who, record, wanted);

  const page = new RecordPage(context.page, sobject);
  const prediction = context.predictPage(sobject, id);
  prediction.catch(() => undefined);
  await page.waitUntilReady();
  context.openRecord = { page, record, prediction };
}

/** Without a record type step the persona has one record type: the created record must have the one asked. */
async function checkRecordType(
  step: Omit<CreateStep, 'kind'>,
  context: StepContext,
  who: string,
  record: CreatedRecord,
  wanted: string | undefined,
): Promise<void> {
  if (!step.recordType || !context.org) return;
  const rows = await context.org.conn.query<{ RecordType: { DeveloperName: string } | null }>(
    `SELECT RecordType.DeveloperName FROM ${step.sobject} WHERE Id = '${record.id}'`,
  );
  const got = rows.records[0]?.RecordType?.DeveloperName;
  if (got === step.recordType) return;
  throw new ExpectationError(
    `${who} created ${recordName(context, record)} with record type ${got ?? 'none'}, not ${step.recordType} ("${wanted}"): ` +
      `the New action offered no record type step — ${await whyNotOffered(step, context)}.`,
  );
}

/**
 * The New action opened the form without asking: right for a step that names a record type only when it is the
 * persona's one record type, which Salesforce then gives the record without a step. Otherwise it fails before
 * anything is saved with another record type.
 */
async function onlyRecordTypeAvailable(
  step: Omit<CreateStep, 'kind'>,
  context: StepContext,
  who: string,
  wanted: string | undefined,
  form: RecordEditModal,
): Promise<void> {
  const recordType = step.recordType ?? '';
  let why: string | undefined;
  try {
    why = context.org
      ? await whyFormWithoutStep(context.org, context.persona.user.id, step.sobject, recordType)
      : 'the org could not be asked whether it is their only record type';
  } catch (error) {
    why = `the org could not say why (${(error as Error).message})`;
  }
  if (why === undefined) return;
  await form.cancel().catch(() => undefined);
  throw new ExpectationError(
    `${who} cannot create ${step.sobject} with record type ${recordType} ("${wanted}"): the New action opened ` +
      `the form without the record type step — ${why}.`,
  );
}

/** Why New gave no choice of `recordType`; undefined when it is the user's only one. */
async function whyFormWithoutStep(
  org: OrgConnection,
  userId: string,
  sobject: string,
  recordType: string,
): Promise<string | undefined> {
  const types = await profileRecordTypes(org, userId, sobject);
  if (!types) return 'the org could not say why (the user was not found)';
  if (types.available.length === 1 && types.available[0] === recordType) return undefined;
  if (!types.available.includes(recordType)) return recordTypeReason(org, userId, sobject, recordType);
  return (
    `the profile "${types.profile}" makes ${types.available.join(', ')} available, so the New action should ask — ` +
    `New may be overridden, or the persona's "Record Type Selection" setting skips the step for their default (unconfirmed)`
  );
}

async function whyNotOffered(step: Omit<CreateStep, 'kind'>, context: StepContext): Promise<string> {
  if (!context.org || !step.recordType) return 'the org could not be asked why';
  return recordTypeReason(context.org, context.persona.user.id, step.sobject, step.recordType);
}

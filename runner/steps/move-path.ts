import { RecordPath, StageNotOffered } from '../../pages/record-path';
import { readUntil } from '../../pages/render-polling';
import { type ShownToast, Toasts } from '../../pages/toast';
import type { PathStep } from '../model';
import { changedOnPage, ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { refusalSource, whyNotRefused } from './org-reasons';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { forgetToasts, rememberToasts, toastsSeen } from './seen-toasts';

/**
 * Moves the opened record along its Path as the persona: "Mark Stage as Complete", a chosen stage then
 * "Mark as Current Stage", or a closed stage through the closed-stage dialog. Path saves at once and answers
 * with a toast: success, or an error toast carrying the refusal (a validation rule, a restricted value).
 */
export async function movePath(step: Omit<PathStep, 'kind'>, context: StepContext): Promise<void> {
  const open = context.openRecord;
  if (!open) throw new Error('No record to move along its Path: add "- open: { record: <data key> }" first.');
  const { record } = open;
  const who = personaName(context);
  const on = recordName(context, record);
  const path = new RecordPath(context.page);
  await explainingTimeouts(
    context.page,
    `${who}: Path on ${on} showing its stages`,
    'the record page has no Path for this object and record type, or it kept a spinner',
    () => path.waitUntilShown(),
  );
  const before = await path.current();
  const asked =
    step.action === 'complete'
      ? `mark the current stage "${before}" as complete`
      : step.action === 'select'
        ? `make "${step.stage}" the current stage`
        : `close as "${step.stage}"`;
  forgetToasts(context.page);
  await new Toasts(context.page).dismissAll();
  try {
    if (step.action === 'complete') await path.markStageComplete();
    else if (step.action === 'select') {
      await path.choose(step.stage as string);
      await path.markAsCurrentStage();
    } else await path.close(step.stage as string);
  } catch (error) {
    if (!(error instanceof StageNotOffered)) throw error;
    throw new ExpectationError(
      `${who} cannot ${asked} on ${on}: ${error.message} — Path shows the stages of the record's record type ` +
        '(its picklist values for the stage field).',
    );
  }
  // Path answers with a toast, or, when the next stage is a closed one, with its closed-stage dialog.
  const answered = new AbortController();
  const closedStages = await Promise.race([
    new Toasts(context.page).awaitAny(ANSWER_MS, answered.signal).then(() => undefined),
    path.closedStageDialog(ANSWER_MS, answered.signal),
  ]).finally(() => answered.abort());
  if (step.action === 'complete' && closedStages) {
    await path.cancelClosedStageDialog();
    throw new ExpectationError(
      `${who} cannot ${asked} on ${on} with "Mark Stage as Complete" alone: it is the last open stage, and Path ` +
        `asks for the closed stage in its dialog (offering ${closedStages.join(', ')}). ` +
        `Write path: { close: ${closedStages[0] ?? 'Closed Won'} } instead.`,
    );
  }
  await rememberToasts(context.page);
  const toasts = await toastsSeen(context.page);
  const errors = toasts.filter((toast) => toast.kind === 'error').map(text);
  // Path saves and the record page renders again: the steps after this one find it ready.
  await path.waitUntilShown();
  await open.page.waitUntilReady();
  const moved = (stage: string | undefined) =>
    step.action === 'complete' ? stage !== before : stage === step.stage;
  // Lightning may render the new current stage after the toast that answered; a refused change moves nothing.
  const after =
    errors.length === 0 ? await readUntil(() => path.current(), moved, ANSWER_MS) : await path.current();
  if (errors.length === 0 && after !== before) changedOnPage(context, record, 'edited');

  if (step.expectError) {
    if (errors.length === 0) {
      throw new ExpectationError(
        `${who}: "${asked}" on ${on} was expected to be refused with "${step.expectError}", but it was saved ` +
          `(stage now "${after}"; toast: ${toasts.map(text).join(' | ') || 'none'})` +
          `${await whyNotRefused(context.org, record.sobject, step.expectError)}.`,
      );
    }
    if (!errors.some((error) => error.includes(step.expectError as string))) {
      throw new ExpectationError(
        `${who}: "${asked}" on ${on} was refused${await refusalSource(context.org, record.sobject, errors)}, ` +
          `but not with "${step.expectError}". Salesforce said: ${errors.join(' | ')}`,
      );
    }
    return;
  }
  if (errors.length > 0) {
    throw new ExpectationError(
      `${who} could not ${asked} on ${on}: Path refused the change` +
        `${await refusalSource(context.org, record.sobject, errors)}: ${errors.join(' | ')} (stage still "${after}").`,
    );
  }
  // A change is proven by the stage Path shows afterwards, never assumed from a missing error.
  if (!moved(after)) {
    throw new ExpectationError(
      `${who} could not ${asked} on ${on}: Path shows "${after}" as current ${ANSWER_MS / 1000} s after it ` +
        `answered, and no error toast said why (toasts: ${toasts.map(text).join(' | ') || 'none'}).`,
    );
  }
}

// How long Path may take to answer a stage change with a toast or its closed-stage dialog.
const ANSWER_MS = 15_000;

function text(toast: ShownToast): string {
  return [toast.title, toast.message].filter(Boolean).join(' ');
}

import { explainMissingRequest, explainNoApprovalProcess } from '../../fixtures/approval-diagnosis';
import { ActionDialog } from '../../pages/action-dialog';
import { ApprovalHistory } from '../../pages/approval-history';
import { ItemsToApprove } from '../../pages/items-to-approve';
import { locators } from '../../pages/locators';
import { clickRecordAction } from '../../pages/record-actions';
import type { ApprovalDecisionStep, RecallStep, SubmitForApprovalStep } from '../model-approvals';
import { openedRecord, recordNameOf, who } from './approval-support';
import { ExpectationError, leftThePage, type StepContext } from './context';
import { judgedAs } from './incomplete-parts';

/** "Submit for Approval" on the record last opened, with the comment; Salesforce's refusal is explained. */
export async function submitForApproval(
  step: Omit<SubmitForApprovalStep, 'kind'>,
  context: StepContext,
): Promise<void> {
  const { page: recordPage, record } = openedRecord(context, 'submitForApproval');
  const persona = who(context);
  const clicked = await judgedAs(`${persona} on ${record.sobject} ${record.id}`, () =>
    clickRecordAction(recordPage.root, locators.approvals.submitAction),
  );
  if (!clicked) {
    throw new ExpectationError(
      `${persona}: ${record.sobject} ${record.id} offers no "Submit for Approval" action, neither in the actions ribbon nor in "Show more actions" — it is not on the persona's page layout.`,
    );
  }
  const dialog = new ActionDialog(context.page, 'Submit for Approval');
  await dialog.waitUntilOpen();
  if (step.comment) await dialog.comment(step.comment);
  const reloaded = context.page.waitForEvent('load').catch(() => undefined);
  const outcome = await dialog.press('Submit');
  if (outcome.done) {
    context.touched?.(record, 'submitted for approval');
    await reloaded;
    await recordPage.waitUntilReady();
    if (step.expectError) {
      throw new ExpectationError(
        `${persona} submitted ${record.sobject} ${record.id} for approval, but the submission was expected to be refused with "${step.expectError}".`,
      );
    }
    return;
  }
  await dialog.cancel();
  if (step.expectError && outcome.errors.some((error) => error.includes(step.expectError as string))) return;
  const why =
    context.org && outcome.errors.some((error) => /no applicable approval process/i.test(error))
      ? ` Why: ${await explainNoApprovalProcess(context.org, record.sobject, record.id, context.persona.user.id)}.`
      : '';
  throw new ExpectationError(
    `${persona} could not submit ${record.sobject} ${record.id} for approval${step.expectError ? ` with the expected refusal "${step.expectError}"` : ''}: Salesforce said "${outcome.errors.join(' | ')}".${why}`,
  );
}

/** Approve or Reject from the persona's Items to Approve, through the approval request page. */
export async function decideApproval(
  step: Omit<ApprovalDecisionStep, 'kind'> & { kind: 'approve' | 'reject' },
  context: StepContext,
): Promise<void> {
  const record = step.record ? context.records.get(step.record) : context.openRecord?.record;
  if (!record) {
    throw new Error(
      step.record
        ? `No test record "${step.record}" was created (data keys: ${[...context.records.keys()]}).`
        : `Name the record to ${step.kind}: ${step.kind}: { record: <data key> }, or open it first.`,
    );
  }
  const persona = who(context);
  const name = await recordNameOf(context, record);
  const items = new ItemsToApprove(context.page);
  await items.open();
  leftThePage(context);
  const request = await items.openRequest(name);
  if (!request) {
    const why = context.org ? ` Why: ${await explainMissingRequest(context.org, record.id)}.` : '';
    throw new ExpectationError(
      `${persona}: ${record.sobject} "${name}" (${record.id}) is not in their Items to Approve (it lists: ${(await items.names()).join(', ') || 'nothing'}).${why}`,
    );
  }
  const action = step.kind === 'approve' ? 'Approve' : 'Reject';
  const dialog = await request.action(action);
  if (!dialog) {
    throw new ExpectationError(
      `${persona}: the approval request of ${record.sobject} "${name}" offers no ${action} — they are not its current approver.`,
    );
  }
  if (step.comment) await dialog.comment(step.comment);
  const outcome = await dialog.press(action);
  if (!outcome.done) {
    await dialog.cancel();
    throw new ExpectationError(
      `${persona} could not ${step.kind} the approval request of ${record.sobject} "${name}": Salesforce said "${outcome.errors.join(' | ')}".`,
    );
  }
  context.touched?.(record, step.kind === 'approve' ? 'approved' : 'rejected');
  await context.page
    .waitForURL(`**${locators.record.viewPath(record.sobject, record.id)}`)
    .catch(() => undefined);
}

/** Recall from the Approval History list of the record last opened. */
export async function recallApproval(step: Omit<RecallStep, 'kind'>, context: StepContext): Promise<void> {
  const { page: recordPage, record } = openedRecord(context, 'recall');
  const persona = who(context);
  const history = new ApprovalHistory(context.page, recordPage.root);
  if (!(await history.show(recordPage.root))) {
    throw new ExpectationError(
      `${persona}: ${record.sobject} ${record.id} shows no Approval History list to recall from.`,
    );
  }
  const dialog = await history.action('Recall', 'Recall Approval Request');
  if (!dialog) {
    const rows = await history.rows();
    throw new ExpectationError(
      `${persona}: the Approval History of ${record.sobject} ${record.id} offers no Recall (latest status: ${rows[0]?.status ?? 'never submitted'}) — only the submitter may recall a pending request, when the process allows recall.`,
    );
  }
  if (step.comment) await dialog.comment(step.comment);
  const reloaded = context.page.waitForEvent('load').catch(() => undefined);
  const outcome = await dialog.press('Recall');
  if (!outcome.done) {
    await dialog.cancel();
    throw new ExpectationError(
      `${persona} could not recall the approval request of ${record.sobject} ${record.id}: Salesforce said "${outcome.errors.join(' | ')}".`,
    );
  }
  context.touched?.(record, 'recalled');
  await reloaded;
  await recordPage.waitUntilReady();
}

import type { CreatedRecord } from '../../fixtures';
import { explainMissingRequest, explainNoApprovalProcess } from '../../fixtures/approval-diagnosis';
import { explainUndefinedManager } from '../../fixtures/approval-manager-diagnosis';
import { type PendingRequest, pendingRequests, stillPending } from '../../fixtures/approval-requests';
import type { OrgConnection } from '../../fixtures/org-connection';
import { ActionDialog } from '../../pages/action-dialog';
import { ApprovalHistory } from '../../pages/approval-history';
import { watchDocumentLoad } from '../../pages/document-load';
import { type ApprovalRequestPage, ItemsToApprove } from '../../pages/items-to-approve';
import { locators } from '../../pages/locators';
import { clickRecordAction } from '../../pages/record-actions';
import type { ApprovalDecisionStep, RecallStep, SubmitForApprovalStep } from '../model-approvals';
import {
  adminSession,
  currentRecordName,
  openedRecord,
  openItemsToApprove,
  testRecord,
} from './approval-support';
import { changedOnPage, ExpectationError, leftThePage, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { judgedAs } from './incomplete-parts';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { showRelatedListOrFail } from './related-list-shown';

/** "Submit for Approval" on the record last opened, with the comment; Salesforce's refusal is explained. */
export async function submitForApproval(
  step: Omit<SubmitForApprovalStep, 'kind'>,
  context: StepContext,
): Promise<void> {
  const { page: recordPage, record } = openedRecord(context, 'submitForApproval');
  const persona = personaName(context);
  const named = recordName(context, record);
  const clicked = await judgedAs(`${persona} on ${named}`, () =>
    clickRecordAction(recordPage.root, locators.approvals.submitAction),
  );
  if (!clicked) {
    throw new ExpectationError(
      `${persona}: ${named} offers no "Submit for Approval" action, neither in the actions ribbon nor in "Show more actions" — it is not on the persona's page layout.`,
    );
  }
  const dialog = new ActionDialog(context.page, 'Submit for Approval');
  await dialog.waitUntilOpen();
  if (step.comment) await dialog.comment(step.comment);
  const reloaded = watchDocumentLoad(context.page);
  const outcome = await dialog.press('Submit');
  await reloaded.settled();
  if (outcome.done) {
    changedOnPage(context, record, 'submitted for approval');
    await recordPage.waitUntilReady();
    if (step.expectError) {
      throw new ExpectationError(
        `${persona} submitted ${named} for approval, but the submission was expected to be refused with "${step.expectError}".`,
      );
    }
    return;
  }
  await dialog.cancel();
  if (step.expectError && outcome.errors.some((error) => error.includes(step.expectError as string))) return;
  const why = context.org ? await whySubmissionRefused(context.org, outcome.errors, record, context) : '';
  throw new ExpectationError(
    `${persona} could not submit ${named} for approval${step.expectError ? ` with the expected refusal "${step.expectError}"` : ''}: Salesforce said "${outcome.errors.join(' | ')}".${why}`,
  );
}

/** Salesforce's refusal of a submission, explained from the org when it is one the org can explain. */
async function whySubmissionRefused(
  org: OrgConnection,
  errors: string[],
  record: CreatedRecord,
  context: StepContext,
): Promise<string> {
  const submitter = context.persona.user.id;
  if (errors.some((error) => /no applicable approval process/i.test(error)))
    return ` Why: ${await explainNoApprovalProcess(org, record.sobject, record.id, submitter)}.`;
  if (errors.some((error) => /manager undefined/i.test(error)))
    return ` Why: ${await explainUndefinedManager(org, record.sobject, record.id, submitter)}.`;
  return '';
}

/**
 * Approve or Reject from the persona's Items to Approve, through the approval request page. The row opened is
 * the one linking to the record's pending request (read as the admin), never one that merely shows its name;
 * the decision is confirmed through the API: the request is no longer pending.
 */
export async function decideApproval(
  step: Omit<ApprovalDecisionStep, 'kind'> & { kind: 'approve' | 'reject' },
  context: StepContext,
): Promise<void> {
  const record = step.record ? testRecord(context, step.record) : context.openRecord?.record;
  if (!record) {
    throw new Error(
      `Name the record to ${step.kind}: ${step.kind}: { record: <data key> }, or open it first.`,
    );
  }
  const org = adminSession(context, step.kind);
  const persona = personaName(context);
  const about = await currentRecordName(context, record);
  const items = new ItemsToApprove(context.page);
  await openItemsToApprove(items, context, step.kind);
  leftThePage(context);
  const opened = await openRequestOf(
    items,
    await pendingRequests(org, record.id),
    record.id,
    context,
    step.kind,
  );
  if (!opened) {
    throw new ExpectationError(
      `${persona}: ${about} is not in their Items to Approve (it lists: ${(await items.names()).join(', ') || 'nothing'}). Why: ${await explainMissingRequest(org, record.id, context.persona.user.id)}.`,
    );
  }
  const action = step.kind === 'approve' ? 'Approve' : 'Reject';
  const dialog = await opened.page.action(action);
  if (!dialog) {
    throw new ExpectationError(
      `${persona}: the approval request of ${about} offers no ${action} — they are not its current approver.`,
    );
  }
  if (step.comment) await dialog.comment(step.comment);
  const outcome = await dialog.press(action);
  if (!outcome.done) {
    await dialog.cancel();
    throw new ExpectationError(
      `${persona} could not ${step.kind} the approval request of ${about}: Salesforce said "${outcome.errors.join(' | ')}".`,
    );
  }
  changedOnPage(context, record, step.kind === 'approve' ? 'approved' : 'rejected');
  if (opened.requestId && !(await decided(org, opened.requestId))) {
    throw new ExpectationError(
      `${persona} pressed ${action} on the approval request of ${about} and the dialog closed, but the org still has the request ${opened.requestId} pending ${DECISION_WAIT_MS / 1000} s later — the ${step.kind === 'approve' ? 'approval' : 'rejection'} did not go through.`,
    );
  }
}

/** The request page of the record's pending request whose row the card shows; the record's own row otherwise. */
async function openRequestOf(
  items: ItemsToApprove,
  requests: PendingRequest[],
  recordId: string,
  context: StepContext,
  step: string,
): Promise<{ page: ApprovalRequestPage; requestId?: string } | undefined> {
  const candidates: { ids: string[]; requestId?: string }[] = [
    ...requests.map((request) => ({ ids: [request.id], requestId: request.id })),
    { ids: [recordId], requestId: requests.length === 1 ? requests[0]?.id : undefined },
  ];
  for (const candidate of candidates) {
    if ((await items.countLinkingTo(candidate.ids)) === 0) continue;
    const page = await explainingTimeouts(
      context.page,
      `${personaName(context)}, step ${step}: the approval request page (${candidate.ids[0]}) opening from Items to Approve`,
      'the row did not open the approval request page, or the persona may not see the request',
      () => items.openRequestLinkingTo(candidate.ids),
    );
    return page ? { page, requestId: candidate.requestId } : undefined;
  }
  return undefined;
}

const DECISION_WAIT_MS = 15_000;

/** Whether the org stops listing the request as pending within a few seconds of the decision. */
async function decided(org: OrgConnection, requestId: string): Promise<boolean> {
  const deadline = Date.now() + DECISION_WAIT_MS;
  for (;;) {
    if (!(await stillPending(org, requestId))) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Recall from the Approval History list of the record last opened. */
export async function recallApproval(step: Omit<RecallStep, 'kind'>, context: StepContext): Promise<void> {
  const { page: recordPage, record } = openedRecord(context, 'recall');
  const persona = personaName(context);
  const named = recordName(context, record);
  const history = new ApprovalHistory(context.page, recordPage.root);
  await showRelatedListOrFail(
    context,
    named,
    history,
    'Approval History',
    "so there is nothing to recall from: add the list to the persona's page layout.",
  );
  const dialog = await history.action('Recall', 'Recall Approval Request');
  if (!dialog) {
    const rows = await history.rows();
    throw new ExpectationError(
      `${persona}: the Approval History of ${named} offers no Recall (latest status: ${rows[0]?.status ?? 'never submitted'}) — only the submitter may recall a pending request, when the process allows recall.`,
    );
  }
  if (step.comment) await dialog.comment(step.comment);
  const reloaded = watchDocumentLoad(context.page);
  const outcome = await dialog.press('Recall');
  await reloaded.settled();
  if (!outcome.done) {
    await dialog.cancel();
    throw new ExpectationError(
      `${persona} could not recall the approval request of ${named}: Salesforce said "${outcome.errors.join(' | ')}".`,
    );
  }
  changedOnPage(context, record, 'recalled');
  await recordPage.waitUntilReady();
}

import { explainApproverAssignment } from '../../fixtures/approval-assignment';
import { explainMissingRequest, pendingApprover } from '../../fixtures/approval-diagnosis';
import { approvalLock } from '../../fixtures/approval-lock';
import { pendingRequests, waitsForUser } from '../../fixtures/approval-requests';
import { ApprovalHistory, type ApprovalHistoryRow } from '../../pages/approval-history';
import { ItemsToApprove } from '../../pages/items-to-approve';
import { attemptEdit, type EditAttempt } from '../../pages/record-lock';
import type { StatedCount } from '../../pages/shown-list';
import type { ApprovalHistoryExpectation, ApprovalStep, ItemsToApproveStep } from '../model-approvals';
import {
  adminSession,
  currentRecordName,
  openedRecord,
  openItemsToApprove,
  testRecord,
} from './approval-support';
import { ExpectationError, leftThePage, type StepContext } from './context';
import { judgedAs } from './incomplete-parts';
import { waitedFor } from './loaded-list';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { showRelatedListOrFail } from './related-list-shown';

/** The approval of the record last opened: its status, pending approver, history and lock, as the persona sees them. */
export async function expectApproval(step: Omit<ApprovalStep, 'kind'>, context: StepContext): Promise<void> {
  const { page: recordPage, record } = openedRecord(context, 'approval');
  const problems: string[] = [];
  const org = context.org;
  if (step.status !== undefined || step.pendingApprover !== undefined || step.history !== undefined) {
    const history = new ApprovalHistory(context.page, recordPage.root);
    await showRelatedListOrFail(
      context,
      recordName(context, record),
      history,
      'Approval History',
      "so its approval cannot be read: add the list to the persona's page layout.",
    );
    let rows = await history.rows();
    let stated = await history.count();
    let viewAll: string | undefined;
    if (step.history && stated && (stated.more || (stated.count ?? 0) > rows.length)) {
      try {
        ({ rows, stated } = await history.wholeHistory());
      } catch (error) {
        if ((error as Error).name !== 'TimeoutError') throw error;
        viewAll = `its View All page did not show its count${waitedFor(error as Error)}`;
      }
    }
    await history.leave();
    const latest = rows[0]?.status ?? 'none (never submitted)';
    if (step.status !== undefined && latest !== step.status) {
      problems.push(
        `status: expected "${step.status}", but the Approval History's latest row is "${latest}"`,
      );
    }
    if (step.pendingApprover !== undefined) {
      const pending = rows.find((row) => row.status === 'Pending');
      if (pending?.assignedTo !== step.pendingApprover) {
        const admin = org ? await pendingApprover(org, record.id).catch(() => undefined) : undefined;
        problems.push(
          pending
            ? `pending approver: expected "${step.pendingApprover}", but the request went to "${pending.assignedTo}"${org ? ` — ${await explainApproverAssignment(org, record.sobject, record.id)}` : ''}`
            : `pending approver: expected "${step.pendingApprover}", but no request is pending (latest: ${latest})${admin ? `; the org says it waits for ${admin}` : ''}`,
        );
      }
    }
    if (step.history) problems.push(...historyProblems(step.history, rows, stated, viewAll));
  }
  if (step.locked !== undefined) {
    const attempt = await judgedAs(`${personaName(context)} on ${recordName(context, record)}`, () =>
      attemptEdit(context.page, recordPage.root, record.sobject),
    );
    const lock = org
      ? await approvalLock(org, record.sobject, record.id)
      : { locked: undefined, why: 'the org could not be asked (no admin API session)' };
    if (step.locked && !attempt.refused) {
      problems.push(
        `locked: expected Edit to be refused with the lock message, but ${editSeen(attempt)} — ${lock.why}`,
      );
    } else if (step.locked && lock.locked !== true) {
      problems.push(
        `locked: Edit was refused with "${attempt.refused ? attempt.message : ''}", but the org does not show an approval lock: ${lock.why}`,
      );
    } else if (!step.locked && attempt.refused) {
      problems.push(
        `locked: expected the record to be editable, but Edit was refused: "${attempt.message}" — ${lock.why}`,
      );
    } else if (!step.locked && !attempt.refused && attempt.reason !== 'form-opened') {
      problems.push(`locked: expected the record to be editable, but ${editSeen(attempt)}`);
    }
  }
  if (problems.length > 0) {
    throw new ExpectationError(
      `${personaName(context)} on ${recordName(context, record)}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

function editSeen(attempt: EditAttempt): string {
  if (attempt.refused) return `Edit was refused: "${attempt.message}"`;
  if (attempt.reason === 'no-edit-action')
    return 'the page offers no Edit action at all (no edit access, not a lock)';
  if (attempt.reason === 'form-opened') return 'Edit opened the edit form (closed again without saving)';
  return `Edit showed an error that is not the lock: "${attempt.message}"`;
}

/**
 * The history against the rows read: the card's, or its View All page's when the card shows only its first rows
 * (`viewAll` says why that page could not be read).
 */
function historyProblems(
  expected: ApprovalHistoryExpectation[],
  rows: ApprovalHistoryRow[],
  stated: StatedCount | undefined,
  viewAll?: string,
): string[] {
  const shown = (row: ApprovalHistoryRow | undefined) =>
    row
      ? `${row.status} (assigned to ${row.assignedTo || '—'}, approver ${row.actualApprover || '—'}, comments "${row.comments}")`
      : 'no row';
  const problems: string[] = [];
  // A negative verdict (no more rows) needs the card's own count to match the rows it shows.
  const complete = stated !== undefined && !stated.more && stated.count === rows.length;
  if (rows.length !== expected.length && (complete || rows.length > expected.length)) {
    problems.push(
      `history: expected ${expected.length} row(s), but the Approval History shows ${rows.length}: ${rows.map(shown).join('; ') || 'none'}`,
    );
  } else if (!complete) {
    problems.push(
      `history: expected exactly ${expected.length} row(s); the Approval History card shows ${rows.length} ${stated ? `but states "${stated.text}"` : 'and states no count'}, so more rows may exist beyond them${viewAll ? ` and ${viewAll}` : ''} — the exact count cannot be proven from the card`,
    );
  }
  expected.forEach((want, index) => {
    const row = rows[index];
    const fields: [keyof ApprovalHistoryExpectation, string | undefined][] = [
      ['status', row?.status],
      ['assignedTo', row?.assignedTo],
      ['actualApprover', row?.actualApprover],
      ['comments', row?.comments],
    ];
    const wrong = fields.filter(([key, seen]) => want[key] !== undefined && want[key] !== seen);
    if (wrong.length > 0) {
      problems.push(
        `history row ${index + 1}: expected ${wrong.map(([key]) => `${key} "${want[key]}"`).join(', ')}, but it shows ${shown(row)}`,
      );
    }
  });
  return problems;
}

/**
 * Which of the scenario's records wait in the persona's Items to Approve (on their home page). A record is
 * listed when a row links to one of its pending requests (or to the record), never because a row shows its name.
 */
export async function expectItemsToApprove(
  step: Omit<ItemsToApproveStep, 'kind'>,
  context: StepContext,
): Promise<void> {
  const org = adminSession(context, 'itemsToApprove');
  const items = new ItemsToApprove(context.page);
  await openItemsToApprove(items, context, 'itemsToApprove');
  leftThePage(context);
  const listed = await items.names();
  const problems: string[] = [];
  const check = async (key: string, wanted: boolean) => {
    const record = testRecord(context, key);
    const requests = await pendingRequests(org, record.id);
    const shown = (await items.countLinkingTo([...requests.map((request) => request.id), record.id])) > 0;
    if (shown === wanted && (wanted || !(await waitsForUser(org, requests, context.persona.user)))) return;
    const named = await currentRecordName(context, record);
    if (!wanted && !shown) {
      problems.push(
        `${named}: expected not listed; the card shows no row for it, but the org says its request waits for the persona (ProcessInstanceWorkitem.ActorId: them, or a queue they belong to), so the card is not showing every request (it may show only its first rows: View All) — "not listed" cannot be proven`,
      );
      return;
    }
    const why = wanted
      ? await explainMissingRequest(org, record.id, context.persona.user.id)
      : `its pending request ${requests.map((request) => request.id).join(', ')} is shown to them`;
    problems.push(
      `${named}: expected ${wanted ? 'listed' : 'not listed'}, but it ${wanted ? 'is not' : 'is'} — ${why}`,
    );
  };
  for (const key of step.includes) await check(key, true);
  for (const key of step.excludes) await check(key, false);
  if (problems.length > 0) {
    throw new ExpectationError(
      `${personaName(context)}: Items to Approve lists ${listed.map((name) => `"${name}"`).join(', ') || 'nothing'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

import type { OrgState, OrgUser } from './org-state';
import { groupIdsOf } from './roles-groups';
import type { Row } from './store';

/**
 * What the approval pages read (Items to Approve, the Approval History related list, the approval request
 * page): plain lookups over ProcessInstance, ProcessInstanceStep and ProcessInstanceWorkitem rows.
 */

export interface PendingApproval {
  workitem: Row;
  instance: Row;
  /** The record waiting for approval. */
  targetId: string;
  submittedById: string;
  submittedDate: string;
}

/** The user's pending requests, their own and their queues', newest first (Items to Approve). */
export function itemsToApprove(state: OrgState, user: OrgUser): PendingApproval[] {
  const actors = new Set([user.id, ...groupIdsOf(state, user)]);
  return state.store
    .live('ProcessInstanceWorkitem')
    .filter((workitem) => actors.has(String(workitem.ActorId)))
    .flatMap((workitem) => {
      const instance = state.store.get('ProcessInstance', String(workitem.ProcessInstanceId));
      if (!instance) return [];
      return [
        {
          workitem,
          instance,
          targetId: String(instance.TargetObjectId),
          submittedById: String(instance.SubmittedById),
          submittedDate: String(instance.CreatedDate),
        },
      ];
    })
    .reverse();
}

export interface ApprovalHistoryRow {
  instance: Row;
  /** A pending work item (StepStatus "Pending", as the related list shows it) or a step taken. */
  status: string;
  assignedToId: string;
  actorId: string;
  comments: string | null;
  date: string;
  workitemId?: string;
}

/** A record's approval history, newest first: pending requests, then the steps taken (Approval History). */
export function approvalHistory(state: OrgState, recordId: string): ApprovalHistoryRow[] {
  const rows: ApprovalHistoryRow[] = [];
  const instances = state.store.all('ProcessInstance').filter((row) => row.TargetObjectId === recordId);
  for (const instance of instances) {
    const steps = state.store
      .all('ProcessInstanceStep')
      .filter((row) => row.ProcessInstanceId === instance.Id);
    for (const step of steps) {
      rows.push({
        instance,
        status: String(step.StepStatus),
        assignedToId: String(step.OriginalActorId),
        actorId: String(step.ActorId),
        comments: (step.Comments as string | null) ?? null,
        date: String(step.CreatedDate),
      });
    }
    for (const workitem of state.store.live('ProcessInstanceWorkitem')) {
      if (workitem.ProcessInstanceId !== instance.Id) continue;
      rows.push({
        instance,
        status: 'Pending',
        assignedToId: String(workitem.OriginalActorId),
        actorId: String(workitem.ActorId),
        comments: null,
        date: String(workitem.CreatedDate),
        workitemId: workitem.Id,
      });
    }
  }
  return rows.reverse();
}

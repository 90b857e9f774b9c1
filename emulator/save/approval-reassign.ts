import { hasPermission } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import { SalesforceError } from '../model/salesforce-error';
import { createdStamp, type FieldValue, type Row } from '../model/store';
import { insert, transaction } from './approval-rows';
import { actsOn } from './record-locks';

/**
 * Reassign: the pending request goes to another active user (Lightning's Reassign, or an API update of
 * ProcessInstanceWorkitem.ActorId). Allowed to administrators and the current approver; the history gains a
 * "Reassigned" step (unconfirmed: which actor Salesforce records on it; here the user who reassigned).
 */
export function reassignWorkitem(state: OrgState, user: OrgUser, workitem: Row, actorId: FieldValue): void {
  if (!hasPermission(user, 'ModifyAllData') && !actsOn(state, user, workitem)) {
    throw new SalesforceError(
      400,
      'INSUFFICIENT_ACCESS_OR_READONLY',
      'insufficient access rights on object id',
    );
  }
  const target = state.user(String(actorId ?? ''));
  if (!target?.active) {
    throw new SalesforceError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', ['ActorId']);
  }
  transaction(state, (journal, now) => {
    insert(state, journal, 'ProcessInstanceStep', {
      ProcessInstanceId: workitem.ProcessInstanceId,
      StepStatus: 'Reassigned',
      OriginalActorId: workitem.ActorId,
      ActorId: user.id,
      Comments: null,
      StepNodeId: workitem.StepNodeId ?? null,
      ...createdStamp(user.id, now),
    });
    journal.changing(workitem);
    Object.assign(workitem, {
      ActorId: target.id,
      LastModifiedDate: now,
      LastModifiedById: user.id,
      SystemModstamp: now,
    });
    return undefined;
  });
}

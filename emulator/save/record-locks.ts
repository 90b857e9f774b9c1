import { hasPermission, objectAccess } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import { groupIdsOf } from '../model/roles-groups';
import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';

/**
 * Approval record locks. A record is locked while its latest approval is pending, and after it when the
 * process keeps the lock (finalApprovalRecordLock / finalRejectionRecordLock). Locked records refuse edits
 * and deletes except from administrators (Modify All Data, or Modify All on the object) and, when the
 * process allows it (recordEditability AdminOrCurrentApprover), the current approver. Line items are locked
 * with their opportunity or quote, as detail records are with their master (sfdcian.com, "ENTITY_IS_LOCKED
 * error while updating record": a detail record of a locked master is locked too).
 */

// The API's message (DmlException "ENTITY_IS_LOCKED, the entity is locked for editing", developer forums
// thread 906F000000091ZWIAY). Lightning's record page shows its own text (LOCKED_RECORD_UI_MESSAGE).
export const ENTITY_IS_LOCKED_MESSAGE = 'the entity is locked for editing';
// Lightning Experience, on Edit of a locked record; unconfirmed exact wording.
export const LOCKED_RECORD_UI_MESSAGE = 'This record is locked. If you need to edit it, contact your admin.';

/** The latest approval of a record, if it has one. */
export function latestApproval(state: OrgState, recordId: string): Row | undefined {
  const instances = state.store.all('ProcessInstance').filter((row) => row.TargetObjectId === recordId);
  return instances[instances.length - 1];
}

export function isLocked(state: OrgState, recordId: string): boolean {
  return latestApproval(state, recordId)?.RecordLocked === true;
}

/** The pending work items of a record's approval. */
export function pendingWorkitems(state: OrgState, instanceId: string): Row[] {
  return state.store.live('ProcessInstanceWorkitem').filter((row) => row.ProcessInstanceId === instanceId);
}

/** Whether the user is the actor of the work item, or a member of the queue that is. */
export function actsOn(state: OrgState, user: OrgUser, workitem: Row): boolean {
  const actor = String(workitem.ActorId);
  return actor === user.id || groupIdsOf(state, user).has(actor);
}

/** Throws ENTITY_IS_LOCKED when the user may not change this locked record. */
export function checkNotLocked(state: OrgState, user: OrgUser, type: SObjectType, row: Row): void {
  const parent = type.options.parent;
  if (parent && type.options.permissionsOf === parent.object) {
    const master = state.store.get(parent.object, String(row[parent.field] ?? ''));
    const masterType = state.object(parent.object);
    if (master && masterType) checkNotLocked(state, user, masterType, master);
  }
  const approval = latestApproval(state, row.Id);
  if (approval?.RecordLocked !== true) return;
  if (hasPermission(user, 'ModifyAllData') || objectAccess(user, type).modifyAll) return;
  const process = state.definition.approvalProcesses.find(
    (candidate) => candidate.name === approval.ProcessDefinitionName,
  );
  if (
    process?.recordEditability === 'AdminOrCurrentApprover' &&
    pendingWorkitems(state, approval.Id).some((workitem) => actsOn(state, user, workitem))
  ) {
    return;
  }
  throw new SalesforceError(400, 'ENTITY_IS_LOCKED', ENTITY_IS_LOCKED_MESSAGE);
}

/** Whether this user is refused edits of the record by an approval lock (the UI's check before Edit). */
export function lockedFor(state: OrgState, user: OrgUser, type: SObjectType, row: Row): boolean {
  try {
    checkNotLocked(state, user, type, row);
    return false;
  } catch (error) {
    if (error instanceof SalesforceError && error.errorCode === 'ENTITY_IS_LOCKED') return true;
    throw error;
  }
}

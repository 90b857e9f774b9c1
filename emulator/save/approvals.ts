import { evaluateFormula } from '../../salesforce/formula/evaluate';
import { entryCriteriaFormula } from '../formula/criteria-items';
import { hasPermission } from '../model/access';
import { processDefinitionRow } from '../model/approval-objects';
import type { OrgState, OrgUser } from '../model/org-state';
import { groupIdsOf, subordinateRoleIds, userRoleId } from '../model/roles-groups';
import { SalesforceError } from '../model/salesforce-error';
import { canSeeRecord } from '../model/sharing';
import type { SObjectType } from '../model/sobject-type';
import { createdStamp, type FieldValue, type Row } from '../model/store';
import type { ApprovalFieldUpdates, ApprovalProcessDefinition } from '../org/schema-approvals';
import { insert, transaction } from './approval-rows';
import { updateRecord } from './dml';
import { scopeOf } from './formula-context';
import type { Journal } from './journal';
import { actsOn, latestApproval, pendingWorkitems } from './record-locks';

/**
 * Submitting, approving, rejecting and recalling, as Salesforce's approval processes do it: the history is
 * ProcessInstance (one per submission), ProcessInstanceStep (one per action taken) and
 * ProcessInstanceWorkitem (the pending request of the current step, deleted once acted on). Field updates
 * run in system context and are undone with the rest when any part fails.
 */

/** The REST answer for one request (REST API Developer Guide, "Submit a Record for Approval"). */
export interface ApprovalResult {
  actorIds: string[];
  entityId: string;
  errors: null;
  instanceId: string;
  instanceStatus: string;
  newWorkitemIds: string[];
  success: true;
}

export interface SubmitRequest {
  recordId: string;
  comments?: string;
  processDefinitionNameOrId?: string;
  skipEntryCriteria?: boolean;
}

// Salesforce's StatusCode values and messages for these refusals (SOAP API StatusCode list); the messages
// of NO_APPLICABLE_PROCESS and ALREADY_IN_PROCESS are as Salesforce returns them, MANAGER_NOT_DEFINED's is unconfirmed.
const noApplicableProcess = () =>
  new SalesforceError(400, 'NO_APPLICABLE_PROCESS', 'No applicable approval process was found.');
const alreadyInProcess = () =>
  new SalesforceError(
    400,
    'ALREADY_IN_PROCESS',
    'This record is currently in an approval process. A record can be in only one approval process at a time.',
  );
const invalidWorkitem = () =>
  new SalesforceError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');

/** Why no process takes this record from this user: for the emulator's own diagnosis, never for the API. */
export function applicableProcess(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  request: Pick<SubmitRequest, 'processDefinitionNameOrId' | 'skipEntryCriteria'> = {},
): ApprovalProcessDefinition | undefined {
  const wanted = request.processDefinitionNameOrId
    ? processDefinitionRow(state, request.processDefinitionNameOrId)?.DeveloperName
    : undefined;
  if (request.processDefinitionNameOrId && !wanted) return undefined;
  return state.definition.approvalProcesses.find(
    (process) =>
      process.active &&
      process.object === type.name &&
      (!wanted || process.name === wanted) &&
      (request.skipEntryCriteria === true && wanted
        ? true
        : criteriaMet(state, user, type, row, entryCriteriaFormula(process.entryCriteria, type))) &&
      maySubmit(state, user, row, process),
  );
}

function criteriaMet(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  formula: string | undefined,
) {
  if (!formula) return true;
  try {
    return evaluateFormula(formula, scopeOf(state, user, type, row)) === true;
  } catch {
    return false;
  }
}

/** The process's "Initial Submitters": the record's owner or creator, users, public groups, roles. */
export function maySubmit(
  state: OrgState,
  user: OrgUser,
  row: Row,
  process: ApprovalProcessDefinition,
): boolean {
  const roleId = userRoleId(state, user.id);
  const named = (object: string, name: string) =>
    state.store
      .all(object)
      .filter((candidate) => candidate.Name === name || candidate.DeveloperName === name);
  return process.allowedSubmitters.some((submitter) => {
    if (submitter === 'owner') return row.OwnerId === user.id;
    if (submitter === 'creator') return row.CreatedById === user.id;
    if ('user' in submitter) return submitter.user.toLowerCase() === user.username.toLowerCase();
    if ('group' in submitter) {
      const groups = groupIdsOf(state, user);
      return named('Group', submitter.group).some((group) => groups.has(group.Id));
    }
    if (!roleId) return false;
    if ('role' in submitter) return named('UserRole', submitter.role).some((role) => role.Id === roleId);
    return named('UserRole', submitter.roleAndSubordinates).some(
      (role) => role.Id === roleId || subordinateRoleIds(state, role.Id).has(roleId),
    );
  });
}

export function submitForApproval(state: OrgState, user: OrgUser, request: SubmitRequest): ApprovalResult {
  const type = state.objectByKeyPrefix(request.recordId.slice(0, 3));
  const row = type ? state.store.get(type.name, request.recordId) : undefined;
  if (!type || !row || row.IsDeleted === true || !canSeeRecord(state, user, type, row))
    throw invalidWorkitem();
  if (latestApproval(state, row.Id)?.Status === 'Pending') throw alreadyInProcess();
  const process = applicableProcess(state, user, type, row, request);
  if (!process) throw noApplicableProcess();
  const definition = processDefinitionRow(state, process.name) as Row;
  return transaction(state, (journal, now) => {
    const instance = insert(state, journal, 'ProcessInstance', {
      ProcessDefinitionId: definition.Id,
      ProcessDefinitionName: process.name,
      TargetObjectId: row.Id,
      Status: 'Pending',
      SubmittedById: user.id,
      LastActorId: user.id,
      CompletedDate: null,
      RecordLocked: true,
      StepIndex: -1,
      ...createdStamp(user.id, now),
    });
    insert(state, journal, 'ProcessInstanceStep', {
      ProcessInstanceId: instance.Id,
      StepStatus: 'Started',
      OriginalActorId: user.id,
      ActorId: user.id,
      Comments: request.comments ?? null,
      StepNodeId: null,
      ...createdStamp(user.id, now),
    });
    const run: ApprovalRun = { state, user, type, row, process, instance, journal, now };
    applyFieldUpdates(run, process.initialSubmissionActions.fieldUpdates);
    const next = nextStep(run);
    if (!next) return finish(run, 'Approved');
    return result(row, instance, 'Pending', [next.ActorId as string], [next.Id]);
  });
}

export type WorkitemAction = 'Approve' | 'Reject' | 'Removed';

export function actOnWorkitem(
  state: OrgState,
  user: OrgUser,
  workitemId: string,
  action: WorkitemAction,
  comments?: string,
): ApprovalResult {
  const workitem = state.store.get('ProcessInstanceWorkitem', workitemId);
  if (!workitem || workitem.IsDeleted === true) throw invalidWorkitem();
  const instance = state.store.get('ProcessInstance', String(workitem.ProcessInstanceId)) as Row;
  const process = state.definition.approvalProcesses.find((p) => p.name === instance.ProcessDefinitionName);
  const type = state.objectByKeyPrefix(String(instance.TargetObjectId).slice(0, 3));
  const row = type?.name ? state.store.get(type.name, String(instance.TargetObjectId)) : undefined;
  if (!process || !type || !row) throw invalidWorkitem();
  const admin = hasPermission(user, 'ModifyAllData');
  const allowed =
    action === 'Removed'
      ? // allowRecall false: only administrators may recall (Metadata API, ApprovalProcess.allowRecall).
        admin || (process.allowRecall && instance.SubmittedById === user.id)
      : admin || actsOn(state, user, workitem);
  // Unconfirmed code and wording for a user who is not the approver (or may not recall).
  if (!allowed)
    throw new SalesforceError(
      400,
      'INSUFFICIENT_ACCESS_OR_READONLY',
      'insufficient access rights on object id',
    );
  return transaction(state, (journal, now) => {
    for (const pending of pendingWorkitems(state, instance.Id)) {
      journal.changing(pending);
      pending.IsDeleted = true;
    }
    const stepStatus = action === 'Approve' ? 'Approved' : action === 'Reject' ? 'Rejected' : 'Removed';
    insert(state, journal, 'ProcessInstanceStep', {
      ProcessInstanceId: instance.Id,
      StepStatus: stepStatus,
      OriginalActorId: workitem.OriginalActorId,
      ActorId: user.id,
      Comments: comments ?? null,
      StepNodeId: workitem.StepNodeId ?? null,
      ...createdStamp(user.id, now),
    });
    journal.changing(instance);
    instance.LastActorId = user.id;
    const run: ApprovalRun = { state, user, type, row, process, instance, journal, now };
    if (action === 'Approve') {
      const next = nextStep(run);
      if (next) return result(row, instance, 'Pending', [next.ActorId as string], [next.Id]);
    }
    return finish(run, stepStatus);
  });
}

/** One submission or decision being applied: the record, its process and instance, in one transaction. */
interface ApprovalRun {
  state: OrgState;
  user: OrgUser;
  type: SObjectType;
  row: Row;
  process: ApprovalProcessDefinition;
  instance: Row;
  journal: Journal;
  now: string;
}

/** The next step whose criteria the record meets gets a work item; none left means final approval. */
function nextStep({ state, user, type, row, process, instance, journal, now }: ApprovalRun): Row | undefined {
  for (let index = Number(instance.StepIndex) + 1; index < process.steps.length; index++) {
    const step = process.steps[index];
    if (!criteriaMet(state, user, type, row, step.entryCriteria)) continue;
    instance.StepIndex = index;
    const actor = approverId(state, instance, step.approver);
    return insert(state, journal, 'ProcessInstanceWorkitem', {
      ProcessInstanceId: instance.Id,
      OriginalActorId: actor,
      ActorId: actor,
      StepNodeId: step.name,
      IsDeleted: false,
      ...createdStamp(user.id, now),
    });
  }
  return undefined;
}

function approverId(
  state: OrgState,
  instance: Row,
  approver: ApprovalProcessDefinition['steps'][number]['approver'],
) {
  if (approver === 'manager') {
    const manager = state.store.get('User', String(instance.SubmittedById))?.ManagerId;
    // Unconfirmed wording; Salesforce refuses the submission when the submitter has no manager.
    if (!manager) throw new SalesforceError(400, 'MANAGER_NOT_DEFINED', 'Manager undefined.');
    return String(manager);
  }
  if ('user' in approver) return String(state.userByUsername(approver.user)?.id);
  const queue = state.store
    .all('Group')
    .find(
      (group) =>
        group.Type === 'Queue' && (group.DeveloperName === approver.queue || group.Name === approver.queue),
    );
  return String(queue?.Id);
}

function finish(run: ApprovalRun, status: string): ApprovalResult {
  const { row, process, instance, now } = run;
  instance.Status = status;
  instance.CompletedDate = now;
  instance.RecordLocked =
    status === 'Approved'
      ? process.finalApprovalRecordLock
      : status === 'Rejected'
        ? process.finalRejectionRecordLock
        : false;
  const actions =
    status === 'Approved'
      ? process.finalApprovalActions
      : status === 'Rejected'
        ? process.finalRejectionActions
        : process.recallActions;
  applyFieldUpdates(run, actions.fieldUpdates);
  return result(row, instance, status, [], []);
}

function applyFieldUpdates(
  { state, user, type, row, journal }: ApprovalRun,
  updates: ApprovalFieldUpdates,
): void {
  if (Object.keys(updates).length === 0) return;
  const values: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(updates)) values[type.field(name)?.name ?? name] = value;
  updateRecord(state, type, row, values, { user, system: true, journal });
}

function result(
  row: Row,
  instance: Row,
  status: string,
  actorIds: string[],
  workitemIds: string[],
): ApprovalResult {
  return {
    actorIds,
    entityId: row.Id,
    errors: null,
    instanceId: instance.Id,
    instanceStatus: status,
    newWorkitemIds: workitemIds,
    success: true,
  };
}

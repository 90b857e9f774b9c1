import { type Context, Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { malformedJson, SalesforceError } from '../api/errors';
import { hasPermission } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState, OrgUser } from '../model/org-state';
import {
  type ApprovalResult,
  actOnWorkitem,
  submitForApproval,
  type WorkitemAction,
} from '../save/approvals';

/**
 * /services/data/vXX.X/process/approvals (REST API Developer Guide, "Process Approvals"; jsforce's
 * conn.process.approval uses it as is):
 * - GET: { approvals: { Opportunity: [{ id, name, object, sortOrder, description }] } } — active processes.
 * - POST { requests: [{ actionType, contextId, comments, nextApproverIds, processDefinitionNameOrId,
 *   skipEntryCriteria, contextActorId }] }: Submit takes a record id; Approve, Reject and Removed (recall, as
 *   Apex's ProcessWorkitemRequest names it; unconfirmed for REST) take a ProcessInstanceWorkitem id. The
 *   answer is one result per request: { actorIds, entityId, errors: null, instanceId, instanceStatus,
 *   newWorkitemIds, success: true }. Requests that succeed are committed; when any fails, the answer is a
 *   400 with the failures' [{ errorCode, message }] (unconfirmed: the shape of a partly failed batch).
 */
export function processApprovalRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  const list = (c: Context<ApiEnv>) => {
    const approvals: Record<string, unknown[]> = {};
    state.definition.approvalProcesses.forEach((process, index) => {
      if (!process.active) return;
      const row = state.store
        .all('ProcessDefinition')
        .find((candidate) => candidate.DeveloperName === process.name);
      approvals[process.object] ??= [];
      approvals[process.object].push({
        description: process.description ?? null,
        id: row?.Id ?? null,
        name: process.name,
        object: process.object,
        sortOrder: index + 1,
      });
    });
    return c.json({ approvals });
  };
  api.get('/approvals', list);
  api.get('/approvals/', list);

  const post = async (c: Context<ApiEnv>) => {
    let body: unknown;
    try {
      body = await c.req.raw.json();
    } catch {
      throw malformedJson('Unexpected character in the request body');
    }
    const requests = (body as { requests?: unknown })?.requests;
    if (!Array.isArray(requests)) throw malformedJson('Expected { "requests": [ ... ] }');
    const caller = c.get('user');
    const results: ApprovalResult[] = [];
    const failures: SalesforceError[] = [];
    for (const raw of requests) {
      try {
        results.push(handle(state, caller, raw as Record<string, unknown>));
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        failures.push(...error.errors());
      }
    }
    if (failures.length > 0) throw SalesforceError.all(failures);
    return c.json(results);
  };
  api.post('/approvals', post);
  api.post('/approvals/', post);
  return api;
}

function handle(state: OrgState, caller: OrgUser, request: Record<string, unknown>): ApprovalResult {
  const contextId = typeof request.contextId === 'string' ? to18(request.contextId) : undefined;
  if (!contextId) throw new SalesforceError(400, 'MALFORMED_ID', `Invalid id: ${String(request.contextId)}`);
  const comments = typeof request.comments === 'string' ? request.comments : undefined;
  const action = request.actionType;
  if (action === 'Submit') {
    // Submitting on someone's behalf (contextActorId) takes an administrator.
    const actorId = typeof request.contextActorId === 'string' ? to18(request.contextActorId) : undefined;
    const onBehalf = actorId && actorId !== caller.id && hasPermission(caller, 'ModifyAllData');
    const submitter = (onBehalf && state.user(actorId)) || caller;
    return submitForApproval(state, submitter, {
      recordId: contextId,
      comments,
      processDefinitionNameOrId:
        typeof request.processDefinitionNameOrId === 'string' ? request.processDefinitionNameOrId : undefined,
      skipEntryCriteria: request.skipEntryCriteria === true || request.skipEntryCriteria === 'true',
    });
  }
  if (action === 'Approve' || action === 'Reject' || action === 'Removed') {
    return actOnWorkitem(state, caller, contextId, action as WorkitemAction, comments);
  }
  // Unconfirmed wording for an unknown actionType.
  throw new SalesforceError(
    400,
    'INVALID_OPERATION',
    `Invalid actionType: ${String(action)}; expected Submit, Approve, Reject or Removed`,
  );
}

import { expect, test } from '@playwright/test';
import type { OrgDefinition } from '../../emulator';
import { approvalHistory, itemsToApprove } from '../../emulator/model/approval-history';
import { inProcessEmulator, restCaller } from './api-in-process-helpers';
import { AE, demoOrg } from './helpers';

// Approval processes defined by the test, over in-process HTTP: named-user and queue approvers, several
// steps, step criteria, who may edit a locked record, line items locked with their opportunity, undo.
const V = '/services/data/v62.0';
const MANAGER = 'maya.manager@acme-demo.example';
const FINANCE = 'fiona.finance@acme-demo.example';
const CSM = 'casey.csm@acme-demo.example';

type Rec = Record<string, unknown> & { Id: string };

/** Deal desk: Finance first, then the Deal Desk queue for very large deals; only admins edit while locked. */
function dealDeskOrg(): OrgDefinition {
  return demoOrg((org) => {
    org.groups.push({
      name: 'Deal Desk',
      developerName: 'Deal_Desk',
      type: 'Queue',
      members: [CSM],
      objects: ['Opportunity'],
    });
    org.approvalProcesses = [
      {
        ...org.approvalProcesses[0],
        name: 'Deal_Desk',
        recordEditability: 'AdminOnly',
        steps: [
          { name: 'Finance', approver: { user: FINANCE } },
          { name: 'Desk', entryCriteria: 'Amount > 100000', approver: { queue: 'Deal_Desk' } },
        ],
      },
    ];
  });
}

async function setup(org = dealDeskOrg()) {
  const emulator = inProcessEmulator(org);
  const tokens = {
    admin: await emulator.token(),
    ae: await emulator.token(AE.username),
    manager: await emulator.token(MANAGER),
    finance: await emulator.token(FINANCE),
    csm: await emulator.token(CSM),
  };
  const call = restCaller(emulator, tokens, V);
  const opportunity = async (amount: number) => {
    const created = await call('ae', '/sobjects/Opportunity', {
      method: 'POST',
      json: {
        Name: `Deal ${amount}`,
        StageName: 'Prospecting',
        CloseDate: '2026-12-31',
        Amount: amount,
        Discount__c: 30,
      },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const act = (who: keyof typeof tokens, actionType: string, contextId: string, comments?: string) =>
    call(who, '/process/approvals', {
      method: 'POST',
      json: { requests: [{ actionType, contextId, comments }] },
    });
  const userId = (username: string) => emulator.state.userByUsername(username)?.id;
  return { ...emulator, call, opportunity, act, userId };
}

test('a named user approves the first step; the queue gets the second only when its criteria are met', async () => {
  const org = await setup();
  const queueId = org.state.store.all('Group').find((group) => group.DeveloperName === 'Deal_Desk')?.Id;

  const small = await org.opportunity(50000);
  const submitted = await org.act('ae', 'Submit', small);
  expect(submitted.status).toBe(200);
  expect(submitted.body[0]).toMatchObject({ actorIds: [org.userId(FINANCE)], instanceStatus: 'Pending' });
  const approved = await org.act('finance', 'Approve', submitted.body[0].newWorkitemIds[0]);
  // The second step's criteria are not met: the first approval is the final one.
  expect(approved.body[0]).toMatchObject({ instanceStatus: 'Approved', newWorkitemIds: [] });

  const large = await org.opportunity(250000);
  const first = (await org.act('ae', 'Submit', large)).body[0];
  const second = (await org.act('finance', 'Approve', first.newWorkitemIds[0], 'Numbers check out')).body[0];
  expect(second).toMatchObject({
    actorIds: [queueId],
    instanceStatus: 'Pending',
    newWorkitemIds: [expect.any(String)],
  });
  // Finance acted already: the queue's request is not theirs. A queue member may act on it.
  const notFinance = await org.act('finance', 'Approve', second.newWorkitemIds[0]);
  expect(notFinance.status).toBe(400);
  expect(notFinance.body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
  const done = await org.act('csm', 'Approve', second.newWorkitemIds[0], 'Desk agrees');
  expect(done.body[0]).toMatchObject({ instanceStatus: 'Approved' });

  const steps = await org.call(
    'admin',
    `/query?q=${encodeURIComponent(`SELECT StepStatus, OriginalActorId, ActorId, Comments FROM ProcessInstanceStep WHERE ProcessInstanceId = '${first.instanceId}'`)}`,
  );
  expect(steps.body.records.map((row: Rec) => [row.StepStatus, row.OriginalActorId, row.ActorId])).toEqual([
    ['Started', org.userId(AE.username), org.userId(AE.username)],
    ['Approved', org.userId(FINANCE), org.userId(FINANCE)],
    ['Approved', queueId, org.userId(CSM)],
  ]);
});

test('with AdminOnly editability the approver is locked out too; line items are locked with their opportunity', async () => {
  const org = await setup();
  const id = await org.opportunity(50000);
  const entry = org.state.store
    .all('PricebookEntry')
    .find(
      (row) =>
        row.Name === 'Premium Support' &&
        org.state.store.get('Pricebook2', String(row.Pricebook2Id))?.Name === 'Sales Price Book',
    );
  const line = await org.call('ae', '/sobjects/OpportunityLineItem', {
    method: 'POST',
    json: { OpportunityId: id, PricebookEntryId: entry?.Id, Quantity: 1, UnitPrice: 3000 },
  });
  expect(line.status).toBe(201);
  await org.act('ae', 'Submit', id);

  const byApprover = await org.call('finance', `/sobjects/Opportunity/${id}`, {
    method: 'PATCH',
    json: { Discount_Approved__c: true },
  });
  expect(byApprover).toEqual({
    status: 400,
    body: [{ errorCode: 'ENTITY_IS_LOCKED', message: 'the entity is locked for editing', fields: [] }],
  });
  const lineEdit = await org.call('ae', `/sobjects/OpportunityLineItem/${line.body.id}`, {
    method: 'PATCH',
    json: { Quantity: 5 },
  });
  expect(lineEdit.body[0].errorCode).toBe('ENTITY_IS_LOCKED');
  const lineAdd = await org.call('ae', '/sobjects/OpportunityLineItem', {
    method: 'POST',
    json: { OpportunityId: id, PricebookEntryId: entry?.Id, Quantity: 1, UnitPrice: 3000 },
  });
  expect(lineAdd.body[0].errorCode).toBe('ENTITY_IS_LOCKED');
  const byAdmin = await org.call('admin', `/sobjects/Opportunity/${id}`, {
    method: 'PATCH',
    json: { NextStep: 'Admin' },
  });
  expect(byAdmin.status).toBe(204);
});

test('a failing final field update undoes the whole approval', async () => {
  const org = await setup(
    demoOrg((definition) => {
      definition.validationRules.push({
        object: 'Opportunity',
        name: 'No_Approved_Prospecting',
        active: true,
        errorConditionFormula: 'AND(Discount_Approved__c, ISPICKVAL(StageName, "Prospecting"))',
        errorMessage: 'Move the stage before approving the discount.',
      });
    }),
  );
  const id = await org.opportunity(50000);
  const submitted = (await org.act('ae', 'Submit', id)).body[0];
  const refused = await org.act('manager', 'Approve', submitted.newWorkitemIds[0]);
  expect(refused.status).toBe(400);
  expect(refused.body[0]).toMatchObject({
    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    message: 'Move the stage before approving the discount.',
  });
  const instance = org.state.store.get('ProcessInstance', submitted.instanceId);
  expect(instance?.Status).toBe('Pending');
  expect(org.state.store.live('ProcessInstanceWorkitem').map((row) => row.Id)).toContain(
    submitted.newWorkitemIds[0],
  );
  expect(org.state.store.get('Opportunity', id)).toMatchObject({
    Approval_Status__c: 'Pending',
    Discount_Approved__c: false,
  });
});

test('the resource answers malformed requests and unknown actions with Salesforce-shaped errors', async () => {
  const org = await setup(demoOrg());
  const list = await org.call('ae', '/process/approvals/');
  expect(Object.keys(list.body.approvals)).toEqual(['Opportunity']);
  const noRequests = await org.call('ae', '/process/approvals', {
    method: 'POST',
    json: { actionType: 'Submit' },
  });
  expect(noRequests.status).toBe(400);
  expect(noRequests.body[0].errorCode).toBe('JSON_PARSER_ERROR');
  const id = await org.opportunity(1000);
  const unknown = await org.act('ae', 'Escalate', id);
  expect(unknown.body[0].errorCode).toBe('INVALID_OPERATION');
  const badId = await org.act('ae', 'Submit', 'not-an-id');
  expect(badId.body[0].errorCode).toBe('MALFORMED_ID');
  const resources = await org.call('ae', '');
  expect(resources.body.process).toBe(`${V}/process`);
});

test("Items to Approve holds the user's and their queues' requests; the history lists pending and taken steps", async () => {
  const org = await setup();
  const id = await org.opportunity(250000);
  const user = (username: string) =>
    org.state.userByUsername(username) as NonNullable<ReturnType<typeof org.state.userByUsername>>;
  const first = (await org.act('ae', 'Submit', id, 'Big one')).body[0];
  expect(itemsToApprove(org.state, user(FINANCE)).map((item) => item.targetId)).toEqual([id]);
  expect(itemsToApprove(org.state, user(CSM))).toEqual([]);
  await org.act('finance', 'Approve', first.newWorkitemIds[0], 'Fine by Finance');
  expect(itemsToApprove(org.state, user(FINANCE))).toEqual([]);
  expect(itemsToApprove(org.state, user(CSM)).map((item) => [item.targetId, item.submittedById])).toEqual([
    [id, org.userId(AE.username)],
  ]);
  expect(approvalHistory(org.state, id).map((row) => [row.status, row.comments])).toEqual([
    ['Pending', null],
    ['Approved', 'Fine by Finance'],
    ['Started', 'Big one'],
  ]);
});

test('the approver or an administrator reassigns a request by updating the work item ActorId', async () => {
  const org = await setup();
  const id = await org.opportunity(50000);
  const submitted = (await org.act('ae', 'Submit', id)).body[0];
  const workitem = `/sobjects/ProcessInstanceWorkitem/${submitted.newWorkitemIds[0]}`;
  const bySubmitter = await org.call('ae', workitem, {
    method: 'PATCH',
    json: { ActorId: org.userId(AE.username) },
  });
  expect(bySubmitter.body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
  const reassigned = await org.call('finance', workitem, {
    method: 'PATCH',
    json: { ActorId: org.userId(MANAGER) },
  });
  expect(reassigned.status).toBe(204);
  const pending = await org.call(
    'manager',
    `/query?q=${encodeURIComponent(`SELECT Id, ActorId, OriginalActorId FROM ProcessInstanceWorkitem WHERE ProcessInstanceId = '${submitted.instanceId}'`)}`,
  );
  expect(pending.body.records).toEqual([
    expect.objectContaining({ ActorId: org.userId(MANAGER), OriginalActorId: org.userId(FINANCE) }),
  ]);
  // The old approver may no longer act; the new one may.
  expect((await org.act('finance', 'Approve', submitted.newWorkitemIds[0])).status).toBe(400);
  expect((await org.act('manager', 'Approve', submitted.newWorkitemIds[0])).body[0].instanceStatus).toBe(
    'Approved',
  );
  const steps = org.state.store
    .all('ProcessInstanceStep')
    .filter((row) => row.ProcessInstanceId === submitted.instanceId);
  expect(steps.map((row) => row.StepStatus)).toEqual(['Started', 'Reassigned', 'Approved']);
});

test('submitters by role and subordinates or public group; without allowRecall only administrators recall', async () => {
  const org = await setup(
    demoOrg((definition) => {
      definition.approvalProcesses[0].allowedSubmitters = [{ roleAndSubordinates: 'Sales Manager' }];
      definition.approvalProcesses[0].allowRecall = false;
    }),
  );
  const id = await org.opportunity(50000);
  // The admin has no role: not a submitter of this process.
  expect((await org.act('admin', 'Submit', id)).body[0].errorCode).toBe('NO_APPLICABLE_PROCESS');
  const submitted = (await org.act('ae', 'Submit', id)).body[0];
  expect(submitted.instanceStatus).toBe('Pending');
  const bySubmitter = await org.act('ae', 'Removed', submitted.newWorkitemIds[0]);
  expect(bySubmitter.body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
  const byAdmin = await org.act('admin', 'Removed', submitted.newWorkitemIds[0]);
  expect(byAdmin.body[0]).toMatchObject({ instanceStatus: 'Removed' });

  const grouped = await setup(
    demoOrg((definition) => {
      definition.approvalProcesses[0].allowedSubmitters = [{ group: 'Sales_Team' }];
    }),
  );
  const other = await grouped.opportunity(50000);
  expect((await grouped.act('ae', 'Submit', other)).body[0].instanceStatus).toBe('Pending');
  const outsider = await grouped.opportunity(60000);
  expect((await grouped.act('admin', 'Submit', outsider)).body[0].errorCode).toBe('NO_APPLICABLE_PROCESS');
});

import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import type { ApprovalResult } from '../../emulator/save/approvals';
import { AE, discountedOpportunity, failure, oauthConnection, SDR } from './helpers';

// The demo org's discount approval through jsforce: /process/approvals as conn.request and
// conn.process.approval use it, the approval history objects, and the record lock.
const MANAGER = 'maya.manager@acme-demo.example';
const FINANCE = 'fiona.finance@acme-demo.example';

type Rec = Record<string, unknown> & { Id: string };

test.describe('approvals in the demo org', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  let ae: Connection;
  let manager: Connection;
  let finance: Connection;
  let managerId: string;

  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    ae = await oauthConnection(emulator, AE.username);
    manager = await oauthConnection(emulator, MANAGER);
    finance = await oauthConnection(emulator, FINANCE);
    managerId = (await admin.query<Rec>(`SELECT Id FROM User WHERE Username = '${MANAGER}'`)).records[0].Id;
  });
  test.afterAll(async () => emulator?.stop());

  const discounted = (conn: Connection, discount = 25) =>
    discountedOpportunity(conn, `Discount ${discount}`, discount);
  const approvals = (conn: Connection, requests: object[]) =>
    conn.request({
      method: 'POST',
      url: '/process/approvals',
      body: JSON.stringify({ requests }),
      headers: { 'Content-Type': 'application/json' },
    }) as Promise<ApprovalResult[]>;
  const submit = async (conn: Connection, contextId: string, comments = 'Please approve') =>
    (await approvals(conn, [{ actionType: 'Submit', contextId, comments }]))[0];
  /** jsforce's approve/reject answer a thenable, not a Promise. */
  const settled = <T>(request: {
    then: (resolve: (value: T) => void, reject: (error: unknown) => void) => void;
  }) => new Promise<T>((resolve, reject) => request.then(resolve, reject));
  /** How many work items of the approval instance the connection's user can query. */
  const workitemsSeen = async (conn: Connection, instanceId: string) =>
    (await conn.query(`SELECT Id FROM ProcessInstanceWorkitem WHERE ProcessInstanceId = '${instanceId}'`))
      .totalSize;
  const get = (conn: Connection, id: string) => conn.sobject('Opportunity').retrieve(id) as Promise<Rec>;

  test('GET process/approvals lists the active processes by object, as jsforce reads them', async () => {
    const list = (await ae.process.approval.list()) as unknown as Record<string, Rec[]>;
    const definition = await admin.query<Rec>(
      "SELECT Id FROM ProcessDefinition WHERE DeveloperName = 'Discount_Approval'",
    );
    expect(list).toEqual({
      Opportunity: [
        {
          id: definition.records[0].Id,
          name: 'Discount_Approval',
          object: 'Opportunity',
          sortOrder: 1,
          description: null,
        },
      ],
    });
  });

  test('the owner submits: the request goes to their manager, the record locks, the history is queryable', async () => {
    const id = await discounted(ae);
    const submitted = await submit(ae, id);
    expect(submitted).toEqual({
      actorIds: [managerId],
      entityId: id,
      errors: null,
      instanceId: expect.stringMatching(/^04g/),
      instanceStatus: 'Pending',
      newWorkitemIds: [expect.stringMatching(/^04i/)],
      success: true,
    });
    expect(await get(ae, id)).toMatchObject({ Approval_Status__c: 'Pending' });

    const locked = await failure(
      ae.sobject('Opportunity').update({ Id: id, StageName: 'Negotiation/Review' }),
    );
    expect(locked.errorCode).toBe('ENTITY_IS_LOCKED');
    expect(locked.message).toBe('the entity is locked for editing');
    expect((await get(ae, id)).StageName).toBe('Proposal/Price Quote');

    const instance = await ae.query<Rec>(
      `SELECT Id, Status, SubmittedById, ProcessDefinition.DeveloperName, (SELECT StepStatus, Comments FROM Steps), (SELECT ActorId FROM Workitems) FROM ProcessInstance WHERE TargetObjectId = '${id}'`,
    );
    expect(instance.records).toHaveLength(1);
    expect(instance.records[0]).toMatchObject({
      Id: submitted.instanceId,
      Status: 'Pending',
      ProcessDefinition: expect.objectContaining({ DeveloperName: 'Discount_Approval' }),
    });
    expect((instance.records[0].Steps as { records: Rec[] }).records).toEqual([
      expect.objectContaining({ StepStatus: 'Started', Comments: 'Please approve' }),
    ]);
    expect((instance.records[0].Workitems as { records: Rec[] }).records).toEqual([
      expect.objectContaining({ ActorId: managerId }),
    ]);

    // The history is readable with the record: the SDR, who cannot read opportunities, sees none of it.
    const sdr = await oauthConnection(emulator, SDR.username);
    const hidden = await sdr.query(`SELECT Id FROM ProcessInstance WHERE TargetObjectId = '${id}'`);
    expect(hidden.totalSize).toBe(0);
    expect(await workitemsSeen(sdr, submitted.instanceId)).toBe(0);

    // The approver's pending requests.
    const pending = await manager.query<Rec>(
      `SELECT Id, ProcessInstance.TargetObjectId FROM ProcessInstanceWorkitem WHERE ActorId = '${managerId}'`,
    );
    expect(pending.records.map((row) => (row.ProcessInstance as Rec).TargetObjectId)).toContain(id);
  });

  test('while pending, the current approver and administrators may edit; others are locked out', async () => {
    const id = await discounted(ae);
    await submit(ae, id);
    await manager.sobject('Opportunity').update({ Id: id, NextStep: 'Manager reviewed' });
    await admin.sobject('Opportunity').update({ Id: id, Description: 'Admin fix' });
    expect(await get(admin, id)).toMatchObject({ NextStep: 'Manager reviewed', Description: 'Admin fix' });
    expect(
      (await failure(finance.sobject('Opportunity').update({ Id: id, Discount_Approved__c: true })))
        .errorCode,
    ).toBe('ENTITY_IS_LOCKED');
    expect((await failure(ae.sobject('Opportunity').destroy(id))).errorCode).toBe('ENTITY_IS_LOCKED');
  });

  test('the manager approves: the final actions run, the record unlocks, the seller moves the stage', async () => {
    const id = await discounted(ae);
    const submitted = await submit(ae, id);
    const approved = await settled(
      manager.process.approval.approve(submitted.newWorkitemIds[0], 'Within policy'),
    );
    expect(approved).toMatchObject({
      entityId: id,
      instanceId: submitted.instanceId,
      instanceStatus: 'Approved',
      // Salesforce's spelling (REST API Developer Guide); jsforce's type says newWorkItemIds.
      newWorkitemIds: [],
      actorIds: [],
      success: true,
    });
    expect(await get(ae, id)).toMatchObject({ Approval_Status__c: 'Approved', Discount_Approved__c: true });
    await ae.sobject('Opportunity').update({ Id: id, StageName: 'Negotiation/Review' });
    expect((await get(ae, id)).StageName).toBe('Negotiation/Review');
    const steps = await ae.query<Rec>(
      `SELECT StepStatus, ActorId, Comments FROM ProcessInstanceStep WHERE ProcessInstanceId = '${submitted.instanceId}' ORDER BY CreatedDate`,
    );
    expect(steps.records.map((row) => [row.StepStatus, row.Comments])).toEqual([
      ['Started', 'Please approve'],
      ['Approved', 'Within policy'],
    ]);
    expect(await workitemsSeen(ae, submitted.instanceId)).toBe(0);
    const instance = await ae.query<Rec>(
      `SELECT Status, CompletedDate FROM ProcessInstance WHERE Id = '${submitted.instanceId}'`,
    );
    expect(instance.records[0]).toMatchObject({ Status: 'Approved', CompletedDate: expect.any(String) });
  });

  test('the manager rejects, or the seller recalls: the record unlocks with the matching status', async () => {
    const rejectedId = await discounted(ae);
    const first = await submit(ae, rejectedId);
    const rejected = await settled(manager.process.approval.reject(first.newWorkitemIds[0], 'Too deep'));
    expect(rejected).toMatchObject({ instanceStatus: 'Rejected', success: true });
    expect(await get(ae, rejectedId)).toMatchObject({
      Approval_Status__c: 'Rejected',
      Discount_Approved__c: false,
    });
    await ae.sobject('Opportunity').update({ Id: rejectedId, Discount__c: 15 });

    const recalledId = await discounted(ae);
    const second = await submit(ae, recalledId);
    const [recalled] = await approvals(ae, [{ actionType: 'Removed', contextId: second.newWorkitemIds[0] }]);
    expect(recalled).toMatchObject({ instanceStatus: 'Removed', entityId: recalledId, success: true });
    expect(await get(ae, recalledId)).toMatchObject({ Approval_Status__c: 'Recalled' });
    await ae.sobject('Opportunity').update({ Id: recalledId, Discount__c: 10 });
  });

  test('Salesforce refusals: no applicable process, already in process, not the approver, no manager', async () => {
    const small = await discounted(ae, 20);
    const none = await failure(submit(ae, small));
    expect(none).toMatchObject({
      errorCode: 'NO_APPLICABLE_PROCESS',
      message: 'No applicable approval process was found.',
    });

    const id = await discounted(ae);
    // Only the owner may submit.
    expect((await failure(submit(manager, id))).errorCode).toBe('NO_APPLICABLE_PROCESS');
    const submitted = await submit(ae, id);
    const twice = await failure(submit(ae, id));
    expect(twice.errorCode).toBe('ALREADY_IN_PROCESS');

    const notApprover = await failure(
      settled(finance.process.approval.approve(submitted.newWorkitemIds[0], 'me too')),
    );
    expect(notApprover.errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    const unknown = await failure(
      settled(manager.process.approval.approve(submitted.instanceId, 'wrong id')),
    );
    expect(unknown.errorCode).toBe('INVALID_CROSS_REFERENCE_KEY');

    // The manager has no manager of her own.
    const own = await discounted(manager);
    const noManager = await failure(submit(manager, own));
    expect(noManager.errorCode).toBe('MANAGER_NOT_DEFINED');
    expect(await get(manager, own)).toMatchObject({ Approval_Status__c: 'Not Submitted' });
    await manager.sobject('Opportunity').update({ Id: own, StageName: 'Negotiation/Review' });
  });
});

import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import type { RunningEmulator } from '../../emulator';
import { emulatorWithAdmin } from './helpers';

// ApprovalProcess through the Metadata API (jsforce's conn.metadata), as a run reads it on a real org to
// tell which entry criteria, submitters or approvers kept a record out of an approval.
let emulator: RunningEmulator;
let conn: Connection;
test.beforeAll(async () => {
  ({ emulator, conn } = await emulatorWithAdmin());
});
test.afterAll(async () => emulator?.stop());

test('listMetadata and readMetadata give the approval process with its criteria, submitters and steps', async () => {
  const listed = await conn.metadata.list({ type: 'ApprovalProcess' });
  const definition = await conn.query<{ Id: string }>(
    "SELECT Id FROM ProcessDefinition WHERE DeveloperName = 'Discount_Approval'",
  );
  expect(listed).toEqual([
    expect.objectContaining({
      type: 'ApprovalProcess',
      fullName: 'Opportunity.Discount_Approval',
      fileName: 'approvalProcesses/Opportunity.Discount_Approval.approvalProcess',
      id: definition.records[0].Id,
    }),
  ]);
  const read = (await (
    conn.metadata as unknown as { read(type: string, names: string): Promise<Record<string, unknown>> }
  ).read('ApprovalProcess', 'Opportunity.Discount_Approval')) as Record<string, unknown>;
  expect(read).toMatchObject({
    fullName: 'Opportunity.Discount_Approval',
    active: true,
    allowRecall: true,
    label: 'Discounts above 20%',
    entryCriteria: { formula: 'Discount__c > 0.2' },
    allowedSubmitters: [{ type: 'owner' }],
    recordEditability: 'AdminOrCurrentApprover',
    nextAutomatedApprover: { useApproverFieldOfRecordOwner: false, userHierarchyField: 'Manager' },
    approvalStep: [
      {
        name: 'Sales_Manager',
        label: "Seller's manager",
        assignedApprover: { approver: [{ name: 'Manager', type: 'userHierarchyField' }] },
      },
    ],
    finalApprovalRecordLock: false,
  });
});

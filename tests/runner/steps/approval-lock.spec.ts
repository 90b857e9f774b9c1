import { type Browser, expect, test } from '@playwright/test';
import { parseOrgDefinition, type RunningEmulator, startEmulator } from '../../../emulator';
import type { CreatedRecord } from '../../../fixtures';
import type { OrgConnection } from '../../../fixtures/org-connection';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep, type StepContext } from '../../../runner/steps';
import { editedDemoText } from '../../emulator/helpers';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * `approval: { locked }` clicks Edit as the persona and never saves: only Salesforce's lock message on Edit,
 * confirmed by the org's approval (read as the admin), proves a lock; any other refusal is reported as what it is.
 */
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;

// A validation rule whose message says "blocked": a save it refuses is not a lock.
const withBlockingRule = parseOrgDefinition(
  editedDemoText([
    'validationRules:\n',
    `validationRules:
  - object: Opportunity
    name: Deep_Discount_Blocked
    errorConditionFormula: AND(Discount__c > 0.4, $Profile.Name <> "System Administrator")
    errorMessage: Discounts above 40% are blocked until Deal Desk signs off.
    errorDisplayField: Discount__c
`,
  ]),
  'org.yaml',
);

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, org: withBlockingRule });
});
test.afterAll(async () => emulator?.stop());

async function sellerOn(
  browser: Browser,
  discount: number,
): Promise<{ seller: StepContext; org: OrgConnection; deal: CreatedRecord }> {
  const { context, org, records } = await personaStepContext(browser, emulator, AE);
  const deal = await discountedDeal(org, `Lock ${discount}`, discount);
  records.set('deal', deal);
  const seller = { ...context, org };
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  return { seller, org, deal };
}

async function modstamp(org: OrgConnection, id: string): Promise<string> {
  return String(
    (
      await org.conn.query<{ SystemModstamp: string }>(
        `SELECT SystemModstamp FROM Opportunity WHERE Id = '${id}'`,
      )
    ).records[0]?.SystemModstamp,
  );
}

test('locked: true on a record never submitted fails — Edit opens the form, and nothing is saved', async ({
  browser,
}) => {
  const { seller, org, deal } = await sellerOn(browser, 45);
  const before = await modstamp(org, deal.id);
  await expectationFailure(runStep(step({ kind: 'approval', locked: true }), seller), [
    `on Opportunity ${deal.id} (data "deal"):`,
    'locked: expected Edit to be refused with the lock message, but Edit opened the edit form (closed again without saving) — the record was never submitted for approval, so no approval locks it',
  ]);
  expect(await modstamp(org, deal.id)).toBe(before);
});

test('locked: false proves the record editable by the form opening, without saving it', async ({
  browser,
}) => {
  const { seller, org, deal } = await sellerOn(browser, 10);
  const before = await modstamp(org, deal.id);
  await runStep(step({ kind: 'approval', locked: false }), seller);
  expect(await modstamp(org, deal.id)).toBe(before);
});

test('locked: true on a pending request: refused with the lock message and confirmed by the org', async ({
  browser,
}) => {
  const { seller } = await sellerOn(browser, 30);
  await runStep(step({ kind: 'submitForApproval', comment: 'Three-year term' }), seller);
  await runStep(step({ kind: 'approval', locked: true }), seller);
  await expectationFailure(runStep(step({ kind: 'approval', locked: false }), seller), [
    'locked: expected the record to be editable, but Edit was refused: "This record is locked. If you need to edit it, contact your admin." — its approval request is pending (ProcessInstance Status Pending), and submitting locks the record',
  ]);
});

import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { LOCKED_RECORD_UI_MESSAGE } from '../../../emulator/save/record-locks';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep, type StepContext } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * The approval steps and expectations against the emulator's approval pages, each signed in as the persona
 * that acts (until `as:` switches personas inside one scenario): the seller submits and recalls, the manager
 * approves or rejects from Items to Approve. Every failure names the persona, the record and why.
 */
const MANAGER = 'maya.manager@acme-demo.example';
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;
const open = (record = 'deal') => step({ kind: 'open', record });
/** Runs one step as the persona of `who`. */
const act = (who: StepContext, action: Parameters<typeof step>[0]) => runStep(step(action), who);

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

/** A persona's step context with the admin's API session (for diagnoses) and the opportunity as "deal". */
async function as(browser: Browser, username: string, dealId?: string): Promise<StepContext> {
  const { context, org, records } = await personaStepContext(browser, emulator, username);
  if (dealId) records.set('deal', { sobject: 'Opportunity', id: dealId });
  return { ...context, org };
}

async function deal(browser: Browser, name: string, discount: number): Promise<string> {
  const { org } = await personaStepContext(browser, emulator, AE);
  return (await discountedDeal(org, name, discount)).id;
}

async function submitted(browser: Browser, name: string, discount = 25): Promise<string> {
  const id = await deal(browser, name, discount);
  const seller = await as(browser, AE, id);
  await runStep(open(), seller);
  await act(seller, { kind: 'submitForApproval', comment: 'Three-year term' });
  return id;
}

test('submitForApproval: the request goes to the manager and the record is locked for the seller', async ({
  browser,
}) => {
  const id = await deal(browser, 'Steps submit 25', 25);
  const seller = await as(browser, AE, id);
  await runStep(open(), seller);
  await act(seller, { kind: 'submitForApproval', comment: 'Three-year term' });
  await act(seller, {
    kind: 'approval',
    status: 'Pending',
    pendingApprover: 'Maya Patel',
    locked: true,
    history: [
      { status: 'Pending', assignedTo: 'Maya Patel' },
      { status: 'Submitted', actualApprover: 'Ava Chen', comments: 'Three-year term' },
    ],
  });
});

test('submitForApproval: no process matches — the failure names the entry criteria and the record values', async ({
  browser,
}) => {
  const seller = await as(browser, AE, await deal(browser, 'Steps submit 10', 10));
  await runStep(open(), seller);
  await expectationFailure(act(seller, { kind: 'submitForApproval', comment: 'Small' }), [
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) could not submit Opportunity',
    'Salesforce said "No applicable approval process was found."',
    '"Discounts above 20%" (Opportunity.Discount_Approval)',
    'its entry criteria are Discount__c > 0.2; the record has Discount__c = 10',
  ]);
});

test("submitForApproval: the persona may not submit someone else's record — the failure names the owner", async ({
  browser,
}) => {
  const manager = await as(browser, MANAGER, await deal(browser, 'Steps submit other', 30));
  await runStep(open(), manager);
  const error = await failure(act(manager, { kind: 'submitForApproval' }));
  expect(error.message).toContain(
    'only the record owner may submit, and the owner is Ava Chen (ava.ae@acme-demo.example)',
  );
});

test('approval: a wrong status, approver and lock are each reported with what the page shows', async ({
  browser,
}) => {
  const id = await submitted(browser, 'Steps wrong expectation');
  const seller = await as(browser, AE, id);
  await runStep(open(), seller);
  await expectationFailure(
    act(seller, { kind: 'approval', status: 'Approved', pendingApprover: 'Fiona Grant', locked: false }),
    [
      `Persona "ae" (Ava Chen, ava.ae@acme-demo.example) on Opportunity ${id} (data "deal"):`,
      'status: expected "Approved", but the Approval History\'s latest row is "Pending"',
      'pending approver: expected "Fiona Grant", but the request went to "Maya Patel" — in "Discounts above 20%" ' +
        "(Opportunity.Discount_Approval), step \"Seller's manager\" goes to the submitter's Manager: Ava Chen's Manager " +
        'is Maya Patel (maya.manager@acme-demo.example) (User.ManagerId)',
      'locked: expected the record to be editable, but Edit was refused: "This record is locked. If you need to edit it, contact your admin."',
    ],
  );
});

test('itemsToApprove and approve: the manager finds the request and approves it; the seller sees it approved and unlocked', async ({
  browser,
}) => {
  const id = await submitted(browser, 'Steps approve');
  const manager = await as(browser, MANAGER, id);
  await act(manager, { kind: 'itemsToApprove', includes: ['deal'], excludes: [] });
  await act(manager, { kind: 'approve', record: 'deal', comment: 'Fine this quarter' });
  await act(manager, { kind: 'itemsToApprove', includes: [], excludes: ['deal'] });
  const seller = await as(browser, AE, id);
  await runStep(open(), seller);
  await act(seller, {
    kind: 'approval',
    status: 'Approved',
    locked: false,
    history: [
      { status: 'Approved', actualApprover: 'Maya Patel', comments: 'Fine this quarter' },
      { status: 'Submitted' },
    ],
  });
});

test('approve: a persona the request did not go to fails saying who has it', async ({ browser }) => {
  const id = await submitted(browser, 'Steps elsewhere');
  const sdr = await as(browser, SDR, id);
  await expectationFailure(act(sdr, { kind: 'approve', record: 'deal' }), [
    `Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example): Opportunity "Steps elsewhere" (${id}, data "deal") is not in their Items to Approve`,
    'Why: the request went to Maya Patel (maya.manager@acme-demo.example)',
  ]);
});

test('itemsToApprove: a record never submitted is reported missing with the reason', async ({ browser }) => {
  const manager = await as(browser, MANAGER, await deal(browser, 'Steps never submitted', 25));
  const error = await failure(act(manager, { kind: 'itemsToApprove', includes: ['deal'], excludes: [] }));
  expect(error.message).toContain('Opportunity "Steps never submitted" (');
  expect(error.message).toContain(', data "deal"): expected listed');
  expect(error.message).toContain(
    'expected listed, but it is not — the record was never submitted for approval',
  );
});

test('reject from Items to Approve, and recall by the seller; recall with nothing pending fails', async ({
  browser,
}) => {
  const rejectedId = await submitted(browser, 'Steps reject');
  const manager = await as(browser, MANAGER, rejectedId);
  await act(manager, { kind: 'reject', record: 'deal', comment: 'Too deep' });
  const seller = await as(browser, AE, rejectedId);
  await runStep(open(), seller);
  await act(seller, { kind: 'approval', status: 'Rejected', locked: false });

  const recalledId = await submitted(browser, 'Steps recall');
  const again = await as(browser, AE, recalledId);
  await runStep(open(), again);
  await act(again, { kind: 'recall', comment: 'Wrong discount' });
  await act(again, { kind: 'approval', status: 'Recalled' });
  const error = await failure(act(again, { kind: 'recall' }));
  expect(error.message).toContain(
    `Persona "ae" (Ava Chen, ava.ae@acme-demo.example): the Approval History of Opportunity ${recalledId} (data "deal") offers no Recall (latest status: Recalled)`,
  );
});

test('edit on a record an approval locked: refused with the lock message and who the request waits for', async ({
  browser,
}) => {
  const id = await submitted(browser, 'Steps edit locked');
  const seller = await as(browser, AE, id);
  await runStep(open(), seller);
  const edit = (expectError?: string): Step =>
    ({ kind: 'edit', title: 'edit', location, fields: { NextStep: 'Call back' }, expectError }) as Step;

  await runStep(edit(LOCKED_RECORD_UI_MESSAGE), seller);
  const { message } = await failure(runStep(edit(), seller));
  expect(message).toContain(`Persona "ae" (Ava Chen, ${AE}) cannot edit Opportunity ${id}`);
  expect(message).toContain(`Edit was refused — Salesforce said "${LOCKED_RECORD_UI_MESSAGE}"`);
  expect(message).toContain(
    `the record is locked: its approval request is pending with Maya Patel (${MANAGER})`,
  );
});

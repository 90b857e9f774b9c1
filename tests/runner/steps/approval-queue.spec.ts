import { expect, test } from '@playwright/test';
import { parseOrgDefinition, type RunningEmulator, startEmulator } from '../../../emulator';
import type { CreatedRecord } from '../../../fixtures';
import { pendingRequests } from '../../../fixtures/approval-requests';
import type { OrgConnection } from '../../../fixtures/org-connection';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep } from '../../../runner/steps';
import { editedDemoText } from '../../emulator/helpers';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * A request assigned to a queue waits for each of its members: Items to Approve lists it to them. A member's
 * card that does not show it cannot prove it "not listed".
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction): Step => ({ ...action, title: action.kind, location }) as Step;

const withQueueApproval = parseOrgDefinition(
  editedDemoText([
    'approvalProcesses:\n',
    `approvalProcesses:
  - object: Lead
    name: Lead_Review
    label: Lead review
    allowedSubmitters: [owner]
    steps:
      - { name: Queue_Review, approver: { queue: SDR_Queue } }
`,
  ]),
  'org.yaml',
);

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, org: withQueueApproval });
});
test.afterAll(async () => emulator?.stop());

/** A lead the admin owns and submits through the REST API: its request goes to SDR_Queue. */
async function submittedLead(org: OrgConnection, name: string): Promise<CreatedRecord> {
  const created = await org.conn.sobject('Lead').create({ LastName: name, Company: 'Initech' });
  if (!created.success) throw new Error('create failed');
  await org.conn.request({
    method: 'POST',
    url: `/services/data/v${org.conn.version}/process/approvals`,
    body: JSON.stringify({ requests: [{ actionType: 'Submit', contextId: created.id }] }),
    headers: { 'content-type': 'application/json' },
  });
  return { sobject: 'Lead', id: created.id };
}

test("a queue member's card that leaves out the queue's request cannot prove it not listed", async ({
  browser,
}) => {
  const { context, org, records } = await personaStepContext(browser, emulator, SDR);
  const shown = await submittedLead(org, 'Shown');
  const left = await submittedLead(org, 'Left out');
  records.set('shown', shown);
  records.set('left', left);
  const [request] = await pendingRequests(org, left.id);
  expect(request?.actorId.startsWith('00G'), 'the request waits for the queue').toBe(true);
  // Only the first rows of a long card are shown: here the left-out request's row is not on it.
  await context.page.route('**/lightning/page/home', async (route) => {
    const page = await route.fetch();
    const body = (await page.text()).replace(
      new RegExp(`<tr data-row-key-value="${request?.id}">[\\s\\S]*?</tr>`),
      '',
    );
    await route.fulfill({ response: page, body });
  });
  await expectationFailure(
    runStep(step({ kind: 'itemsToApprove', includes: ['shown'], excludes: ['left'] }), { ...context, org }),
    [
      'Lead "Left out" (',
      'expected not listed; the card shows no row for it, but the org says its request waits for the persona (ProcessInstanceWorkitem.ActorId: them, or a queue they belong to)',
    ],
  );
});

import { expect, test } from '@playwright/test';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type RunningEmulator, startEmulator } from '../../../emulator';
import { TestData } from '../../../fixtures/test-data';
import type { Step } from '../../../runner/model';
import type { ApiCondition } from '../../../runner/model-journeys';
import { runStep } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * The journey steps against the emulator, each passing and failing: cannotOpen, wait, expectApi, screenshot and
 * click. The failing ones assert the whole message: persona, record, what was expected, what was seen and why.
 */
const SDR = 'sam.sdr@acme-demo.example';
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: Record<string, unknown>): Step => ({ title: 'step', location, ...action }) as Step;
const condition = (record: string, fields: ApiCondition['fields'], more: Partial<ApiCondition> = {}) =>
  step({ kind: 'wait', record, fields, withinMs: 5_000, ...more });

/** A web lead from Canada, created with the assignment rules on: they give it to the SDR, with a Task. */
const ROUTED_LEAD = {
  sobject: 'Lead',
  fields: { LastName: 'Routed', Company: 'Maple Leaf', Country: 'Canada', LeadSource: 'Web' },
  autoAssign: true,
};

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator();
});
test.afterEach(async () => emulator?.stop());

async function sdrWith(
  browser: Parameters<typeof personaStepContext>[0],
  data: Record<string, { sobject: string; fields: Record<string, unknown>; autoAssign?: boolean }>,
) {
  const setup = await personaStepContext(browser, emulator, SDR);
  setup.context.org = setup.org;
  const testData = new TestData(setup.org);
  for (const [key, { sobject, fields, autoAssign }] of Object.entries(data)) {
    setup.records.set(key, await testData.create(sobject, fields, { autoAssign: autoAssign ?? false }));
  }
  return setup;
}

test('cannotOpen passes on Insufficient Privileges and records why: the closed lead is not shared with the SDR', async ({
  browser,
}, testInfo) => {
  const { context } = await sdrWith(browser, {
    closed: {
      sobject: 'Lead',
      fields: { LastName: 'Closed', Company: 'Initech', Status: 'Closed - Not Converted' },
    },
  });
  await runStep(step({ kind: 'cannotOpen', record: 'closed' }), context);
  const note = testInfo.annotations.find((annotation) => annotation.type === 'cannot open');
  expect(note?.description).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\) cannot open Lead 00Q\w{15} \(data "closed"\): the record is not shared with them/,
  );
});

test('cannotOpen fails when the persona opens the record, naming the grant that opens it', async ({
  browser,
}) => {
  const { context } = await sdrWith(browser, {
    lead: { sobject: 'Lead', fields: { LastName: 'Open', Company: 'Initech' } },
  });
  const error = await expectationFailure(runStep(step({ kind: 'cannotOpen', record: 'lead' }), context));
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\) opened Lead 00Q\w{15} \(data "lead"\): expected Insufficient Privileges, but the record page loaded\. Why they can open it: Read on Lead comes from profile "Sales Development Rep"; the org-wide default is Private and they neither own it nor sit above its owner in the role hierarchy, so sharing opens it \(UserRecordAccess\.HasReadAccess is true\): /,
  );
  expect(error.message).toContain(
    'Sales_Team (role Sales Manager and its subordinates), SDR_Queue (direct).',
  );
});

test('cannotOpen fails on a record deleted before the step: its error page proves nothing about access', async ({
  browser,
}) => {
  const { context, org } = await sdrWith(browser, {
    closed: {
      sobject: 'Lead',
      fields: { LastName: 'Closed', Company: 'Initech', Status: 'Closed - Not Converted' },
    },
  });
  await org.conn.sobject('Lead').destroy(context.records.get('closed')?.id as string);
  const error = await expectationFailure(runStep(step({ kind: 'cannotOpen', record: 'closed' }), context));
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): Lead 00Q\w{15} \(data "closed"\) showed "/,
  );
  expect(error.message).toContain(
    'which is not Insufficient Privileges, so it says nothing about the persona',
  );
  expect(error.message).toContain('read as the admin, the record no longer exists');
});

test('wait passes once assignment rules gave the lead to its owner; expectApi finds the follow-up Task', async ({
  browser,
}) => {
  const { context } = await sdrWith(browser, {
    lead: ROUTED_LEAD,
    queued: {
      sobject: 'Lead',
      fields: { LastName: 'Queued', Company: 'Globex', LeadSource: 'Web' },
      autoAssign: true,
    },
  });
  await runStep(condition('lead', { OwnerId: { user: SDR }, Country: 'Canada' }), context);
  await runStep(condition('queued', { OwnerId: { queue: 'SDR Queue' } }), context);
  await runStep(
    step({
      kind: 'expectApi',
      record: 'lead',
      fields: {},
      task: { subject: 'Call new lead', owner: { user: 'Sam Rivera' } },
      withinMs: 5_000,
    }),
    context,
  );
});

test('wait that runs out says what it waited for, what was last seen and why', async ({ browser }) => {
  const { context } = await sdrWith(browser, { lead: ROUTED_LEAD });
  const error = await failure(
    runStep(condition('lead', { OwnerId: { queue: 'SDR_Queue' } }, { withinMs: 1_000 }), context),
  );
  expect(error.name).toBe('Error');
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): waited for Lead 00Q\w{15} \(data "lead"\) as the admin through the API, in vain: OwnerId: expected queue SDR_Queue, but the org shows user Sam Rivera \(005\w{15}\)\. Last seen after \d+ read\(s\) over 1 s: OwnerId = user Sam Rivera \(005\w{15}\)\. Automation on Lead: no record-triggered flow on Lead sets OwnerId \(its flows: .*"Lead - Follow-up task for the new owner" \(Lead_Follow_Up_Task\), active\); assignment rule "Standard Lead Routing": active, and the record meets entry 1 \(formula Country = "Canada": the record's Country is Canada\), which assigns it to user sam\.sdr@acme-demo\.example — check that the record was saved/,
  );
});

test('a wait for the username of the user the field already holds says they are the same user, without waiting on', async ({
  browser,
}) => {
  const { context } = await sdrWith(browser, { lead: ROUTED_LEAD });
  const error = await failure(runStep(condition('lead', { OwnerId: SDR }, { withinMs: 60_000 }), context));
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): waited for Lead 00Q\w{15} \(data "lead"\) as the admin through the API, in vain: OwnerId: expected "sam\.sdr@acme-demo\.example", but the org shows user Sam Rivera \(005\w{15}\) — that is the user "sam\.sdr@acme-demo\.example" itself: OwnerId holds the user's Id, which text never equals; write OwnerId: \{ user: sam\.sdr@acme-demo\.example \} to compare the user\. Not waited for further, as no later read can meet it: OwnerId = user Sam Rivera/,
  );
  const byName = await failure(runStep(condition('lead', { OwnerId: 'Sam Rivera' }), context));
  expect(byName.message).toContain(
    'that is the user "Sam Rivera" itself: OwnerId holds the user\'s Id, which text never equals; write OwnerId: { user: Sam Rivera }',
  );
});

test('expectApi fails naming the Task expected and the Tasks the record has', async ({ browser }) => {
  const { context } = await sdrWith(browser, { lead: ROUTED_LEAD });
  const error = await expectationFailure(
    runStep(
      step({
        kind: 'expectApi',
        record: 'lead',
        fields: { Rating: 'Hot' },
        task: { subject: 'Send welcome pack' },
        withinMs: 1_000,
      }),
      context,
    ),
  );
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): on Lead 00Q\w{15} \(data "lead"\), read as the admin through the API: Rating: expected "Hot", but the org shows null; expected a Task "Send welcome pack", but the record's Tasks are: "Call new lead" owned by user Sam Rivera \(005\w{15}\)\. Last seen after/,
  );
});

test('expectApi without the Task a flow creates names that flow and that it is not active', async ({
  browser,
}) => {
  await emulator.stop();
  emulator = await startEmulator({
    org: demoOrg((org) => {
      const flow = org.flows.find((each) => each.name === 'Lead_Follow_Up_Task');
      if (flow) flow.active = false;
    }),
  });
  const { context } = await sdrWith(browser, { lead: ROUTED_LEAD });
  const error = await expectationFailure(
    runStep(
      step({
        kind: 'expectApi',
        record: 'lead',
        fields: {},
        task: { subject: 'Call new lead' },
        withinMs: 1_000,
      }),
      context,
    ),
  );
  expect(error.message).toContain(
    'Automation on Lead: flow "Lead - Follow-up task for the new owner" (Lead_Follow_Up_Task), record-triggered ' +
      'after save, creates Task: not active (its latest version is Draft), its entry condition is the formula ' +
      'AND(ISPICKVAL({!$Record.LeadSource}, "Web"), BEGINS({!$Record.OwnerId}, "005"), OR(ISNEW(), ' +
      'ISCHANGED({!$Record.OwnerId}))), not tried on the record: it looks at the save itself (ISCHANGED, ISNEW ' +
      'or PRIORVALUE) — check that the record was saved',
  );
});

test('a field written in another case than the org spells it is read all the same', async ({ browser }) => {
  const { context } = await sdrWith(browser, { lead: ROUTED_LEAD });
  await runStep(condition('lead', { country: 'Canada', LEADSOURCE: 'Web' }, { withinMs: 500 }), context);
});

test('an empty field never meets a number expected through the API, not even 0', async ({ browser }) => {
  const { context } = await sdrWith(browser, {
    lead: { sobject: 'Lead', fields: { LastName: 'Unscored', Company: 'Initech' } },
  });
  const error = await failure(runStep(condition('lead', { Lead_Score__c: 0 }, { withinMs: 500 }), context));
  expect(error.message).toContain('Lead_Score__c: expected 0, but the org shows');
  await runStep(condition('lead', { Lead_Score__c: null }, { withinMs: 500 }), context);
});

test('a queue or user that does not exist is an error naming the real ones, never a wait that times out', async ({
  browser,
}) => {
  const { context } = await sdrWith(browser, {
    lead: { sobject: 'Lead', fields: { LastName: 'X', Company: 'Y' } },
  });
  const error = await failure(runStep(condition('lead', { OwnerId: { queue: 'SDR_Queu' } }), context));
  expect(error.message).toBe(
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example): No queue "SDR_Queu" in the org. Expected a queue\'s developer name or name: SDR_Queue, Customer_Success_Queue.',
  );
});

test('a wait on a record deleted meanwhile names it as every failure does: object, name, id and key', async ({
  browser,
}) => {
  const { context, org } = await sdrWith(browser, {
    account: { sobject: 'Account', fields: { Name: 'Maple Leaf Ltd' } },
  });
  await org.conn.sobject('Account').destroy(context.records.get('account')?.id as string);
  const error = await failure(runStep(condition('account', { Industry: 'Retail' }), context));
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): Account "Maple Leaf Ltd" \(001\w{15}, data "account"\) no longer exists in the org$/,
  );
});

test('a wait stopped by the end of its test names the record it waited for as every failure does', async ({
  browser,
}) => {
  const { context } = await sdrWith(browser, {
    account: { sobject: 'Account', fields: { Name: 'Maple Leaf Ltd' } },
  });
  await context.page.close();
  const error = await failure(runStep(condition('account', { Industry: 'Retail' }), context));
  expect(error.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): stopped waiting for Account "Maple Leaf Ltd" \(001\w{15}, data "account"\): the test is over$/,
  );
});

test('screenshot attaches the whole page under its name', async ({ browser }, testInfo) => {
  const { context } = await sdrWith(browser, {});
  await runStep(step({ kind: 'screenshot', name: 'home as the SDR' }), context);
  const attached = testInfo.attachments.find((attachment) => attachment.name === 'home as the SDR');
  expect(attached?.contentType).toBe('image/png');
  expect(attached?.body?.subarray(1, 4).toString()).toBe('PNG');
});

test('click finds an action in the overflow menu; an unknown label lists the actions offered', async ({
  browser,
}) => {
  // Every action in the "Show more actions" menu: none is shown as a button.
  const org = structuredClone(loadOrgDefinition(DEFAULT_ORG_FILE));
  org.recordUi.visibleActions = 0;
  await emulator.stop();
  emulator = await startEmulator({ org });
  const { context, org: admin, page, records } = await personaStepContext(browser, emulator, AE);
  context.org = admin;
  const deal = await new TestData(admin).create(
    'Opportunity',
    { Name: 'Click', StageName: 'Prospecting', CloseDate: '2030-01-31', OwnerId: context.persona.user.id },
    { autoAssign: false },
  );
  records.set('deal', deal);
  await runStep(step({ kind: 'open', record: 'deal' }), context);
  await runStep(step({ kind: 'click', action: 'Edit' }), context);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
  const error = await failure(runStep(step({ kind: 'click', action: 'Submit for Aproval' }), context));
  expect(error.message).toBe(
    `Persona "ae" (Ava Chen, ${AE}): Opportunity "Click" (${deal.id}, data "deal") offers no action "Submit for Aproval", neither in the ` +
      'actions ribbon nor in its "Show more actions" menu. The page offers: Edit, Delete, Submit for Approval. ' +
      'Did you mean "Submit for Approval"?',
  );
});

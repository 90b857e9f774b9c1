import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { FlowDefinition } from '../../../emulator/org/schema-automation';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * A value the page shows differently from what was expected says what the org stores for the field and which
 * record-triggered flows of the object set it, with their state, read as the admin.
 */
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const open: Step = { kind: 'open', title: 'open', location, record: 'lead' };
const expectValues = (values: Record<string, string>): Step => ({
  kind: 'expect',
  title: 'expect',
  location,
  visible: [],
  hidden: [],
  readOnly: [],
  values,
});

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

/** The AE's own lead scored 91, as test data `lead`; the flow Lead_Hot_Rating rates such a lead Hot. */
/** The demo org with its hot-rating flow (Lead_Hot_Rating) changed. */
function withHotRatingFlow(change: (flow: FlowDefinition) => void) {
  return demoOrg((org) => {
    const flow = org.flows.find((each) => each.name === 'Lead_Hot_Rating');
    if (!flow) throw new Error('the demo org has no flow Lead_Hot_Rating');
    change(flow);
  });
}

async function aeWithScoredLead(
  running: RunningEmulator,
  browser: Parameters<typeof personaStepContext>[0],
  score = 91,
) {
  const made = await personaStepContext(browser, running, AE);
  made.context.org = made.org;
  const created = await made.org.conn.sobject('Lead').create({
    LastName: 'Scored',
    Company: 'Acme',
    Lead_Score__c: score,
    OwnerId: made.context.persona.user.id,
  });
  const id = (created as { id: string }).id;
  made.records.set('lead', { sobject: 'Lead', id });
  await runStep(open, made.context);
  return { ...made, id };
}

test('an empty value says it is empty, that the org stores none, and names the inactive flow that sets it and when it runs', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: withHotRatingFlow((flow) => {
      flow.active = false;
      flow.on = 'create';
    }),
  });
  const { context } = await aeWithScoredLead(emulator, browser);
  const error = await expectationFailure(runStep(expectValues({ Rating: 'Hot' }), context));
  expect(error.message).toContain(
    '- Lead.Rating: expected "Hot", but it is empty — the org stores no value for Rating (read as the admin); ' +
      'flow "Lead - Hot rating from score" (Lead_Hot_Rating), record-triggered before save (only when a record is ' +
      'created), sets Rating to "Hot": not active (its latest version is Draft)',
  );
});

test('another value says what the org stores and that the flow setting the field is active', async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const { context } = await aeWithScoredLead(emulator, browser);
  const error = await expectationFailure(
    runStep(expectValues({ Rating: 'Cold', Company: 'Globex' }), context),
  );
  expect(error.message).toContain(
    '- Lead.Rating: expected "Cold", but it shows "Hot" — the org stores "Hot" for Rating (read as the admin); ' +
      'flow "Lead - Hot rating from score" (Lead_Hot_Rating), record-triggered before save, sets Rating to "Hot": ' +
      'active, its entry condition: Lead_Score__c is greater than or equal to 80, which holds for the record now',
  );
  expect(error.message).toContain(
    '- Lead.Company: expected "Globex", but it shows "Acme" — the org stores "Acme" for Company (read as the ' +
      'admin); no record-triggered flow on Lead sets Company',
  );
});

test("a value a flow did not set names the flow's entry condition the record fails, with the record's value", async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const { context } = await aeWithScoredLead(emulator, browser, 50);
  const error = await expectationFailure(runStep(expectValues({ Rating: 'Hot' }), context));
  expect(error.message).toContain(
    'sets Rating to "Hot": active, its entry condition: Lead_Score__c is greater than or equal to 80, which does not ' +
      'hold: ' +
      "the record's Lead_Score__c is 50",
  );
});

test('several entry filters name each one the record fails, and what cannot be tried after the save', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: withHotRatingFlow((flow) => {
      flow.filters?.push(
        { field: 'LeadSource', operator: 'EqualTo', value: 'Web' },
        { field: 'OwnerId', operator: 'IsChanged', value: true },
      );
      flow.runOnUpdate = 'onlyWhenConditionBecomesTrue';
    }),
  });
  const { context } = await aeWithScoredLead(emulator, browser, 50);
  const error = await expectationFailure(runStep(expectValues({ Rating: 'Hot' }), context));
  expect(error.message).toContain(
    'record-triggered before save (only when a save makes its conditions true, not when they held already), sets Rating to "Hot"',
  );
  expect(error.message).toContain(
    'its entry conditions: Lead_Score__c is greater than or equal to 80 AND LeadSource equals "Web" AND OwnerId ' +
      'is changed, which do not hold for the record: Lead_Score__c is greater than or equal to 80 fails (the ' +
      'record\'s Lead_Score__c is 50); LeadSource equals "Web" fails (the record\'s LeadSource is empty); not tried ' +
      'on the record after the save: OwnerId is changed',
  );
});

test('an entry formula is evaluated with the record’s values, and names them when it does not hold', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: withHotRatingFlow((flow) => {
      flow.filters = undefined;
      flow.condition = 'AND(Lead_Score__c >= 80, ISPICKVAL({!$Record.LeadSource}, "Web"))';
    }),
  });
  const { context } = await aeWithScoredLead(emulator, browser, 90);
  const error = await expectationFailure(runStep(expectValues({ Rating: 'Hot' }), context));
  expect(error.message).toContain(
    'sets Rating to "Hot": active, its entry condition is the formula AND(Lead_Score__c >= 80, ' +
      'ISPICKVAL({!$Record.LeadSource}, "Web")), which does not hold: the record\'s Lead_Score__c is 90, ' +
      'LeadSource is empty',
  );
});

test('a flow that writes another value than expected names the value it writes', async ({ browser }) => {
  emulator = await startEmulator({
    port: 0,
    org: withHotRatingFlow((flow) => {
      flow.actions = [{ updateRecord: { Rating: 'Warm' } }];
    }),
  });
  const { context } = await aeWithScoredLead(emulator, browser);
  const error = await expectationFailure(runStep(expectValues({ Rating: 'Hot' }), context));
  expect(error.message).toContain(
    '- Lead.Rating: expected "Hot", but it shows "Warm" — the org stores "Warm" for Rating (read as the admin); ' +
      'flow "Lead - Hot rating from score" (Lead_Hot_Rating), record-triggered before save, sets Rating to "Warm": ' +
      'active, its entry condition: Lead_Score__c is greater than or equal to 80, which holds for the record now',
  );
});

test('a flow writing a formula names the formula, and one clearing the field says it writes no value', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: withHotRatingFlow((flow) => {
      flow.actions = [
        { updateRecord: { Rating: { formula: 'IF(Lead_Score__c > 95, "Hot", "Warm")' }, Title: null } },
      ];
    }),
  });
  const { context } = await aeWithScoredLead(emulator, browser);
  const error = await expectationFailure(runStep(expectValues({ Rating: 'Hot', Title: 'CEO' }), context));
  expect(error.message).toContain('sets Rating to the formula IF(Lead_Score__c > 95, "Hot", "Warm"): active');
  expect(error.message).toContain('sets Title to no value: active');
});

test("an opportunity's Probability names what its stage sets, read from OpportunityStage as the admin", async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const made = await personaStepContext(browser, emulator, AE);
  made.context.org = made.org;
  const created = await made.org.conn.sobject('Opportunity').create({
    Name: 'Won deal',
    StageName: 'Closed Won',
    Amount: 1000,
    CloseDate: '2026-12-31',
    Probability: 100,
    OwnerId: made.context.persona.user.id,
  });
  made.records.set('lead', { sobject: 'Opportunity', id: (created as { id: string }).id });
  await runStep(open, made.context);
  const error = await expectationFailure(runStep(expectValues({ Probability: '50' }), made.context));
  expect(error.message).toContain(
    'the org stores 100 for Probability (read as the admin); its stage "Closed Won" sets Probability to 100% ' +
      "(OpportunityStage.DefaultProbability): Salesforce gives an opportunity its stage's Probability when it " +
      'enters the stage, and the user may change it; no record-triggered flow on Opportunity sets Probability',
  );
});

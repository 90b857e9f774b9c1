import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import type { OrgConnection } from '../../fixtures/org-connection';
import { loadScenarios } from '../../runner/loader';
import { checkOrgNames } from '../../runner/org-names';
import { adminConnection, emulatedOrg } from '../e2e/cli-run';
import { demoOrg } from '../emulator/helpers';
import { DEMO_SCENARIOS, loadOne, scenarioDir } from './scenario-files';

// Names a scenario uses, checked against the org emulator as the admin through the API.
let emulator: RunningEmulator;
let org: OrgConnection;
test.beforeAll(async () => {
  ({ emulator, org } = await emulatedOrg());
});
test.afterAll(async () => emulator?.stop());

const HEAD = ['id: names', 'title: Names', 'persona: sdr', 'reason: Persona check', 'ticket: REVOPS-1'];

async function problemsOf(lines: string[]) {
  const { scenarios, errors, file } = loadOne(lines);
  expect(errors).toEqual([]);
  const { problems, checked } = await checkOrgNames(org.conn, scenarios);
  return { problems, checked, file, at: problems.map((p) => `${p.line}:${p.column} ${p.path}`) };
}

test('the demo scenarios name only objects, fields, record types, values, list views and users the org has', async () => {
  const { scenarios, errors } = loadScenarios([DEMO_SCENARIOS]);
  expect(errors).toEqual([]);
  const { problems, checked } = await checkOrgNames(org.conn, scenarios);
  expect(problems).toEqual([]);
  expect(checked.object).toBeGreaterThan(0);
  expect(checked.field).toBeGreaterThan(0);
  expect(checked.user).toBeGreaterThan(0);
});

test('a valid scenario has no problems and counts what it checked', async () => {
  const { problems, checked } = await problemsOf([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, recordType: Renewal, fields: { Name: D, StageName: Qualification } }',
    'steps:',
    '  - open: { record: deal }',
    '  - expect: { visible: [Amount], values: { StageName: Qualification } }',
    '  - listView: { object: Opportunity, view: AllOpportunities, includes: [deal] }',
  ]);
  expect(problems).toEqual([]);
  expect(checked).toEqual({
    object: 1,
    field: 3,
    recordType: 1,
    picklistValue: 1,
    listView: 1,
    report: 0,
    reportRows: 0,
    reportColumn: 0,
    dashboard: 0,
    tab: 0,
    user: 1,
    queue: 0,
    conditionUser: 0,
    pathStage: 0,
    fieldValue: 0,
    contractName: 3,
  });
});

test('an unknown object is reported at its name, with a suggestion, and its fields are not reported too', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  lead: { sobject: Leed, fields: { LastName: Doe } }',
    'steps:',
    '  - open: { record: lead }',
  ]);
  expect(at).toEqual(['7:20 data.lead.sobject']);
  expect(problems[0]?.message).toBe(
    'the org has no object Leed (or the admin cannot see it). Expected an object API name such as Account or Lead__c. Did you mean "Lead"?',
  );
});

test('unknown fields in data and in steps are reported at each name, with suggestions', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  lead: { sobject: Lead, fields: { LastName: Doe, Company: Acme, Ratingg: Hot } }',
    'steps:',
    '  - open: { record: lead }',
    '  - expect: { hidden: [Internal_Revenu__c], values: { Statuss: Open } }',
    '  - edit: { fields: { LeadSourc: Web } }',
  ]);
  expect(at).toEqual([
    '7:66 data.lead.fields.Ratingg',
    '10:24 steps[1].expect.hidden[0]',
    '10:55 steps[1].expect.values.Statuss',
    '11:23 steps[2].edit.fields.LeadSourc',
  ]);
  expect(problems[0]?.message).toBe(
    'Lead has no field Ratingg (or the admin cannot see it). Expected a field API name from Object Manager. Did you mean "Rating"?',
  );
  expect(problems[1]?.message).toContain('Did you mean "Internal_Revenue__c"?');
  expect(problems[3]?.message).toContain('Did you mean "LeadSource"?');
});

test('an unknown record type, picklist value and list view name the valid ones', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, recordType: Medical, fields: { Name: D, StageName: Qualificaton } }',
    'steps:',
    '  - open: { record: deal }',
    '  - expect: { values: { StageName: Closed One } }',
    '  - listView: { object: Opportunity, view: MyOpportunity, includes: [deal] }',
  ]);
  expect(at).toEqual([
    '7:45 data.deal.recordType',
    '7:84 data.deal.fields.StageName',
    '10:36 steps[1].expect.values.StageName',
    '11:44 steps[2].listView.view',
  ]);
  expect(problems[0]?.message).toBe(
    'Opportunity has no active record type "Medical". Expected a developer name: New_Business, Renewal.',
  );
  expect(problems[1]?.message).toContain(
    '"Qualificaton" is not an active value of the Opportunity.StageName picklist. Expected one of: Prospecting, Qualification',
  );
  expect(problems[1]?.message).toContain('Did you mean "Qualification"?');
  expect(problems[2]?.message).toContain('Did you mean "Closed Won"?');
  expect(problems[3]?.message).toBe(
    'Opportunity has no list view "MyOpportunity". Expected a list view API name: MyOpportunities, AllOpportunities. Did you mean "MyOpportunities"?',
  );
});

test('list views, reports, dashboards and tabs that open steps name are checked, each with the nearest real name', async () => {
  const { problems, at, checked } = await problemsOf([
    ...HEAD,
    'steps:',
    '  - open: { object: Lead, listView: SDR_Queu }',
    '  - open: { report: Open_Pipline }',
    '  - open: { dashboard: Sales_Pipelin }',
    '  - open: { tab: Leeds }',
    '  - open: { report: My_Open_Leads }',
    '  - open: { dashboard: My_Pipeline }',
    '  - open: { tab: Reports }',
  ]);
  expect(at).toEqual([
    '7:37 steps[0].open.listView',
    '8:21 steps[1].open.report',
    '9:24 steps[2].open.dashboard',
    '10:18 steps[3].open.tab',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    expect.stringContaining(
      'Lead has no list view "SDR_Queu". Expected a list view API name: MyOpenLeads, AllOpenLeads',
    ),
    'the org has no report (by developer name) "Open_Pipline". Did you mean "Open_Pipeline"?',
    'the org has no dashboard (by developer name) "Sales_Pipelin". Did you mean "Sales_Pipeline"?',
    'the org has no tab (by its label, e.g. Leads) "Leeds". Did you mean "Leads"?',
  ]);
  expect(problems[0]?.message).toContain('Did you mean "SDR_Queue"?');
  expect(checked).toMatchObject({ listView: 1, report: 2, dashboard: 2, tab: 2 });
});

test('an expect that reads the rows of a summary report is refused at the check it writes; rows: and a tabular report pass', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  lead: { sobject: Lead, fields: { LastName: L, Company: C } }',
    'steps:',
    '  - open: { report: Pipeline_By_Owner }',
    '  - expect: { report: { rows: { atLeast: 1 } } }',
    '  - expect: { report: { columns: { Amount: ["1"] }, includes: [lead] } }',
    '  - open: { report: All_Open_Leads }',
    '  - expect: { report: { includes: [lead] } }',
  ]);
  expect(at).toEqual(['11:63 steps[2].expect.report.includes']);
  expect(problems[0]?.message).toBe(
    'on report "Pipeline_By_Owner": includes, columns: cannot be read from this report — it is a summary report (rows grouped, with subtotals) (Report.Format Summary). ' +
      "Its grid mixes group rows, subtotals and a total with the record rows, and a group's value can itself link a record; which rows are records is not confirmed for Lightning's Report Viewer, so reading it could pass or fail wrongly. " +
      'Instead check rows: (read from its "Total Records"), or open a tabular report with the same filters for includes, excludes, values and columns, or a list view (open: { object, listView } then expect: { list })',
  );
});

test('a persona user the org does not have is reported once, at its username in the personas file', async () => {
  const steps = ['data:', '  lead: { sobject: Lead, fields: { LastName: Doe } }', 'steps:'];
  const dir = scenarioDir(
    {
      'a.yaml': [
        ...HEAD,
        ...steps,
        '  - listView: { object: Lead, view: MyOpenLeads, excludes: [lead] }',
      ].join('\n'),
      'b.yaml': [...HEAD, ...steps, '  - open: { record: lead }', '  - as: ae', '  - open: { record: lead }']
        .join('\n')
        .replace('id: names', 'id: names-b'),
    },
    [
      'personas:',
      '  sdr:',
      '    username: sam.sdrr@acme-demo.example',
      '  ae:',
      '    usernames: [ava.ae@acme-demo.example, nobody@acme-demo.example]',
      '',
    ].join('\n'),
  );
  const { scenarios, errors } = loadScenarios([dir]);
  expect(errors).toEqual([]);
  const { problems } = await checkOrgNames(org.conn, scenarios);
  expect(problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.path}`)).toEqual([
    'personas.yaml:3:15 personas.sdr.username',
    'personas.yaml:5:43 personas.ae.usernames[1]',
  ]);
  expect(problems[0]?.message).toBe(
    'persona "sdr": the org has no user sam.sdrr@acme-demo.example. Expected the username of an existing user ' +
      '(usernames differ between orgs: sandboxes add a suffix). Did you mean "sam.sdr@acme-demo.example"?',
  );
  expect(problems[1]?.message).toContain('persona "ae": the org has no user nobody@acme-demo.example.');
});

test('a field in a step must be spelled as the org spells it; in test data any case is accepted, as by the API', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  lead: { sobject: Lead, fields: { lastname: Doe, Company: Acme } }',
    'steps:',
    '  - open: { record: lead }',
    '  - expect: { visible: [status] }',
  ]);
  expect(at).toEqual(['10:25 steps[1].expect.visible[0]']);
  expect(problems[0]?.message).toBe(
    'Lead.status is spelled Status in the org. Write Status: steps find fields on the page by their exact API name.',
  );
});

test('queues and users that wait and expectApi conditions name must exist, by developer name or username', async () => {
  const { problems, at, checked } = await problemsOf([
    ...HEAD,
    'data:',
    '  lead: { sobject: Lead, fields: { LastName: Doe, Company: Acme } }',
    'steps:',
    '  - wait: { record: lead, until: { OwnerId: { queue: SDR_Queu } } }',
    '  - expectApi: { record: lead, task: { owner: { user: sam.sdr@acme-demo.exampel } } }',
    '  - expectApi: { record: lead, values: { OwnerId: { user: nobody@x.com } } }',
    '  - wait: { record: lead, until: { OwnerId: { queue: SDR Queue } }, task: { owner: { user: Sam Rivera } } }',
    '  - wait: { record: lead, until: { OwnerId: { user: "{{personas.ae.username}}" } } }',
  ]);
  expect(at).toEqual([
    '9:54 steps[0].wait.until.OwnerId.queue',
    '10:55 steps[1].expectApi.task.owner.user',
    '11:59 steps[2].expectApi.values.OwnerId.user',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    'the org has no queue "SDR_Queu". Expected a queue\'s developer name: Customer_Success_Queue, SDR_Queue. Did you mean "SDR_Queue"?',
    'the org has no user "sam.sdr@acme-demo.exampel" (by username or full name). Expected a username (sandboxes add a suffix) or a persona\'s, e.g. "{{personas.sdr.username}}". Did you mean "sam.sdr@acme-demo.example"?',
    expect.stringContaining('the org has no user "nobody@x.com" (by username or full name).'),
  ]);
  expect(checked).toMatchObject({ queue: 2, conditionUser: 3 });
});

test('Path stages are values or labels of the Path field of the opened record, and close names a closed stage', async () => {
  const { problems, at, checked } = await problemsOf([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Prospecting } }',
    '  lead: { sobject: Lead, fields: { LastName: Doe, Company: Acme } }',
    'steps:',
    '  - open: { record: deal }',
    '  - expect: { path: { current: Prospectin } }',
    '  - path: { select: Negotiation/Reveiw }',
    '  - path: { close: Won }',
    '  - path: { close: Qualification }',
    '  - path: { select: Negotiation/Review }',
    '  - path: { close: Closed Lost }',
    '  - open: { record: lead }',
    '  - path: { select: Working - Contacted }',
    '  - path: { select: Qualified }',
  ]);
  expect(at).toEqual([
    '11:32 steps[1].expect.path.current',
    '12:21 steps[2].path.select',
    '13:20 steps[3].path.close',
    '14:20 steps[4].path.close',
    '19:21 steps[9].path.select',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    expect.stringMatching(
      /^"Prospectin" is not a stage of the Opportunity Path \(the active values of Opportunity.StageName\)\. Expected one of: Prospecting, .* Did you mean "Prospecting"\?$/,
    ),
    expect.stringContaining('Did you mean "Negotiation/Review"?'),
    '"Won" is not a closed stage of Opportunity (OpportunityStage.IsClosed): close: chooses one in Path\'s closed-stage dialog. Expected one of: Closed Won, Closed Lost.',
    expect.stringContaining('"Qualification" is not a closed stage of Opportunity'),
    expect.stringContaining(
      '"Qualified" is not a stage of the Lead Path (the active values of Lead.Status).',
    ),
  ]);
  expect(checked.pathStage).toBe(8);
});

test('test data values must have the type of their field, with what to write instead; placeholders of a fitting kind pass', async () => {
  const { problems, at, checked } = await problemsOf([
    ...HEAD,
    'data:',
    '  deal:',
    '    sobject: Opportunity',
    '    fields: { Name: D, StageName: Prospecting, CloseDate: 12/31/2026, Amount: lots, OwnerId: Ava Chen }',
    '  campaign:',
    '    sobject: Campaign',
    '    fields: { Name: C, IsActive: maybe, StartDate: "{{today+7}}", EndDate: 2026-02-30, BudgetedCost: "15000" }',
    '  fine:',
    '    sobject: Opportunity',
    '    fields:',
    '      { Name: F, StageName: Prospecting, CloseDate: "{{today}}", Amount: 12.5, OwnerId: "{{personas.ae.id}}",',
    '        AccountId: "{{data.account.Id}}", Probability: "{{data.deal.Amount}}" }',
    '  account: { sobject: Account, fields: { Name: A, OwnerId: "{{persona.name}}" } }',
    'steps:',
    '  - open: { record: deal }',
    '  - edit: { fields: { Amount: "25,000", CloseDate: 12/31/2026, Probability: high } }',
  ]);
  expect(at).toEqual([
    '9:59 data.deal.fields.CloseDate',
    '9:79 data.deal.fields.Amount',
    '9:94 data.deal.fields.OwnerId',
    '12:34 data.campaign.fields.IsActive',
    '12:76 data.campaign.fields.EndDate',
    '18:60 data.account.fields.OwnerId',
    '21:77 steps[1].edit.fields.Probability',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    'Opportunity.CloseDate is a date: "12/31/2026" is not one the API takes. Write YYYY-MM-DD, here 2026-12-31, or a date relative to the run, such as "{{today+30}}".',
    'Opportunity.Amount is a Currency field: "lots" is not a number. Write a number such as 25000 (no currency sign or thousands separator).',
    'Opportunity.OwnerId is a lookup to User: "Ava Chen" is not a record Id. Write "{{persona.id}}" or "{{personas.<persona>.id}}", or a 15- or 18-character Id.',
    'Campaign.IsActive is a checkbox: "maybe" is not true or false. Write true or false.',
    expect.stringContaining('Campaign.EndDate is a date: "2026-02-30" is not one the API takes.'),
    expect.stringContaining('Account.OwnerId is a lookup to User: "{{persona.name}}" is not a record Id.'),
    'Opportunity.Probability is a Percent field: "high" is not a number. Write the percent as a number, such as 20 for 20%.',
  ]);
  expect(checked.fieldValue).toBeGreaterThan(10);
});

test('dates, checkboxes and lookups a persona enters or is expected to see are checked as far as their locale leaves no doubt, at the value', async () => {
  const dated = await startEmulator({
    port: 0,
    org: demoOrg((definition) => {
      const fields = definition.objects.Opportunity?.fields;
      if (!fields?.CloseDate) throw new Error('the demo org has no Opportunity.CloseDate');
      fields.Last_Call__c = { ...fields.CloseDate, type: 'datetime', label: 'Last Call' };
      fields.Strategic__c = { ...fields.CloseDate, type: 'checkbox', label: 'Strategic' };
    }),
  });
  try {
    const admin = await adminConnection(dated);
    const { scenarios, errors } = loadOne([
      ...HEAD,
      'data:',
      '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Prospecting, CloseDate: "{{today}}" } }',
      'steps:',
      '  - open: { record: deal }',
      '  - edit: { fields: { CloseDate: 2026-02-30, Last_Call__c: tomorrow at noon } }',
      '  - edit: { fields: { Last_Call__c: 2026-12-30 15:00 } }',
      '  - edit: { fields: { CloseDate: 12/31/2026, Last_Call__c: "12/30/2026, 7:00 AM" } }',
      '  - edit: { fields: { CloseDate: "{{today+3}}", Last_Call__c: 2026-12-30T15:00:00Z } }',
      '  - edit: { fields: { Last_Call__c: "{{today}}" } }',
      '  - expect: { values: { Strategic__c: yes, CloseDate: 2026-02-31, Amount: "$1,200.00", Last_Call__c: noon } }',
      '  - expect: { values: { Strategic__c: false, CloseDate: 12/31/2026, Last_Call__c: "12/30/2026, 7:00 AM" } }',
      '  - expect: { values: { OwnerId: "{{persona.id}}" } }',
      '  - edit: { fields: { OwnerId: 005000000000001AAA } }',
      '  - expect: { values: { OwnerId: "{{persona.name}}" } }',
      '  - expect: { values: { Amount: 80 points, Probability: high } }',
      '  - expect: { values: { Amount: "1 200,00 kr", Probability: 80% } }',
      '  - expect: { values: { Amount: "USD 1,200.00" } }',
    ]);
    expect(errors).toEqual([]);
    const { problems } = await checkOrgNames(admin.conn, scenarios);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([
      '10:34 steps[1].edit.fields.CloseDate',
      '10:60 steps[1].edit.fields.Last_Call__c',
      '11:37 steps[2].edit.fields.Last_Call__c',
      '15:39 steps[6].expect.values.Strategic__c',
      '15:55 steps[6].expect.values.CloseDate',
      '15:102 steps[6].expect.values.Last_Call__c',
      '17:34 steps[8].expect.values.OwnerId',
      '18:32 steps[9].edit.fields.OwnerId',
      '20:33 steps[11].expect.values.Amount',
      '20:57 steps[11].expect.values.Probability',
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Opportunity.CloseDate is a date: "2026-02-30" is no day of the calendar. Write YYYY-MM-DD, such as 2026-12-30, or a date relative to the run, such as "{{today+30}}".',
      'Opportunity.Last_Call__c is a date/time: "tomorrow at noon" is not one. Write ISO 8601, such as 2026-12-30T15:00:00Z, or 2026-12-30T07:00 for the persona\'s own time zone, or as the persona is shown it ("12/30/2026, 7:00 AM" in en_US).',
      expect.stringContaining('Opportunity.Last_Call__c is a date/time: "2026-12-30 15:00" is not one.'),
      'Opportunity.Strategic__c is a checkbox: "yes" is not true or false. Write true or false.',
      expect.stringContaining('Opportunity.CloseDate is a date: "2026-02-31" is no day of the calendar.'),
      expect.stringContaining('Opportunity.Last_Call__c is a date/time: "noon" is not one.'),
      'Opportunity.OwnerId is a lookup: a page shows the name of the record it points to, not an Id such as "{{persona.id}}". Write that name, such as "{{persona.name}}" or "{{data.<data key>.Name}}".',
      expect.stringContaining(
        'Opportunity.OwnerId is a lookup: a persona finds the record it points to by its name,',
      ),
      'Opportunity.Amount is a Currency field: "80 points" is not a number it can show. Write the number as the persona sees it, such as 25000 or "$25,000.00".',
      'Opportunity.Probability is a Percent field: "high" is not a number it can show. Write the percent as the persona sees it, such as 20 or "20%".',
    ]);
    await admin.conn.logout().catch(() => undefined);
  } finally {
    await dated.stop();
  }
});

const DAY_FIRST = [
  ...HEAD,
  'data:',
  '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Prospecting, CloseDate: "{{today}}" } }',
  'steps:',
  '  - open: { record: deal }',
  '  - edit: { fields: { CloseDate: 31/01/2027 } }',
  '  - create: { sobject: Opportunity, fields: { Name: N, StageName: Prospecting, CloseDate: 31.01.2027 } }',
  '  - expect: { values: { CloseDate: 31/01/2027 } }',
  '  - edit: { fields: { CloseDate: 2027-01-31 } }',
  '  - edit: { fields: { CloseDate: 1/31/2027 } }',
  '  - edit: { fields: { CloseDate: "Jan 31, 2027" } }',
  '  - edit: { fields: { CloseDate: "{{today+30}}" } }',
  '  - expect: { values: { CloseDate: 1/31/2027 } }',
];

test("a date written with digits that the persona's locale cannot read is refused where it is entered or expected, with the date to write", async () => {
  const { problems, at } = await problemsOf(DAY_FIRST);
  expect(at).toEqual([
    '10:34 steps[1].edit.fields.CloseDate',
    '11:91 steps[2].create.fields.CloseDate',
    '12:36 steps[3].expect.values.CloseDate',
  ]);
  // A persona found by its profile reads dates in the locale its profile's active users share.
  const byProfile = await problemsOf(
    DAY_FIRST.map((line) => (line === 'persona: sdr' ? 'persona: ae' : line)),
  );
  expect(byProfile.at).toEqual(at);
  const enUS = "the persona's locale, en_US, which writes 1/31/2027 for 2027-01-31";
  expect(problems.map((problem) => problem.message)).toEqual([
    `Opportunity.CloseDate is a date: "31/01/2027" is no date in ${enUS}. Write 2027-01-31, or a date relative to the run, such as "{{today+30}}".`,
    `Opportunity.CloseDate is a date: "31.01.2027" is no date in ${enUS}. Write 2027-01-31, or a date relative to the run, such as "{{today+30}}".`,
    `Opportunity.CloseDate is a date: "31/01/2027" is no date in ${enUS}. Write 2027-01-31, or a date relative to the run, such as "{{today+30}}".`,
  ]);
});

test('a date written day first passes for a persona whose locale writes the day first', async () => {
  const british = await startEmulator({
    port: 0,
    org: demoOrg((definition) => {
      const sam = definition.users.find((user) => user.username === 'sam.sdr@acme-demo.example');
      if (!sam) throw new Error('the demo org has no Sam Rivera');
      sam.locale = 'en_GB';
    }),
  });
  try {
    const admin = await adminConnection(british);
    const { scenarios } = loadOne(DAY_FIRST);
    const { problems } = await checkOrgNames(admin.conn, scenarios);
    // Now the month-first dates are the ones no day-first locale reads.
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([
      '14:34 steps[5].edit.fields.CloseDate',
      '17:36 steps[8].expect.values.CloseDate',
    ]);
    await admin.conn.logout().catch(() => undefined);
  } finally {
    await british.stop();
  }
});

test('an expected number written short, a percent and a picklist value written in part say what to write instead', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  deal: { sobject: Opportunity, fields: { Name: D, StageName: Prospecting, Probability: 20% } }',
    'steps:',
    '  - open: { record: deal }',
    '  - expect: { values: { Amount: 25k, StageName: Won } }',
    '  - expect: { values: { Amount: 25000, Probability: 20%, StageName: Closed Won } }',
    '  - expect: { values: { Amount: "$25,000.00", Probability: 20 } }',
  ]);
  expect(at).toEqual([
    '7:89 data.deal.fields.Probability',
    '10:33 steps[1].expect.values.Amount',
    '10:49 steps[1].expect.values.StageName',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    'Opportunity.Probability is a Percent field: "20%" is not a number. Write the percent as a number, such as 20 for 20% (no percent sign).',
    'Opportunity.Amount is a Currency field: "25k" is not a number it can show: a page shows the whole number. Write 25000, or as the persona sees it, such as "25,000".',
    expect.stringMatching(
      /^"Won" is not an active value of the Opportunity\.StageName picklist\. Expected one of: .*\. Did you mean "Closed Won"\?$/,
    ),
  ]);
});

test('the role, profile, permission sets, queues and groups a persona declares must exist, reported in the personas file', async () => {
  const dir = scenarioDir(
    { 'a.yaml': [...HEAD, 'steps:', '  - open: { object: Lead }'].join('\n') },
    [
      'personas:',
      '  sdr:',
      '    username: sam.sdr@acme-demo.example',
      '    profile: Account Exec',
      '    role: Sales Developmen',
      '    permissionSets: [Lead_Scoring_Editr]',
      '    queues: [SDR_Queue, SDR_Queu]',
      '    publicGroups: [Sales_Tem]',
      '  unused:',
      '    profile: Nobody',
      '',
    ].join('\n'),
  );
  const { scenarios, errors } = loadScenarios([dir]);
  expect(errors).toEqual([]);
  const { problems, checked } = await checkOrgNames(org.conn, scenarios);
  expect(problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.path}`)).toEqual([
    'personas.yaml:4:14 personas.sdr.profile',
    'personas.yaml:5:11 personas.sdr.role',
    'personas.yaml:6:22 personas.sdr.permissionSets[0]',
    'personas.yaml:8:20 personas.sdr.publicGroups[0]',
    'personas.yaml:7:25 personas.sdr.queues[1]',
  ]);
  expect(problems.map((p) => p.message)).toEqual([
    expect.stringContaining(
      'persona "sdr": the org has no profile named "Account Exec". Expected a profile name as Setup shows it:',
    ),
    expect.stringMatching(
      /^persona "sdr": the org has no role named "Sales Developmen"\. .* Did you mean "Sales Development"\?$/,
    ),
    'persona "sdr": the org has no permission set named "Lead_Scoring_Editr". Expected a permission set API name: Lead_Scoring_Editor. Did you mean "Lead_Scoring_Editor"?',
    expect.stringContaining('Did you mean "Sales_Team"?'),
    expect.stringContaining('Did you mean "SDR_Queue"?'),
  ]);
  expect(checked.contractName).toBe(6);
});

test('an Auto Number field set in test data is reported at its name, saying the org numbers it', async () => {
  const numbered = await startEmulator({
    port: 0,
    org: demoOrg((definition) => {
      const fields = definition.objects.Case?.fields;
      if (!fields) throw new Error('the demo org has no Case');
      fields.Ticket__c = {
        ...fields.CaseNumber,
        type: 'autonumber',
        label: 'Ticket',
        displayFormat: 'T-{000}',
      } as (typeof fields)[string];
    }),
  });
  try {
    const admin = await adminConnection(numbered);
    const { scenarios, errors } = loadOne([
      ...HEAD,
      'data:',
      '  case: { sobject: Case, fields: { Subject: Outage, Ticket__c: T-001 } }',
      'steps:',
      '  - open: { record: case }',
    ]);
    expect(errors).toEqual([]);
    const { problems } = await checkOrgNames(admin.conn, scenarios);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([
      '7:53 data.case.fields.Ticket__c',
    ]);
    expect(problems[0]?.message).toBe(
      'Case.Ticket__c is an Auto Number: the org numbers each record when it is created, so test data cannot set it. Remove Ticket__c from the fields of "case".',
    );
    await admin.conn.logout().catch(() => undefined);
  } finally {
    await numbered.stop();
  }
});

test('a formula field or Auto Number given a value or expected editable is reported at its name, with what to check instead', async () => {
  const { problems, at } = await problemsOf([
    ...HEAD,
    'data:',
    '  lead: { sobject: Lead, fields: { LastName: L, Company: Acme, Score_Band__c: A } }',
    '  case: { sobject: Case, fields: { Subject: Outage } }',
    'steps:',
    '  - open: { record: lead }',
    '  - edit: { fields: { Score_Band__c: A, Lead_Score__c: 80 } }',
    '  - expect: { editable: [Lead_Score__c, Score_Band__c], required: [Score_Band__c], readOnly: [Score_Band__c] }',
    '  - expect: { values: { Score_Band__c: A } }',
    '  - open: { record: case }',
    '  - edit: { fields: { CaseNumber: "00001001" } }',
  ]);
  expect(at).toEqual([
    '7:64 data.lead.fields.Score_Band__c',
    '11:23 steps[1].edit.fields.Score_Band__c',
    '12:41 steps[2].expect.editable[1]',
    '12:68 steps[2].expect.required[0]',
    '15:23 steps[5].edit.fields.CaseNumber',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    'Lead.Score_Band__c is a formula field: the org calculates it, so the API refuses a value for it. Remove it from the fields of "lead" and set the fields its formula reads.',
    'Lead.Score_Band__c is a formula field: the org calculates it, so no Edit form offers it. Remove it from the edit step; check what it shows with expect: { values: { Score_Band__c: … } }.',
    'Lead.Score_Band__c is a formula field: the org calculates it, so nobody can edit it. List it in readOnly instead, or check what it shows with expect: { values: { Score_Band__c: … } }.',
    expect.stringContaining(
      'Lead.Score_Band__c is a formula field: the org calculates it, so nobody can edit it.',
    ),
    'Case.CaseNumber is an Auto Number: the org numbers each record, so no Edit form offers it. Remove it from the edit step; check what it shows with expect: { values: { CaseNumber: … } }.',
  ]);
});

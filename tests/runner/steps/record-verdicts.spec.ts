import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { RecordPage } from '../../../pages/record-page';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { addLeadField, demoOrg, failure } from '../../emulator/helpers';
import { expectationFailure, idOf, personaStepContext, personaWithRecord } from './persona-steps';

/**
 * Verdicts on what a persona sees are given only on a complete page, and every failure says why. The
 * emulator renders like Lightning (latency profile "lightning": each layout section arrives on its own);
 * the page's parts are delayed, altered or withheld with page.route, as a slow or faulty org would.
 */
const SDR = 'sam.sdr@acme-demo.example';
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const expectStep = (fields: { hidden?: string[]; values?: Record<string, string> }): Step => ({
  kind: 'expect',
  title: 'expect',
  location,
  visible: [],
  hidden: fields.hidden ?? [],
  readOnly: [],
  values: fields.values ?? {},
});
const openStep = (record: string): Step => ({ kind: 'open', title: 'open', location, record });
const editStep = (fields: Record<string, string>): Step => ({
  kind: 'edit',
  title: 'edit',
  location,
  fields,
});

/** The SDR's own open lead, as test data `lead`. */
const NORTHWIND_LEAD = {
  key: 'lead',
  sobject: 'Lead',
  soql: "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'",
};

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning' });
});
test.afterEach(async () => emulator?.stop());

test('a field the persona may not see, rendered 3 s after the rest of the page, makes `hidden` fail', async ({
  browser,
}) => {
  const { context, page } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  // The SDR's Scoring section arrives 3 s late, carrying Internal_Revenue__c, which FLS hides from them.
  await page.route('**/part/section-1', async (route) => {
    const response = await route.fetch();
    const markup = await response.text();
    const item =
      /<records-record-layout-item[\s\S]*?Lead_Score__c[\s\S]*?<\/records-record-layout-item>/.exec(markup);
    const leaked = (item?.[0] ?? '').replaceAll('Lead_Score__c', 'Internal_Revenue__c');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.fulfill({
      response,
      body: markup.replace('</records-record-layout-section>', `${leaked}</records-record-layout-section>`),
    });
  });
  await runStep(openStep('lead'), context);
  const error = await failure(runStep(expectStep({ hidden: ['Internal_Revenue__c'] }), context));
  expect(error.message).toContain('Internal_Revenue__c: expected hidden, but it is visible');
  expect(error.message).toContain('rendering fault');
  expect(error.message).toContain('Sam Rivera');
});

test('a misspelt field in `hidden` is an error naming the nearest real field', async ({ browser }) => {
  const { context } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  await runStep(openStep('lead'), context);
  const error = await failure(runStep(expectStep({ hidden: ['Internal_Revenu__c'] }), context));
  expect(error.message).toContain(
    'Lead has no field "Internal_Revenu__c". Did you mean "Internal_Revenue__c"?',
  );
});

test('a page that never finishes rendering fails with the missing fields named, never a pass', async ({
  browser,
}) => {
  const { context, page } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  context.renderDeadlineMs = 3_000;
  await page.route('**/part/section-1', () => {
    // The Scoring section never arrives.
  });
  await runStep(openStep('lead'), context);
  const error = await failure(runStep(expectStep({ hidden: ['Internal_Revenue__c'] }), context));
  expect(error.name).toBe('IncompletePageError');
  expect(error.message).toContain(
    'the page did not finish rendering within 3 s: still missing Lead_Score__c',
  );
  expect(error.message).toContain('Lead Layout - SDR');
});

test('an object the persona cannot read fails at once with Insufficient Privileges and the reason', async ({
  browser,
}) => {
  const { context, id } = await personaWithRecord(browser, emulator, SDR, {
    key: 'deal',
    sobject: 'Opportunity',
    soql: 'SELECT Id FROM Opportunity LIMIT 1',
  });
  const error = await failure(runStep(openStep('deal'), context));
  expect(error.message).toContain(`cannot open Opportunity ${id} (data "deal")`);
  expect(error.message).toContain('Insufficient Privileges');
  expect(error.message).toContain('no read access to Opportunity');
});

test('a picklist value the record type lacks fails naming the values offered', async ({ browser }) => {
  const { context } = await personaWithRecord(browser, emulator, AE, {
    key: 'deal',
    sobject: 'Opportunity',
    soql: "SELECT Id FROM Opportunity WHERE Name = 'Initech Renewal'",
  });
  // A Renewal opportunity: its record type offers Qualification, Negotiation/Review, Closed Won and Lost.
  await runStep(openStep('deal'), context);
  const error = await failure(runStep(editStep({ StageName: 'Prospecting' }), context));
  expect(error.message).toMatch(
    /Opportunity\.StageName offers .+ for this record's record type; "Prospecting" is not among them/,
  );
});

test('a read-only field in an edit fails saying the Edit modal has no input for it', async ({ browser }) => {
  const { context } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  await runStep(openStep('lead'), context);
  const error = await failure(runStep(editStep({ Lead_Score__c: '99' }), context));
  expect(error.message).toContain(
    'Lead.Lead_Score__c is read-only for this persona: the Edit modal shows its value but has no input for it',
  );
});

test('typed values: a number, a checkbox and a date compare by value, not by their formatting', async ({
  browser,
}) => {
  const { context } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  await runStep(openStep('lead'), context);
  await runStep(expectStep({ values: { Lead_Score__c: '72', DoNotCall: 'false' } }), context);
  const error = await failure(runStep(expectStep({ values: { Lead_Score__c: '1,072' } }), context));
  expect(error.message).toContain('Lead_Score__c: expected "1,072", but it shows "72"');
});

test('a checkbox expected as anything but true or false fails saying what to write, whatever the box shows', async ({
  browser,
}) => {
  const { context } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  await runStep(openStep('lead'), context);
  for (const written of ['yes', 'no', 'checked']) {
    const error = await failure(runStep(expectStep({ values: { DoNotCall: written } }), context));
    expect(error.message).toContain(
      `Lead.DoNotCall is a checkbox: "${written}" is neither checked nor unchecked. Write true or false.`,
    );
  }
  await runStep(expectStep({ values: { DoNotCall: 'False' } }), context);
});

test('a lookup expected as an Id fails saying a page shows the name of the record it points to', async ({
  browser,
}) => {
  const { context } = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  await runStep(openStep('lead'), context);
  const id = context.persona.user.id;
  const error = await failure(runStep(expectStep({ values: { OwnerId: id } }), context));
  expect(error.message).toContain(
    `Lead.OwnerId: expected "${id}" (an Id: a lookup shows the name of the record it points to, so write that name), but it shows`,
  );
});

test("values are shown in the persona's locale and compared by value", async ({ browser }) => {
  const german = await startEmulator({
    org: demoOrg((org) => {
      const ae = org.users.find((user) => user.username === AE);
      if (ae) ae.locale = 'de_DE';
    }),
  });
  try {
    const { context, org, page, records } = await personaStepContext(browser, german, AE);
    records.set('lead', {
      sobject: 'Lead',
      id: await idOf(org, "SELECT Id FROM Lead WHERE Company = 'Globex'"),
    });
    records.set('deal', {
      sobject: 'Opportunity',
      id: await idOf(org, "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'"),
    });
    await runStep(openStep('lead'), context);
    expect(await new RecordPage(page, 'Lead').field('Internal_Revenue__c').text()).toMatch(
      /^480\.000,00\s\$$/,
    );
    await runStep(expectStep({ values: { Internal_Revenue__c: '480000' } }), context);
    await runStep(openStep('deal'), context);
    expect(await new RecordPage(page, 'Opportunity').field('CloseDate').text()).toBe('31.1.2027');
    await runStep(expectStep({ values: { CloseDate: '2027-01-31', Amount: '250000' } }), context);
    const error = await failure(runStep(expectStep({ values: { CloseDate: '2027-01-30' } }), context));
    expect(error.message).toContain('CloseDate: expected "2027-01-30", but it shows "31.1.2027"');
  } finally {
    await german.stop();
  }
});

test("a date/time is shown in the persona's time zone and compared as the instant it is", async ({
  browser,
}) => {
  const berlin = await startEmulator({
    org: demoOrg((org) => {
      const sdr = org.users.find((user) => user.username === SDR);
      if (sdr) Object.assign(sdr, { locale: 'de_DE', timeZone: 'Europe/Berlin' });
      addLeadField(org, 'Last_Call__c', { type: 'datetime', label: 'Last Call' });
    }),
  });
  try {
    const { context, org, page, id } = await personaWithRecord(browser, berlin, SDR, NORTHWIND_LEAD);
    await org.conn.sobject('Lead').update({ Id: id, Last_Call__c: '2026-12-30T15:00:00.000Z' });
    await runStep(openStep('lead'), context);
    expect(await new RecordPage(page, 'Lead').field('Last_Call__c').text()).toBe('30.12.2026, 16:00');
    await runStep(expectStep({ values: { Last_Call__c: '2026-12-30T15:00:00Z' } }), context);
    await runStep(expectStep({ values: { Last_Call__c: '2026-12-30T16:00' } }), context);
    await expectationFailure(
      runStep(expectStep({ values: { Last_Call__c: '2026-12-30T16:00:00Z' } }), context),
      [
        `Last_Call__c: expected "2026-12-30T16:00:00Z" (in the persona's time zone, Europe/Berlin, 30.12.2026, 17:00), but it shows "30.12.2026, 16:00"`,
      ],
    );
  } finally {
    await berlin.stop();
  }
});

test("a lookup showing the persona's name holds only when it points at the persona's user, not another of that name", async ({
  browser,
}) => {
  const contractor = 'sam.rivera.contractor@acme-demo.example';
  const twoSams = await startEmulator({
    org: demoOrg((org) => {
      const sam = org.users.find((user) => user.username === SDR);
      if (!sam) throw new Error('the demo org has no SDR');
      org.users.push({
        ...sam,
        username: contractor,
        alias: 'srivc',
        email: 'sam.contractor@acme-demo.example',
      });
    }),
  });
  try {
    const { context, org, id } = await personaWithRecord(browser, twoSams, SDR, NORTHWIND_LEAD);
    context.org = org; // the admin's API session, as a run has it: who a lookup points at is read there
    await runStep(openStep('lead'), context);
    await runStep(expectStep({ values: { OwnerId: 'Sam Rivera' } }), context);

    const other = await idOf(org, `SELECT Id FROM User WHERE Username = '${contractor}'`);
    // Without assignment rules, which the API runs on an update unless told not to (Sforce-Auto-Assign).
    await org.conn
      .sobject('Lead')
      .update({ Id: id, OwnerId: other }, { headers: { 'Sforce-Auto-Assign': 'FALSE' } });
    await runStep(openStep('lead'), context);
    await expectationFailure(runStep(expectStep({ values: { OwnerId: 'Sam Rivera' } }), context), [
      `Lead.OwnerId: expected "Sam Rivera", the persona's user (${SDR}), but it shows "Sam Rivera", another user of that name: ${contractor} (${other})`,
      `the org stores "${other}" for OwnerId (read as the admin)`,
    ]);
  } finally {
    await twoSams.stop();
  }
});

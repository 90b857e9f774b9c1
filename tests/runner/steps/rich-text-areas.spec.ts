import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { RecordPage } from '../../../pages/record-page';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrgWithLeadField } from '../../emulator/helpers';
import { expectationFailure, personaWithRecord } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * A rich text area is typed into its editor (records-record-layout-rich-text >> lightning-quill >>
 * lightning-input-rich-text), which writes HTML; the record page shows its text, and an expectation of the text
 * holds.
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const edit = (fields: Record<string, string>): Step => ({ kind: 'edit', title: 'edit', location, fields });
const expectApi = (fields: Record<string, string>): Step => ({
  kind: 'expectApi',
  title: 'expectApi',
  location,
  record: 'lead',
  fields,
  withinMs: 500,
});

const withCallNotes = () => demoOrgWithLeadField('Call_Notes__c', { type: 'richtext', label: 'Call Notes' });
const NOTES = '<p>Call back after the &lt;Q1&gt; webinar &amp; demo</p><p>Then  send the deck </p>';

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

async function sdrWithLead(browser: Browser, shadowMode: 'native' | 'synthetic') {
  emulator = await startEmulator({ org: withCallNotes(), shadowMode });
  const made = await personaWithRecord(browser, emulator, SDR, {
    key: 'lead',
    sobject: 'Lead',
    soql: "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'",
  });
  made.context.org = made.org;
  await runStep({ kind: 'open', title: 'open', location, record: 'lead' }, made.context);
  return made;
}

for (const shadowMode of ['native', 'synthetic'] as const) {
  test(`a rich text area is typed into its editor and shown as its text (${shadowMode} shadow)`, async ({
    browser,
  }) => {
    const { context, org, page, id } = await sdrWithLead(browser, shadowMode);
    await runStep(edit({ Call_Notes__c: 'Call back after the <Q1> webinar & demo' }), context);
    const saved = await org.conn.sobject('Lead').retrieve(id);
    expect(saved.Call_Notes__c).toBe('<p>Call back after the &lt;Q1&gt; webinar &amp; demo</p>');
    expect(await new RecordPage(page, 'Lead').field('Call_Notes__c').text()).toBe(
      'Call back after the <Q1> webinar & demo',
    );
    await runStep(
      expectPage({ values: { Call_Notes__c: 'Call back after the <Q1> webinar & demo' } }),
      context,
    );
  });
}

test('the describe says a rich text area is HTML', async ({ browser }) => {
  const { org } = await sdrWithLead(browser, 'native');
  const describe = await org.conn.sobject('Lead').describe();
  const notes = describe.fields.find((field) => field.name === 'Call_Notes__c');
  expect(notes).toMatchObject({ type: 'textarea', htmlFormatted: true, extraTypeInfo: 'richtextarea' });
});

test('expectApi reads a rich text area as the HTML the API answers or as the text the record page shows', async ({
  browser,
}) => {
  const { context, org, id } = await sdrWithLead(browser, 'native');
  await org.conn.sobject('Lead').update({ Id: id, Call_Notes__c: NOTES });
  await runStep(expectApi({ Call_Notes__c: NOTES }), context);
  await runStep(
    expectApi({ call_notes__c: 'Call back after the <Q1> webinar & demo\nThen  send the deck' }),
    context,
  );

  const error = await expectationFailure(
    runStep(expectApi({ Call_Notes__c: 'Call back after the webinar\nThen send the deck' }), context),
  );
  expect(error.message).toContain(
    `Call_Notes__c: expected "Call back after the webinar\\nThen send the deck", but the org shows ${JSON.stringify(NOTES)} (rich text reading "Call back after the <Q1> webinar & demo\\nThen  send the deck")`,
  );
});

test('a text area holding markup is compared as the text it is, not read as rich text', async ({
  browser,
}) => {
  const { context, org, id } = await sdrWithLead(browser, 'native');
  await org.conn.sobject('Lead').update({ Id: id, Description: '<p>Call back</p>' });
  await runStep(expectApi({ Description: '<p>Call back</p>' }), context);
  const error = await expectationFailure(runStep(expectApi({ Description: 'Call back' }), context));
  expect(error.message).toContain('Description: expected "Call back", but the org shows "<p>Call back</p>".');
});

test('a rich text area of several paragraphs is typed and expected as one line per paragraph', async ({
  browser,
}) => {
  const { context, org, id } = await sdrWithLead(browser, 'native');
  await runStep(edit({ Call_Notes__c: 'Call back\nThen send the deck' }), context);
  expect((await org.conn.sobject('Lead').retrieve(id)).Call_Notes__c).toBe(
    '<p>Call back</p><p>Then send the deck</p>',
  );
  await runStep(expectPage({ values: { Call_Notes__c: 'Call back\nThen send the deck' } }), context);
  await runStep(expectApi({ Call_Notes__c: 'Call back\nThen send the deck' }), context);
});

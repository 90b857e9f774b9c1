import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { RecordPage } from '../../../pages/record-page';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrgWithLeadField, failure } from '../../emulator/helpers';
import { expectationFailure, personaWithRecord } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * A multi-select picklist is edited as Lightning edits it, in a dual listbox: the values written are moved to
 * Chosen and the others back to Available; it is compared as the set of values chosen, and `offers` reads both
 * lists.
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const edit = (fields: Record<string, string>): Step => ({ kind: 'edit', title: 'edit', location, fields });
const open: Step = { kind: 'open', title: 'open', location, record: 'lead' };
const NORTHWIND_LEAD = {
  key: 'lead',
  sobject: 'Lead',
  soql: "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'",
};

/** The SDR's lead layout with a multi-select picklist of interests. */
const withInterests = () =>
  demoOrgWithLeadField('Interests__c', {
    type: 'multipicklist',
    label: 'Interests',
    values: ['Web', 'Events', 'Webinars'],
    restricted: true,
  });

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

async function sdrWithLead(browser: Browser, shadowMode: 'native' | 'synthetic' = 'native') {
  emulator = await startEmulator({ org: withInterests(), shadowMode });
  const made = await personaWithRecord(browser, emulator, SDR, NORTHWIND_LEAD);
  made.context.org = made.org;
  const interests = async () => (await made.org.conn.sobject('Lead').retrieve(made.id)).Interests__c;
  await runStep(open, made.context);
  return { ...made, interests };
}

for (const shadowMode of ['native', 'synthetic'] as const) {
  test(`the values written are moved to Chosen, and those not written back to Available (${shadowMode} shadow)`, async ({
    browser,
  }) => {
    const { context, page, interests } = await sdrWithLead(browser, shadowMode);
    await runStep(edit({ Interests__c: 'Web;Events' }), context);
    expect(await interests()).toBe('Web;Events');
    await runStep(expectPage({ values: { Interests__c: 'Events;Web' } }), context);

    await runStep(edit({ Interests__c: 'Webinars;Events' }), context);
    expect(new Set((await interests()).split(';'))).toEqual(new Set(['Events', 'Webinars']));
    const modal = await new RecordPage(page, 'Lead').edit();
    expect(await modal.options('Interests__c')).toEqual(['Web', 'Events', 'Webinars']);
    await modal.cancel();
  });
}

test('a value the field does not offer fails naming what it offers, and nothing is saved', async ({
  browser,
}) => {
  const { context, interests } = await sdrWithLead(browser);
  const error = await failure(runStep(edit({ Interests__c: 'Web;Fax' }), context));
  expect(error.message).toContain(
    'Lead.Interests__c offers Events, Webinars, Web for this record\'s record type; "Fax" is not among them',
  );
  expect(await interests()).toBeNull();
});

test('offers holds the field’s values as an exact set, whichever list each is in', async ({ browser }) => {
  const { context } = await sdrWithLead(browser);
  await runStep(edit({ Interests__c: 'Events' }), context);
  await runStep(expectPage({ offers: { Interests__c: ['Web', 'Events', 'Webinars'] } }), context);
  const error = await failure(
    runStep(expectPage({ offers: { Interests__c: ['Web', 'Events', 'Fax'] } }), context),
  );
  expect(error.message).toContain('Lead.Interests__c: expected to offer exactly "Web", "Events", "Fax"');
});

test('expectApi compares a multi-select picklist as the set of its values, in any order', async ({
  browser,
}) => {
  const { context, org, id } = await sdrWithLead(browser);
  await org.conn.sobject('Lead').update({ Id: id, Interests__c: 'Web;Events' });
  const expectApi = (value: string): Step => ({
    kind: 'expectApi',
    title: 'expectApi',
    location,
    record: 'lead',
    fields: { Interests__c: value },
    withinMs: 500,
  });
  await runStep(expectApi('Web;Events'), context);
  await runStep(expectApi('Events; Web'), context);
  const error = await expectationFailure(runStep(expectApi('Web'), context));
  expect(error.message).toContain('Interests__c: expected "Web", but the org shows "Web;Events"');
});

import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { OrgDefinition } from '../../../emulator/org/schema';
import { RecordPage } from '../../../pages/record-page';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { addLeadField, demoOrg, failure } from '../../emulator/helpers';
import { personaWithRecord } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * Values are entered as Lightning's inputs take them: a date in the persona's locale (an ISO date is refused by
 * the date picker), a date/time as a date and a time of the persona's time zone (scenarios write either as ISO),
 * a checkbox set for true or false and for nothing else.
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const edit = (fields: Record<string, string>): Step => ({ kind: 'edit', title: 'edit', location, fields });
const open: Step = { kind: 'open', title: 'open', location, record: 'lead' };

/** The SDR with the lead, and the admin's API session a run gives its steps. */
async function sdrWithLead(browser: Browser, running: RunningEmulator) {
  const made = await personaWithRecord(browser, running, SDR, NORTHWIND_LEAD);
  made.context.org = made.org;
  return made;
}
const NORTHWIND_LEAD = {
  key: 'lead',
  sobject: 'Lead',
  soql: "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'",
};

/** The SDR's lead layout with a date and a date/time field, the SDR in the locale and time zone given. */
function withDateFields(locale: string, timeZone: string): OrgDefinition {
  return demoOrg((org) => {
    const sdr = org.users.find((user) => user.username === SDR);
    if (sdr) Object.assign(sdr, { locale, timeZone });
    addLeadField(org, 'Next_Call__c', { type: 'date', label: 'Next Call' });
    addLeadField(org, 'Last_Call__c', { type: 'datetime', label: 'Last Call' });
  });
}

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

test('a date written YYYY-MM-DD is typed in the persona’s locale and saved as that day', async ({
  browser,
}) => {
  emulator = await startEmulator({ org: withDateFields('de_DE', 'Europe/Berlin') });
  const { context, org, page, id } = await sdrWithLead(browser, emulator);
  await runStep(open, context);
  await runStep(edit({ Next_Call__c: '2027-01-31' }), context);
  const saved = await org.conn.sobject('Lead').retrieve(id);
  expect(saved.Next_Call__c).toBe('2027-01-31');
  expect(await new RecordPage(page, 'Lead').field('Next_Call__c').text()).toBe('31.1.2027');
});

test('the date picker refuses an ISO date typed as it is, naming the format it takes', async ({
  browser,
}) => {
  emulator = await startEmulator({ org: withDateFields('en_US', 'America/Los_Angeles') });
  const { context, org, page, id } = await sdrWithLead(browser, emulator);
  await runStep(open, context);
  const modal = await new RecordPage(page, 'Lead').edit();
  await modal.set('Next_Call__c', '2027-01-31');
  const outcome = await modal.save();
  expect(outcome).toMatchObject({
    saved: false,
    fieldErrors: [
      { field: 'Next_Call__c', message: 'Your entry does not match the allowed format MMM d, yyyy.' },
    ],
  });
  // The refusal stays shown while the next save is on its way: it is not that save's answer.
  await page.route('**/save', async (route) => {
    await new Promise((done) => setTimeout(done, 1_000));
    await route.continue();
  });
  await modal.set('Next_Call__c', 'Jan 31, 2027');
  expect(await modal.save()).toEqual({ saved: true });
  expect((await org.conn.sobject('Lead').retrieve(id)).Next_Call__c).toBe('2027-01-31');
});

test('a save refused again with the same errors is read as refused once they stay', async ({ browser }) => {
  emulator = await startEmulator({ org: withDateFields('en_US', 'America/Los_Angeles') });
  const { context, page } = await sdrWithLead(browser, emulator);
  await runStep(open, context);
  const modal = await new RecordPage(page, 'Lead').edit();
  await modal.set('Next_Call__c', '2027-01-31');
  const first = await modal.save();
  expect(first.saved).toBe(false);
  expect(await modal.save()).toEqual(first);
  await expect(modal.root).toBeVisible();
});

test('a date/time is typed as a date and a time of the persona’s time zone, from an instant or their own clock', async ({
  browser,
}) => {
  emulator = await startEmulator({ org: withDateFields('de_DE', 'Europe/Berlin') });
  const { context, org, id } = await sdrWithLead(browser, emulator);
  const lastCall = async () => (await org.conn.sobject('Lead').retrieve(id)).Last_Call__c;
  await runStep(open, context);
  await runStep(edit({ Last_Call__c: '2026-12-30T15:00:00Z' }), context);
  expect(await lastCall()).toBe('2026-12-30T15:00:00.000+0000');
  // Without a zone: 09:30 on the persona's clock in Berlin, an hour ahead of UTC in winter.
  await runStep(edit({ Last_Call__c: '2026-12-31T09:30' }), context);
  expect(await lastCall()).toBe('2026-12-31T08:30:00.000+0000');
  await runStep(expectPage({ values: { Last_Call__c: '2026-12-31T08:30:00Z' } }), context);
});

test('a date/time that is none fails before the form opens, saying what to write', async ({ browser }) => {
  emulator = await startEmulator({ org: withDateFields('en_US', 'America/Los_Angeles') });
  const { context } = await sdrWithLead(browser, emulator);
  await runStep(open, context);
  const error = await failure(runStep(edit({ Last_Call__c: 'tomorrow at noon' }), context));
  expect(error.message).toContain(
    'Last_Call__c is a date/time: "tomorrow at noon" is not one. Write ISO 8601, such as 2026-12-30T15:00:00Z',
  );
  // Nothing was opened for it: the record page is still the one shown.
  await expect(context.page.getByRole('dialog')).toHaveCount(0);
});

test('a date written YYYY-MM-DD that is no day of the calendar fails before the form opens', async ({
  browser,
}) => {
  emulator = await startEmulator({ org: withDateFields('en_US', 'America/Los_Angeles') });
  const { context, org, id } = await sdrWithLead(browser, emulator);
  await runStep(open, context);
  const error = await failure(runStep(edit({ Next_Call__c: '2027-02-30' }), context));
  expect(error.message).toContain(
    'Next_Call__c is a date: "2027-02-30" is no day of the calendar. Write YYYY-MM-DD, such as 2026-12-30',
  );
  await expect(context.page.getByRole('dialog')).toHaveCount(0);
  expect((await org.conn.sobject('Lead').retrieve(id)).Next_Call__c).toBeNull();
});

test('a checkbox is set for true or false; anything else fails before the form opens instead of clearing it', async ({
  browser,
}) => {
  emulator = await startEmulator({ org: withDateFields('en_US', 'America/Los_Angeles') });
  const { context, org, id } = await sdrWithLead(browser, emulator);
  const doNotCall = async () => (await org.conn.sobject('Lead').retrieve(id)).DoNotCall;
  await runStep(open, context);
  await runStep(edit({ DoNotCall: 'True' }), context);
  expect(await doNotCall()).toBe(true);
  const error = await failure(runStep(edit({ DoNotCall: 'yes' }), context));
  expect(error.message).toContain(
    'DoNotCall is a checkbox: "yes" is neither checked nor unchecked. Write true or false.',
  );
  await expect(context.page.getByRole('dialog')).toHaveCount(0);
  expect(await doNotCall()).toBe(true);
});

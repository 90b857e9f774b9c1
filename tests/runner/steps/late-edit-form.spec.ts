import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { personaStepContext } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * Lightning renders the Edit and New forms' sections one by one, as it does the record page's; the emulator
 * does the same under the "lightning" latency profile. Here a section is held back further with page.route,
 * as a slow org would: no field is called absent from the form before the form is complete.
 */
const ACME_DEAL = "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'";
const location = { file: 'scenario.yaml', line: 1, column: 1 };

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning' });
});
test.afterEach(async () => emulator?.stop());

/** Answers the matching requests `ms` later than the emulator does; `never`: not at all. */
async function holdBack(page: Page, url: RegExp, ms: number | 'never'): Promise<void> {
  await page.route(url, async (route) => {
    if (ms === 'never') return;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fulfill({ response });
  });
}

// The Opportunity layout's third section holds Description alone.
const DESCRIPTION_SECTION = /\/edit\/section\/2$/;

test('a field in a section of the Edit form that renders late is editable, not absent', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.ae, 'Opportunity', ACME_DEAL);
  await holdBack(context.page, DESCRIPTION_SECTION, 3_000);
  await runStep(expectPage({ editable: ['Description', 'Amount'] }), context);
});

test('an Edit form that never finishes rendering is an incomplete page naming what is missing', async ({
  browser,
}) => {
  const { context, id } = await openAs(browser, emulator, USERS.ae, 'Opportunity', ACME_DEAL);
  context.renderDeadlineMs = 3_000;
  await holdBack(context.page, DESCRIPTION_SECTION, 'never');
  const error = await failure(runStep(expectPage({ editable: ['Description'] }), context));
  expect(error.name).toBe('IncompletePageError');
  expect(error.message).toContain(`Persona "ae" (Ava Chen, ${USERS.ae}) on Opportunity ${id}`);
  expect(error.message).toContain(
    'the Edit modal did not finish rendering within 3 s: still missing Description, so no verdict on fields absent from it is given',
  );
  expect(error.message).toContain('the layout "Opportunity Layout" for profile "Account Executive"');
  await expect(context.page.getByRole('dialog')).toHaveCount(0);
});

test('an edit sets a field whose section of the Edit form renders late', async ({ browser }) => {
  const { context, id } = await openAs(browser, emulator, USERS.ae, 'Opportunity', ACME_DEAL);
  await holdBack(context.page, DESCRIPTION_SECTION, 3_000);
  await runStep({ kind: 'edit', title: 'edit', location, fields: { Description: 'Renewed late' } }, context);
  const { org } = await personaStepContext(browser, emulator, USERS.ae);
  const saved = await org.conn.query<{ Description: string }>(
    `SELECT Description FROM Opportunity WHERE Id = '${id}'`,
  );
  expect(saved.records[0].Description).toBe('Renewed late');
});

test('a New form fills a field whose section renders late', async ({ browser }) => {
  const made = await personaStepContext(browser, emulator, USERS.sdr);
  made.context.org = made.org;
  made.context.trackCreated = () => undefined;
  // The SDR's lead form: Lead Information (LastName, Company) arrives 3 s after the other sections.
  await holdBack(made.page, /\/Lead\/create\/section\/0(\?|$)/, 3_000);
  const create: Step = {
    kind: 'create',
    title: 'create',
    location,
    sobject: 'Lead',
    fields: { LastName: 'Late Section', Company: 'Slow Forms Ltd' },
    record: 'lead',
  };
  await runStep(create, made.context);
  const lead = made.records.get('lead');
  expect(lead?.sobject).toBe('Lead');
  await made.org.conn.sobject('Lead').destroy(lead?.id as string);
});

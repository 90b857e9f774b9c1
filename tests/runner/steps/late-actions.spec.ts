import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { personaWithAccount, personaWithRecord } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * Lightning renders a record page's actions ribbon after the highlights panel, once its actions have loaded,
 * and the "Show more actions" menu's items only once it is opened. The emulator does the same under the
 * "lightning" latency profile; here the ribbon and the menu are held back further with page.route, as a slow
 * org would, and no action is called absent before they have rendered.
 */
const CSM = 'casey.csm@acme-demo.example';
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };

let emulator: RunningEmulator;
test.afterEach(async () => emulator?.stop());

/** Answers the matching requests `ms` later than the emulator does; `never`: not at all. */
async function holdBack(page: Page, url: string, ms: number | 'never'): Promise<void> {
  await page.route(url, async (route) => {
    if (ms === 'never') return;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fulfill({ response });
  });
}

const column = (expected: Record<string, 'hidden' | 'read' | 'edit'>): Step => ({
  kind: 'fieldAccess',
  title: 'access',
  location,
  record: 'account',
  expected,
  matrix: 'account-fields-matrix',
  personas: ['csm'],
});

test('a ribbon that renders after the page is complete still offers Edit: the matrix cell is edit, not read', async ({
  browser,
}) => {
  emulator = await startEmulator({ latency: 'lightning' });
  const { context, page } = await personaWithAccount(browser, emulator, CSM, 'Late Ribbon Account');
  await holdBack(page, '**/part/actions', 3_000);
  await runStep(column({ Industry: 'edit' }), context);
});

test('a ribbon that never renders is an incomplete page naming the persona, never a missing Edit action', async ({
  browser,
}) => {
  emulator = await startEmulator({ latency: 'lightning' });
  const { context, page } = await personaWithAccount(browser, emulator, CSM, 'Silent Ribbon Account');
  context.renderDeadlineMs = 3_000;
  await holdBack(page, '**/part/actions', 'never');
  const error = await failure(runStep(column({ Industry: 'edit' }), context));
  expect(error.name).toBe('IncompletePageError');
  expect(error.message).toContain('Persona "csm" (Casey');
  expect(error.message).toContain(
    "the record page's actions ribbon had not rendered its actions within 3 s, so no verdict on them is given",
  );
  expect(error.message).not.toContain('no Edit action');
});

test('actions of the "Show more actions" menu are found once its items have loaded', async ({ browser }) => {
  // Every action in the menu, whose items arrive 2 s after it opens.
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.visibleActions = 0;
    }),
  });
  const { context, page } = await personaWithRecord(browser, emulator, AE, {
    key: 'deal',
    sobject: 'Opportunity',
    soql: "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'",
  });
  await holdBack(page, '**/part/actions-menu', 2_000);
  await runStep({ kind: 'open', title: 'open', location, record: 'deal' }, context);
  await runStep(expectPage({ editable: ['Amount'] }), context);
  await runStep({ kind: 'click', title: 'click', location, action: 'Submit for Approval' }, context);
  await expect(page.getByRole('dialog', { name: 'Submit for Approval' })).toBeVisible();
});

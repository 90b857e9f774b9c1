import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { OrgDefinition } from '../../../emulator/org/schema';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * Where a Lightning page puts the record's details and related lists: its Tabs component may open on Related
 * (its default tab, set in Lightning App Builder), Record Page Settings' full view shows both on one page
 * without tabs, and Dynamic Related Lists stand on the page as components of their own. Every record check
 * reads the same either way.
 */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const start = async (change: (org: OrgDefinition) => void, latency: 'lightning' | 'none' = 'lightning') => {
  emulator = await startEmulator({ latency, org: demoOrg(change) });
  return emulator;
};

test('a record page that opens on its Related tab is read from its Details tab', async ({ browser }) => {
  const running = await start((org) => {
    org.recordUi.defaultTab = 'Related';
  });
  const { context } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  await runStep(
    expectPage({
      visible: ['Industry'],
      sections: ['Account Information', 'Description Information'],
      relatedLists: ['Contacts', 'Opportunities'],
    }),
    context,
  );
});

test('on a full record view the related lists are read on the page itself, and judged absent or present', async ({
  browser,
}) => {
  const running = await start((org) => {
    org.recordUi.fullRecordView = true;
  });
  const { context } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  await expect(context.page.getByRole('tab', { name: 'Related' })).toHaveCount(0);
  await runStep(expectPage({ visible: ['Industry'], relatedLists: ['Contacts', 'Opportunities'] }), context);
  await expectationFailure(runStep(expectPage({ relatedListsAbsent: ['Contacts'] }), context), [
    'related list "Contacts": expected absent, but the record page shows it — the page layout "Account Layout"',
  ]);
});

test('Dynamic Related Lists placed on the page are read like the lists of the Related tab', async ({
  browser,
}) => {
  const running = await start(() => undefined, 'none');
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  // A Lightning page whose related lists are Dynamic Related List - Single components, not the container's.
  await context.page.route('**/lightning/r/Account/**', async (route) => {
    const response = await route.fetch();
    const markup = (await response.text())
      .replaceAll('lst-related-list-single-container', 'lst-dynamic-related-list')
      .replaceAll('lst-related-list-container', 'div');
    await route.fulfill({ response, body: markup });
  });
  await context.page.reload();
  await runStep(expectPage({ relatedLists: ['Contacts'], relatedListsAbsent: ['Opportunities'] }), context);
  await expect(context.page.locator('lst-dynamic-related-list').first()).toBeAttached();
});

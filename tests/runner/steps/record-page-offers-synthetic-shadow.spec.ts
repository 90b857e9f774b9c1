import { test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * Most orgs still run LWC's synthetic shadow (components flattened into the light DOM): what the record page
 * offers reads the same there as with native shadow roots.
 */
let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning', shadowMode: 'synthetic' });
});
test.afterEach(async () => emulator?.stop());

test('sections, related lists, actions, highlights and the Edit modal read the same in synthetic shadow', async ({
  browser,
}) => {
  const account = await openAs(
    browser,
    emulator,
    USERS.ae,
    'Account',
    "SELECT Id FROM Account WHERE Name = 'Initech'",
  );
  await runStep(
    expectPage({
      sections: ['Account Information', 'Description Information'],
      sectionsAbsent: ['Finance'],
      relatedLists: ['Contacts', 'Opportunities'],
      actions: ['Edit', 'New'],
      actionsAbsent: ['Delete'],
      highlights: ['Type', 'Phone', 'Industry'],
      editable: ['Phone', 'Type'],
      required: ['Name'],
      offers: { Type: ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Other'] },
    }),
    account.context,
  );
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { attachedDiff, csmOnAccount, openCompared } from './compared-with-admin';
import { expectationFailure } from './persona-steps';

/**
 * compareWithAdmin on a record page whose field sections sit on tabs of their own, one of them in the tab bar's
 * "More" menu: the admin's page and the persona's are both read on every tab before they are compared.
 */

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.dynamicForms = ['Account'];
      org.recordUi.fieldSectionTabs = [
        { object: 'Account', section: 'Finance', tab: 'Money' },
        { object: 'Account', section: 'Description Information', tab: 'Background' },
      ];
      // Related, Details and Money fit the bar; Background is only in its More menu.
      org.recordUi.visibleTabs = 3;
    }),
  });
});
test.afterEach(async () => emulator?.stop());

test('a field the admin sees on another tab and the persona does not is reported missing, with why', async ({
  browser,
}) => {
  const context = await csmOnAccount(browser, emulator);
  await runStep(openCompared(true), context);
  const diff = attachedDiff();
  expect(diff).toContain('| Credit_Limit__c | **no** | field-level security hides it');
  // Seen by both, each on the tab of the More menu.
  expect(diff).toContain('| Description | yes |  |');
  expect(diff).toContain('| Description Information | yes |  |');
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Details');
});

test('a missing list naming a field the admin sees on another tab passes', async ({ browser }) => {
  const context = await csmOnAccount(browser, emulator);
  await runStep(
    openCompared({ missing: ['Credit_Limit__c', 'Finance', 'Opportunities', 'Delete', 'New'] }),
    context,
  );
});

test('a missing list naming a field both see on a tab of the More menu fails', async ({ browser }) => {
  const context = await csmOnAccount(browser, emulator);
  await expectationFailure(
    runStep(
      openCompared({
        missing: ['Credit_Limit__c', 'Finance', 'Opportunities', 'Delete', 'New', 'Description'],
      }),
      context,
    ),
    ['field "Description": expected missing compared with the admin, but the persona sees it too'],
  );
});

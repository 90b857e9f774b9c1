import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * An admin may place the Record Detail on a tab labelled other than Details in Lightning App Builder: the page is
 * read from whichever tab holds it, as the persona would find it.
 */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";

test('a Record Detail on a tab labelled otherwise is found and read when the page opens on Related', async ({
  browser,
}) => {
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.detailTabLabel = 'Overview';
      org.recordUi.defaultTab = 'Related';
    }),
  });
  const { context } = await openAs(browser, emulator, USERS.csm, 'Account', INITECH);
  await expect(context.page.locator('lightning-tab-bar li[title="Details"]')).toHaveCount(0);
  await runStep(
    expectPage({ visible: ['Industry'], hidden: ['Credit_Limit__c'], sections: ['Account Information'] }),
    context,
  );
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Overview');
});

test('a Record Detail on a tab of the More menu is found there', async ({ browser }) => {
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.detailTabLabel = 'Overview';
      org.recordUi.defaultTab = 'Related';
      org.recordUi.visibleTabs = 1;
    }),
  });
  const { context } = await openAs(browser, emulator, USERS.csm, 'Account', INITECH);
  await runStep(expectPage({ visible: ['Industry'], hidden: ['Credit_Limit__c'] }), context);
});

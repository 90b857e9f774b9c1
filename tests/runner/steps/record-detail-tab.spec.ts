import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { beforeDeadline } from '../../../runner/step-deadline';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { personaWithRecord } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * An admin may place the Record Detail on a tab labelled other than Details in Lightning App Builder: the page is
 * read from whichever tab holds it, as the persona would find it.
 */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const location = { file: 'scenario.yaml', line: 1, column: 1 };

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

test('a page opening on a Details tab without fields is read at once from the tab holding them', async ({
  browser,
}) => {
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      // Every field section on an "Overview" tab: Details, where the page opens, shows none.
      org.recordUi.dynamicForms = ['Account'];
      org.recordUi.fieldSectionTabs = ['Account Information', 'Finance', 'Description Information'].map(
        (section) => ({ object: 'Account', section, tab: 'Overview' }),
      );
    }),
  });
  const { context } = await personaWithRecord(browser, emulator, USERS.csm, {
    key: 'record',
    sobject: 'Account',
    soql: INITECH,
  });
  // A page part may take 45 s to render; the open step must not wait anything like that on a Details tab that
  // has rendered, nothing loading, without a field.
  context.page.setDefaultTimeout(45_000);
  const open = runStep({ kind: 'open', title: 'open', location, record: 'record' }, context);
  await beforeDeadline(
    () => open,
    performance.now() + 15_000,
    () => 'the open step was still waiting on the Details tab without fields after 15 s',
  );
  await expect(context.page.locator('lightning-tab-bar li.slds-is-active a')).toHaveText('Overview');
  await runStep(expectPage({ visible: ['Industry'], hidden: ['Credit_Limit__c'] }), context);
});

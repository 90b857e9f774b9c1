import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * A tab that does not fit the record page's tab bar is offered only in the bar's "More" menu: a field on it is
 * read from there before any verdict, as the persona would open it.
 */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const start = async (visibleTabs: number, shadowMode: 'native' | 'synthetic' = 'native') => {
  emulator = await startEmulator({
    latency: 'lightning',
    shadowMode,
    org: demoOrg((org) => {
      org.recordUi.dynamicForms = ['Account'];
      org.recordUi.fieldSectionTabs = [
        { object: 'Account', section: 'Description Information', tab: 'Background' },
      ];
      org.recordUi.visibleTabs = visibleTabs;
    }),
  });
  return emulator;
};

test("a field on a tab in the tab bar's More menu is visible, and never judged hidden", async ({
  browser,
}) => {
  const running = await start(2);
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  const bar = context.page.locator('lightning-tab-bar');
  await expect(bar.locator('li[title="Background"]')).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'More' })).toBeVisible();
  await runStep(expectPage({ visible: ['Name', 'Description'] }), context);
  await expectationFailure(runStep(expectPage({ hidden: ['Description'] }), context), [
    'Account.Description: expected hidden, but it is visible on the tab "Background"',
  ]);
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Details');
});

test('a section on a tab in the More menu is on the page, and never judged absent', async ({ browser }) => {
  const running = await start(2);
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await expectationFailure(runStep(expectPage({ sectionsAbsent: ['Description Information'] }), context), [
    'section "Description Information": expected absent, but the page shows it on the tab "Background"',
  ]);
});

test('with room for one tab only, every tab is read through the More menu and the page returns to Details', async ({
  browser,
}) => {
  const running = await start(1);
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await expectationFailure(
    runStep(expectPage({ hidden: ['Credit_Limit__c'], readOnly: ['Description'] }), context),
    [
      'Account.Description: expected read-only, but it is editable on the tab "Background" (inline edit is offered)',
    ],
  );
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Details');
});

test('in synthetic shadow, the More menu opens the same way and its tab is read before any verdict', async ({
  browser,
}) => {
  const running = await start(1, 'synthetic');
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  const anyShadowRoot = () => [...document.querySelectorAll('*')].some((node) => node.shadowRoot);
  expect(await context.page.evaluate(anyShadowRoot)).toBe(false);
  await expect(context.page.locator('lightning-tab-bar li[title="Background"]')).toHaveCount(0);
  await runStep(expectPage({ visible: ['Name', 'Description'], hidden: ['Credit_Limit__c'] }), context);
  await expectationFailure(runStep(expectPage({ hidden: ['Description'] }), context), [
    'Account.Description: expected hidden, but it is visible on the tab "Background"',
  ]);
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Details');
});

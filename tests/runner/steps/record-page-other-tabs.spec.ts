import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * An admin may place a field section on a tab of its own: a field the tab the page opens on does not show is
 * judged only once every other tab has been read, as the persona would open them.
 */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const start = async () => {
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.dynamicForms = ['Account'];
      org.recordUi.fieldSectionTabs = [
        { object: 'Account', section: 'Description Information', tab: 'More' },
      ];
    }),
  });
  return emulator;
};

test('a field on a field section of another tab is visible, and never judged hidden', async ({ browser }) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  const description = context.page.locator(
    '[data-target-selection-name="sfdc:RecordField.Account.Description"]',
  );
  await expect(description).toBeHidden();
  await runStep(expectPage({ visible: ['Name', 'Description'] }), context);
  await expectationFailure(runStep(expectPage({ hidden: ['Description'] }), context), [
    'Account.Description: expected hidden, but it is visible on the tab "More"',
  ]);
  // The persona is left on the tab the page opened on.
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Details');
});

test('a field the page does not show on any tab is still judged hidden', async ({ browser }) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await runStep(expectPage({ hidden: ['Credit_Limit__c'] }), context);
});

test('a field section on another tab is on the page, and never judged absent', async ({ browser }) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await runStep(expectPage({ sections: ['Account Information', 'Description Information'] }), context);
  await expectationFailure(runStep(expectPage({ sectionsAbsent: ['Description Information'] }), context), [
    'section "Description Information": expected absent, but the page shows it on the tab "More"',
  ]);
});

test('an access matrix column reads a field on another tab as shown, not hidden', async ({ browser }) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await runStep(
    {
      kind: 'fieldAccess',
      title: 'access',
      location: { file: 'matrix.yaml', line: 1, column: 1 },
      record: 'record',
      expected: { Description: 'edit', Credit_Limit__c: 'hidden' },
      matrix: 'account-fields-matrix',
      personas: ['csm'],
    },
    context,
  );
});

test('a field on another tab shows its value and read-only mark there, read with that tab selected', async ({
  browser,
}) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await expectationFailure(
    runStep(expectPage({ readOnly: ['Description'], values: { Description: 'Not this' } }), context),
    [
      'Account.Description: expected read-only, but it is editable on the tab "More" (inline edit is offered)',
      'Account.Description: expected "Not this", but it',
    ],
  );
  await expect(context.page.locator('li.slds-is-active a')).toHaveText('Details');
});

/** Counts the persona's clicks on the record page's tabs. */
const countTabClicks = (page: Page) =>
  page.addInitScript(() => {
    const counted = window as unknown as { tabClicks: number };
    counted.tabClicks = 0;
    document.addEventListener(
      'click',
      (event) => {
        const path = event.composedPath() as Element[];
        if (path.some((element) => element.localName === 'lightning-tab-bar')) counted.tabClicks += 1;
      },
      true,
    );
  });

test("a layout page's Record Detail shows the whole layout: a field it lacks is judged hidden without opening other tabs", async ({
  browser,
}) => {
  emulator = await startEmulator({ latency: 'lightning' });
  const { context } = await openAs(browser, emulator, USERS.csm, 'Account', INITECH, countTabClicks);
  await runStep(expectPage({ hidden: ['Credit_Limit__c'], sectionsAbsent: ['Finance'] }), context);
  expect(await context.page.evaluate(() => (window as unknown as { tabClicks: number }).tabClicks)).toBe(0);
});

test('a Dynamic Forms page may place fields on any tab: a field it lacks is judged hidden once the other tabs are read', async ({
  browser,
}) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH, countTabClicks);
  await runStep(expectPage({ hidden: ['Credit_Limit__c'] }), context);
  expect(
    await context.page.evaluate(() => (window as unknown as { tabClicks: number }).tabClicks),
  ).toBeGreaterThan(0);
});

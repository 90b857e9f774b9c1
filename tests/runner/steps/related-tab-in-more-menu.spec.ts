import { type Browser, expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep, type StepContext } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, personaStepContext } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * A record page whose tab bar has room for one tab: while Details is selected, Related is offered only in the
 * bar's "More" menu. The related lists, the Approval History and the Products list are read from there, and the
 * page shows Details again afterwards.
 */
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.recordUi.visibleTabs = 1;
    }),
  });
});
test.afterAll(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;
const selectedTab = (page: Page) => page.locator('lightning-tab-bar li.slds-is-active a');

/** The seller's step context with an opportunity of theirs at this discount, opened. */
async function sellerOnDeal(browser: Browser, name: string, discount: number): Promise<StepContext> {
  const { context, org, records } = await personaStepContext(browser, emulator, AE);
  records.set('deal', await discountedDeal(org, name, discount));
  const seller = { ...context, org };
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  await expect(seller.page.locator('lightning-tab-bar li[title="Related"]')).toHaveCount(0);
  return seller;
}

test('related lists are read on the Related tab of the More menu, present and absent alike', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.csm, 'Account', INITECH);
  await expect(context.page.locator('lightning-tab-bar li[title="Related"]')).toHaveCount(0);
  await runStep(expectPage({ relatedLists: ['Contacts'], relatedListsAbsent: ['Opportunities'] }), context);
  await expectationFailure(runStep(expectPage({ relatedListsAbsent: ['Contacts'] }), context), [
    'related list "Contacts": expected absent, but the Related tab shows it',
  ]);
  // Details again, chosen from the More menu in turn, and its fields read there.
  await expect(selectedTab(context.page)).toHaveText('Details');
  await runStep(expectPage({ visible: ['Industry'] }), context);
});

test('a More menu whose tabs never arrive leaves the related lists unjudged, saying why', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.csm, 'Account', INITECH);
  context.renderDeadlineMs = 2_000;
  await context.page.route('**/part/tabs-menu-*', (route) => route.abort());
  const error = await failure(runStep(expectPage({ relatedListsAbsent: ['Opportunities'] }), context));
  expect(error.name, error.message).toBe('IncompletePageError');
  expect(error.message).toContain(
    `the record page's tab bar "More" menu was still loading its tabs within 2 s after a click, so the tabs it holds were not read`,
  );
});

test('the Approval History is read on the Related tab of the More menu', async ({ browser }) => {
  const seller = await sellerOnDeal(browser, 'History behind More', 25);
  await runStep(step({ kind: 'submitForApproval', comment: 'Three-year term' }), seller);
  await runStep(step({ kind: 'approval', status: 'Pending', pendingApprover: 'Maya Patel' }), seller);
  await expect(selectedTab(seller.page)).toHaveText('Details');
});

test('the Products list is read on the Related tab of the More menu', async ({ browser }) => {
  const seller = await sellerOnDeal(browser, 'Products behind More', 10);
  await runStep(
    step({ kind: 'offered', priceBooks: { includes: ['Sales Price Book'], excludes: [] } }),
    seller,
  );
  await expect(selectedTab(seller.page)).toHaveText('Details');
});

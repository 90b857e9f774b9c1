import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep } from '../../../runner/steps';
import { waitAtMost } from '../../short-waits';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * The Approval History card shows its first rows and "(6+)" beyond them, as every related list card: an exact
 * history is judged from its View All page when the card shows only some, and never from a partial card.
 */
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

/** A deal of the AE's submitted and recalled four times: eight rows of history, newest first. */
async function resubmittedDeal(browser: Browser, name: string) {
  const { context, org, records } = await personaStepContext(browser, emulator, AE);
  records.set('deal', await discountedDeal(org, name, 30));
  const seller = { ...context, org };
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  const history: { status: string; comments: string }[] = [];
  for (let round = 1; round <= 4; round++) {
    await runStep(step({ kind: 'submitForApproval', comment: `Round ${round}` }), seller);
    await runStep(step({ kind: 'recall', comment: `Undo ${round}` }), seller);
    history.unshift({ status: 'Submitted', comments: `Round ${round}` });
    history.unshift({ status: 'Recalled', comments: `Undo ${round}` });
  }
  return { seller, history };
}

test('history: eight rows behind a "(6+)" card are read from its View All page; a wrong count fails with the rows seen', async ({
  browser,
}) => {
  const { seller, history } = await resubmittedDeal(browser, 'Resubmitted deal');
  await runStep(step({ kind: 'approval', history }), seller);
  await expect(seller.page).toHaveURL(/\/lightning\/r\/Opportunity\/\w+\/view$/);

  const error = await expectationFailure(
    runStep(step({ kind: 'approval', history: [...history, { status: 'Submitted' }] }), seller),
    ['history: expected 9 row(s), but the Approval History shows 8: Recalled (assigned to'],
  );
  expect(error.message).toContain('comments "Round 1")');
});

test('history: a View All page that never shows its count leaves the exact history unproven, saying so', async ({
  browser,
}) => {
  const { seller, history } = await resubmittedDeal(browser, 'Stalled history deal');
  // The View All page (and its list, when it comes later) arrives without its status line ("n items").
  await seller.page.route(
    /\/(lightning\/r\/Opportunity\/\w+\/related|aura\/relatedlist)\//,
    async (route) => {
      const answer = await route.fetch();
      const body = (await answer.text()).replaceAll('countSortedByFilteredBy', 'notYetCountedStatusLine');
      await route.fulfill({ response: answer, body });
    },
  );
  waitAtMost(seller.page, 3_000);
  await expectationFailure(runStep(step({ kind: 'approval', history }), seller), [
    'history: expected exactly 8 row(s); the Approval History card shows 6 but states "(6+)", so more rows may exist beyond them and its View All page did not show its count within 3 s — the exact count cannot be proven from the card',
  ]);
  await expect(seller.page).toHaveURL(/\/lightning\/r\/Opportunity\/\w+\/view$/);
});

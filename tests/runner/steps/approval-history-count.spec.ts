import { test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep } from '../../../runner/steps';
import { AE, discountedDeal } from './discounted-deal';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * The Approval History card shows its first rows and "(6+)" beyond them, as every related list card: an exact
 * history is judged only when the card's count says every row is shown.
 */
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('history: eight rows behind a "(6+)" card cannot be judged exactly — the failure says the card is partial', async ({
  browser,
}) => {
  const { context, org, records } = await personaStepContext(browser, emulator, AE);
  records.set('deal', await discountedDeal(org, 'Resubmitted deal', 30));
  const seller = { ...context, org };
  await runStep(step({ kind: 'open', record: 'deal' }), seller);
  const history: { status: string }[] = [];
  for (let round = 1; round <= 4; round++) {
    await runStep(step({ kind: 'submitForApproval', comment: `Round ${round}` }), seller);
    await runStep(step({ kind: 'recall', comment: `Undo ${round}` }), seller);
    history.unshift({ status: 'Submitted' });
    history.unshift({ status: 'Recalled' });
  }
  await expectationFailure(runStep(step({ kind: 'approval', history }), seller), [
    'history: expected exactly 8 row(s); the Approval History card shows 6 but states "(6+)", so more rows may exist beyond them (View All) — the exact count cannot be proven from the card',
  ]);
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/** A layout section the persona collapsed keeps its fields, unseen: it is opened before any is judged hidden. */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

test('a layout section the persona collapsed is opened before any of its fields is judged hidden', async ({
  browser,
}) => {
  emulator = await startEmulator({ latency: 'none', org: demoOrg() });
  const { context } = await openAs(
    browser,
    emulator,
    USERS.ae,
    'Account',
    "SELECT Id FROM Account WHERE Name = 'Initech'",
  );
  const heading = context.page.locator('records-record-layout-section').getByRole('button', {
    name: 'Account Information',
  });
  await heading.click();
  await expect(heading).toHaveAttribute('aria-expanded', 'false');
  const industry =
    'records-record-layout-item[data-target-selection-name="sfdc:RecordField.Account.Industry"]';
  await expect(context.page.locator(industry)).toBeHidden();
  await expectationFailure(runStep(expectPage({ hidden: ['Industry'] }), context), [
    'Account.Industry: expected hidden, but it is visible (label "Industry")',
  ]);
  await expect(heading).toHaveAttribute('aria-expanded', 'true');
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { attachedDiff, csmOnAccount, openCompared } from './compared-with-admin';
import { expectationFailure } from './persona-steps';

/**
 * compareWithAdmin against the emulator: the admin's view of the same record page, read in a browser context of
 * its own, against the persona's — what the persona lacks is attached and shown as steps, and a `missing:` list
 * must be exactly that.
 */

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning' });
});
test.afterEach(async () => emulator?.stop());

test('compareWithAdmin: true attaches what the persona does not see that the admin does, each with why', async ({
  browser,
}) => {
  const context = await csmOnAccount(browser, emulator);
  await runStep(openCompared(true), context);
  const diff = attachedDiff();
  expect(diff).toContain('| Credit_Limit__c | **no** | field-level security hides it');
  expect(diff).toContain('| Finance | **no** |');
  expect(diff).toContain(
    '| Opportunities | **no** | the persona lacks Read on Opportunity: neither profile "Customer Success Manager" nor any permission set grants it |',
  );
  expect(diff).toContain(
    '| Delete | **no** | the persona lacks Delete on Account: neither profile "Customer Success Manager" nor any permission set',
  );
  expect(diff).toContain('| New | **no** | the persona lacks Create on Account');
  expect(diff).toContain('| Industry | yes |  |');
  // The persona's page stays open for the steps after it.
  await runStep(
    {
      kind: 'expect',
      title: 'expect',
      location: openCompared(true).location,
      visible: [],
      hidden: [],
      readOnly: ['AnnualRevenue'],
      values: {},
    },
    context,
  );
});

test('a missing list that is exactly what the persona lacks passes', async ({ browser }) => {
  const context = await csmOnAccount(browser, emulator);
  await runStep(
    openCompared({ missing: ['Credit_Limit__c', 'Finance', 'Opportunities', 'Delete', 'New'] }),
    context,
  );
});

test('the persona lacking more than the scenario lists fails naming each item, with why; listed items it sees fail too', async ({
  browser,
}) => {
  const context = await csmOnAccount(browser, emulator);
  const error = await expectationFailure(
    runStep(
      openCompared({ missing: ['Credit_Limit__c', 'AnnualRevenue', 'Delete', 'New', 'Nope'] }),
      context,
    ),
    [
      'Persona "csm" (Casey',
      'compared with the admin (admin@acme-demo.example)',
      'section "Finance": the admin sees it and the persona does not, but it is not listed as missing — both pages use the layout "Account Layout"',
      'related list "Opportunities": the admin sees it and the persona does not, but it is not listed as missing — the persona lacks Read on Opportunity',
      'field "AnnualRevenue": expected missing compared with the admin, but the persona sees it too',
      '"Nope": expected missing compared with the admin, but the admin\'s page shows no field, section, related list or action by that name either',
    ],
  );
  expect(error.message).not.toContain('Credit_Limit__c');
});

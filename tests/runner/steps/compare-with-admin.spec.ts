import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg, enterAsAdmin } from '../../emulator/helpers';
import { newTestContext } from '../../test-contexts';
import { attachedDiff, csmOnAccount, openCompared } from './compared-with-admin';
import { expectationFailure, personaWithRecord } from './persona-steps';

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
      openCompared({ missing: ['Credit_Limit__c', 'AnnualRevenue', 'Delete', 'New', 'Edit', 'Nope'] }),
      context,
    ),
    [
      'Persona "csm" (Casey',
      'compared with the admin (admin@acme-demo.example)',
      'section "Finance": the admin sees it and the persona does not, but it is not listed as missing — both pages use the layout "Account Layout"',
      'related list "Opportunities": the admin sees it and the persona does not, but it is not listed as missing — the persona lacks Read on Opportunity',
      'field "AnnualRevenue": expected missing compared with the admin, but the persona sees it too — field-level security grants Read via profile "Customer Success Manager"',
      'action "Edit": expected missing compared with the admin, but the persona sees it too — the persona has Edit on Account (via profile "Customer Success Manager"), and the page layout "Account Layout" assigned to profile "Customer Success Manager" places it',
      '"Nope": expected missing compared with the admin, but the admin\'s page shows no field, section, related list or action by that name either (fields by API name, the others by label): the page layout "Account Layout" assigned to profile "System Administrator" does not place it',
    ],
  );
  expect(error.message).not.toContain('Credit_Limit__c');
});

test("an action the persona's object permission allows but the record's sharing does not is explained by the sharing", async ({
  browser,
}) => {
  await emulator.stop();
  emulator = await startEmulator({
    org: demoOrg((org) => {
      org.sharing = { ...org.sharing, defaults: { ...org.sharing?.defaults, Account: 'Read' } };
    }),
  });
  const { context, org } = await personaWithRecord(browser, emulator, 'casey.csm@acme-demo.example', {
    key: 'account',
    sobject: 'Account',
    soql: "SELECT Id FROM Account WHERE Name = 'Initech'",
  });
  context.org = org;
  context.adminContext = async () => {
    const admin = await newTestContext(browser, { baseURL: emulator.url });
    await enterAsAdmin(await admin.newPage(), emulator);
    return admin;
  };
  await runStep(openCompared(true), context);
  expect(attachedDiff()).toContain(
    '| Edit | **no** | the record is shared with them read-only (UserRecordAccess MaxAccessLevel "Read"): neither ownership, the role hierarchy, a sharing rule nor a queue gives them Edit on it |',
  );
});

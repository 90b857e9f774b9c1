import { type Browser, expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { enterAsAdmin, failure } from '../../emulator/helpers';
import { newTestContext } from '../../test-contexts';
import { expectationFailure, idOf, personaWithAccount, personaWithRecord } from './persona-steps';
import { expectPage, USERS } from './record-page-expectations';

/**
 * Lightning renders each related list after its own data call, one by one: a list not shown yet is waited for
 * until the lists the persona's layout predicts have all arrived and nothing loads, and a list is judged
 * missing only then. A page whose lists never finish gives no verdict on a missing one.
 */
let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning' });
});
test.afterEach(async () => emulator?.stop());

const location = { file: 'scenario.yaml', line: 1, column: 1 };
const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";

/** The AE with the Initech account as test data "account". */
const aeOnInitech = (browser: Browser) =>
  personaWithRecord(browser, emulator, USERS.ae, { key: 'account', sobject: 'Account', soql: INITECH });

/** Holds back the page's `index`th related list (the layout's order, of the lists the viewer may read). */
async function holdList(page: Page, index: number, ms?: number): Promise<void> {
  await page.route(`**/part/related-list-${index}`, async (route) => {
    if (ms === undefined) return;
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('a related list arriving after the others is opened, not reported missing', async ({ browser }) => {
  const { context } = await aeOnInitech(browser);
  await holdList(context.page, 1, 2_500);
  await runStep(
    { kind: 'open', title: 'open', location, record: 'account', relatedList: 'Opportunities' },
    context,
  );
  const view = context.openView;
  expect(view?.kind === 'list' && (await view.list.count()).text).toBe('(0)');
});

test('a related list that never finishes loading gives no verdict on a list it has not shown', async ({
  browser,
}) => {
  const { context } = await aeOnInitech(browser);
  context.renderDeadlineMs = 6_000;
  await holdList(context.page, 1);
  await runStep({ kind: 'open', title: 'open', location, record: 'account' }, context);
  await expectationFailure(runStep(expectPage({ relatedListsAbsent: ['Opportunities'] }), context), [
    'related list "Opportunities": expected absent, and it is not shown so far (the Related tab shows "Contacts"), ' +
      'but no verdict is given: the Related tab did not finish rendering its related lists within 6 s: a loading ' +
      'indicator still shows',
  ]);
  const error = await failure(
    runStep({ kind: 'open', title: 'open', location, relatedList: 'Opportunities' } as Step, context),
  );
  expect(error.name).not.toBe('ExpectationError');
  expect(error.message).toContain(
    'related list "Opportunities" did not show on the Related tab within 6 s, and the related lists had not ' +
      'finished rendering (a loading indicator still shows; shown so far: Contacts), so whether the page has it is not known',
  );
});

test('a record page showing no related lists at all gives no verdict on an absent one, and fails a present one saying so', async ({
  browser,
}) => {
  const { context, org, page, records } = await personaWithAccount(
    browser,
    emulator,
    USERS.ae,
    'No Lists Co',
  );
  context.renderDeadlineMs = 2_000;
  // A Lightning page that places no related lists: no Related tab, no related list component.
  await page.route('**/lightning/r/Account/**', async (route) => {
    const response = await route.fetch();
    const markup = (await response.text())
      .replace(/<li[^>]*title="Related"[^>]*>[\s\S]*?<\/li>/, '')
      .replace(/<lst-related-list-container>[\s\S]*?<\/lst-related-list-container>/, '');
    await route.fulfill({ response, body: markup });
  });
  records.set('initech', { sobject: 'Account', id: await idOf(org, INITECH) });
  await runStep({ kind: 'open', title: 'open', location, record: 'initech' }, context);
  const error = await expectationFailure(
    runStep(expectPage({ relatedLists: ['Contacts'], relatedListsAbsent: ['Opportunities'] }), context),
  );
  expect(error.message).toContain(
    'related list "Contacts": expected on the record page, but it is not (the record page shows no related list; ' +
      'the record page did not finish rendering its related lists within 2 s: no related list rendered, and the ' +
      'record page has no Related tab)',
  );
  expect(error.message).toContain(
    'related list "Opportunities": expected absent, and it is not shown so far (the record page shows no related ' +
      'list), but no verdict is given',
  );
});

test('compareWithAdmin says nothing is missing from related lists the persona’s page has not finished rendering', async ({
  browser,
}) => {
  const { context, org } = await personaWithAccount(browser, emulator, USERS.csm, 'Compared Lists Co');
  context.org = org;
  context.renderDeadlineMs = 6_000;
  context.adminContext = async () => {
    const admin = await newTestContext(browser, { baseURL: emulator.url });
    await enterAsAdmin(await admin.newPage(), emulator);
    return admin;
  };
  // The persona's only list, Contacts, never arrives; the admin's page shows it.
  await holdList(context.page, 0);
  const error = await failure(
    runStep({ kind: 'open', title: 'open', location, record: 'account', compareWithAdmin: true }, context),
  );
  expect(error.name).toBe('IncompletePageError');
  expect(error.message).toContain(
    'the Related tab did not finish rendering its related lists within 6 s (a loading indicator still shows; ' +
      'shown so far: none), so whether it lacks "Contacts", "Opportunities" is not known',
  );
});

test('a list a step reads (Approval History) is judged missing only once the related lists are complete', async ({
  browser,
}) => {
  const { context } = await aeOnInitech(browser);
  context.renderDeadlineMs = 6_000;
  const approval = { kind: 'approval', title: 'approval', location, status: 'Pending' } as Step;
  await runStep({ kind: 'open', title: 'open', location, record: 'account' }, context);
  await holdList(context.page, 1);
  const error = await failure(runStep(approval, context));
  expect(error.name).not.toBe('ExpectationError');
  expect(error.message).toContain(
    'related list "Approval History" did not show on the Related tab within 6 s, and the related lists had not ' +
      'finished rendering (a loading indicator still shows; shown so far: Contacts), so whether the page has it is not known',
  );

  await context.page.unrouteAll();
  await runStep({ kind: 'open', title: 'open', location, record: 'account' }, context);
  await expectationFailure(runStep(approval, context), [
    'shows no Approval History list on the Related tab (its related lists: Contacts, Opportunities) — so its ' +
      "approval cannot be read: add the list to the persona's page layout.",
  ]);
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { runStep } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * editable, required and offers are read in the record's Edit modal, opened as the persona and cancelled
 * without saving; a failure lists every check that did not hold, each with why, from the org as the admin.
 */
let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator();
});
test.afterEach(async () => emulator?.stop());

const ACME_DEAL = "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'";
const RENEWAL = "SELECT Id FROM Opportunity WHERE Name = 'Initech Renewal'";
const NORTHWIND = "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'";
const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const GLOBEX = "SELECT Id FROM Lead WHERE Company = 'Globex'";

test('fields the Edit modal lets the AE change and requires hold, and nothing is saved', async ({
  browser,
}) => {
  const { context, id } = await openAs(browser, emulator, USERS.ae, 'Opportunity', ACME_DEAL);
  await runStep(
    expectPage({ editable: ['Amount', 'NextStep', 'StageName'], required: ['StageName', 'CloseDate'] }),
    context,
  );
  await expect(context.page.getByRole('dialog')).toHaveCount(0);
  expect(context.page.url()).toContain(`/lightning/r/Opportunity/${id}/view`);
});

test('a field only readable and one not required fail together, each naming its reason', async ({
  browser,
}) => {
  const { context, id } = await openAs(browser, emulator, USERS.ae, 'Opportunity', ACME_DEAL);
  await expectationFailure(
    runStep(expectPage({ editable: ['Discount_Approved__c'], required: ['NextStep'] }), context),
    [
      `Persona "ae" (Ava Chen, ${USERS.ae}) on Opportunity ${id}`,
      'Opportunity.Discount_Approved__c: expected editable, but the Edit modal shows it read-only (no input) — ' +
        'field-level security grants Read via profile "Account Executive", but neither profile "Account Executive" nor any permission set grants Edit',
      'Opportunity.NextStep: expected required, but the Edit modal does not mark it required — the page layout ' +
        '"Opportunity Layout" assigned to profile "Account Executive"',
      'makes it "Edit", not "Required", and the field is not required at field level',
    ],
  );
  await expect(context.page.getByRole('dialog')).toHaveCount(0);
});

test('a field the layout does not place fails as absent from the Edit modal', async ({ browser }) => {
  const { context } = await openAs(browser, emulator, USERS.sdr, 'Lead', NORTHWIND);
  await expectationFailure(runStep(expectPage({ editable: ['Website', 'Internal_Revenue__c'] }), context), [
    'Lead.Website: expected editable, but the Edit modal does not show it — the page layout "Lead Layout - SDR" assigned to profile "Sales Development Rep" does not place it',
    'Lead.Internal_Revenue__c: expected editable, but the Edit modal does not show it — field-level security hides it',
  ]);
});

test('Edit granted by a permission set alone makes a field editable; without the set it is named as lacking', async ({
  browser,
}) => {
  // The Sales Manager profile only reads lead scores; the Lead Scoring Editor permission set grants Edit.
  const scoresReadOnly = (withSet: boolean) =>
    demoOrg((org) => {
      const profile = org.profiles.find((candidate) => candidate.name === 'Sales Manager');
      if (profile)
        profile.fieldPermissions.Lead = { ...profile.fieldPermissions.Lead, Lead_Score__c: 'read' };
      const maya = org.users.find((user) => user.username === USERS.manager);
      if (maya && !withSet) maya.permissionSets = [];
    });
  const lead = "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'";
  await emulator.stop();
  emulator = await startEmulator({ org: scoresReadOnly(true) });
  const granted = await openAs(browser, emulator, USERS.manager, 'Lead', lead);
  await runStep(expectPage({ editable: ['Lead_Score__c'] }), granted.context);

  await emulator.stop();
  emulator = await startEmulator({ org: scoresReadOnly(false) });
  const lacking = await openAs(browser, emulator, USERS.manager, 'Lead', lead);
  const error = await failure(runStep(expectPage({ editable: ['Lead_Score__c'] }), lacking.context));
  expect(error.message).toContain(
    'Lead.Lead_Score__c: expected editable, but the Edit modal shows it read-only (no input) — field-level ' +
      'security grants Read via profile "Sales Manager", but neither profile "Sales Manager" nor any permission set grants Edit',
  );
});

test('the values a picklist offers for the record type hold as an exact set', async ({ browser }) => {
  const { context } = await openAs(browser, emulator, USERS.ae, 'Opportunity', RENEWAL);
  await runStep(
    expectPage({
      offers: { StageName: ['Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost'] },
    }),
    context,
  );
});

test('offers lists missing and extra values, a missing one explained by the record type', async ({
  browser,
}) => {
  const { context, id } = await openAs(browser, emulator, USERS.ae, 'Opportunity', RENEWAL);
  const error = await failure(
    runStep(
      expectPage({
        offers: {
          StageName: ['Prospecting', 'Qualification', 'Closed Won', 'Closed Lost'],
          NextStep: ['Soon'],
        },
      }),
      context,
    ),
  );
  expect(error.message).toContain(`on Opportunity ${id}`);
  expect(error.message).toContain(
    'Opportunity.NextStep: expected to offer "Soon", but it is a string field, not a picklist',
  );
  expect(error.message).toContain(
    'Opportunity.StageName: expected to offer exactly "Prospecting", "Qualification", "Closed Won", "Closed Lost", ' +
      'but the Edit modal offers "Qualification", "Negotiation/Review", "Closed Won", "Closed Lost" — ' +
      'missing "Prospecting": the record type "Renewal" does not include it; ' +
      'extra "Negotiation/Review": the record type "Renewal" includes it',
  );
});

test('a persona without Edit on the object gets no Edit action, and every edit check says why', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.sdr, 'Account', INITECH);
  const error = await failure(
    runStep(expectPage({ editable: ['Phone'], offers: { Type: ['Prospect'] } }), context),
  );
  const reason =
    'the record page offers no Edit action, neither in the actions ribbon nor in its "Show more actions" menu — ' +
    'the persona lacks the object permission Edit on Account: neither profile "Sales Development Rep" nor any permission set grants it';
  expect(error.message).toContain(`Account.Phone: expected editable, but ${reason}`);
  expect(error.message).toContain(`Account.Type: expected to offer values, but ${reason}`);
});

test("a record shared read-only offers no Edit action, and the failure names the record's sharing", async ({
  browser,
}) => {
  // Globex is the AE's open lead: the sharing rule "Open leads to the sales team" gives the SDR Read on it.
  const { context } = await openAs(browser, emulator, USERS.sdr, 'Lead', GLOBEX);
  const error = await failure(runStep(expectPage({ editable: ['Title'] }), context));
  expect(error.message).toContain(
    'Lead.Title: expected editable, but the record page offers no Edit action, neither in the actions ribbon nor in ' +
      'its "Show more actions" menu — the persona has Edit on Lead (via profile "Sales Development Rep"), but the ' +
      'record is shared with them read-only (UserRecordAccess MaxAccessLevel "Read")',
  );
});

test('an edit step the page cannot take says why, from the org: the record shared read-only, a field the layout leaves out, one read-only by field-level security', async ({
  browser,
}) => {
  const edit = (fields: Record<string, string>) => ({
    kind: 'edit' as const,
    title: 'edit',
    location: { file: 'scenario.yaml', line: 9, column: 5 },
    fields,
  });
  const shared = await openAs(browser, emulator, USERS.sdr, 'Lead', GLOBEX);
  expect((await failure(runStep(edit({ Title: 'VP' }), shared.context))).message).toContain(
    `Persona "sdr" (Sam Rivera, ${USERS.sdr}) cannot edit Lead ${shared.id} (data "record"): the record page offers no Edit action, ` +
      'neither in the actions ribbon nor in its "Show more actions" menu — the persona has Edit on Lead (via profile ' +
      '"Sales Development Rep"), but the record is shared with them read-only (UserRecordAccess MaxAccessLevel "Read")',
  );
  const own = await openAs(browser, emulator, USERS.sdr, 'Lead', NORTHWIND);
  expect((await failure(runStep(edit({ Website: 'acme.example' }), own.context))).message).toContain(
    `cannot edit Lead ${own.id} (data "record"): Lead.Website is not in the Edit modal — the page layout "Lead Layout - SDR" assigned to profile "Sales Development Rep" does not place it`,
  );
  const deal = await openAs(browser, emulator, USERS.ae, 'Opportunity', ACME_DEAL);
  expect((await failure(runStep(edit({ Discount_Approved__c: 'true' }), deal.context))).message).toContain(
    `cannot edit Opportunity ${deal.id} (data "record"): Opportunity.Discount_Approved__c is read-only for this persona: the Edit modal shows its value but has no input for it — ` +
      'field-level security grants Read via profile "Account Executive", but neither profile "Account Executive" nor any permission set grants Edit',
  );
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { RecordPagePrediction } from '../../../fixtures';
import { runStep } from '../../../runner/steps';
import { whyPresent } from '../../../runner/steps/expect-actions';
import { demoOrg, failure } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * sections, related lists, actions and highlights, judged on a complete page: the emulator renders like
 * Lightning (each section, the highlights and the Related tab arriving on their own). Each failure says why,
 * from the org as the admin: the layout, field-level security or an object permission.
 */
let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning' });
});
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";

test("the AE's account page: sections in order, related lists, actions and highlights hold", async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.ae, 'Account', INITECH);
  await runStep(
    expectPage({
      sections: ['Account Information', 'Description Information'],
      sectionsAbsent: ['Finance'],
      relatedLists: ['Contacts', 'Opportunities'],
      actions: ['Edit'],
      actionsAbsent: ['Delete'],
      highlights: ['Type', 'Phone', 'Industry'],
    }),
    context,
  );
});

test('every layout check that does not hold is reported in one failure, each with its reason', async ({
  browser,
}) => {
  const { context, id } = await openAs(browser, emulator, USERS.ae, 'Account', INITECH);
  const error = await expectationFailure(
    runStep(
      expectPage({
        sections: ['Description Information', 'Account Information', 'Finance'],
        sectionsAbsent: ['Account Information'],
        relatedListsAbsent: ['Contacts'],
        actions: ['Delete'],
        actionsAbsent: ['Edit'],
        highlights: ['Credit_Limit__c'],
      }),
      context,
    ),
  );
  const lines = error.message.split('\n');
  expect(lines[0]).toBe(`Persona "ae" (Ava Chen, ${USERS.ae}) on Account ${id} (data "record"):`);
  expect(error.message).toContain(
    'section "Finance": expected on the page, but it is not (the page shows "Account Information", ' +
      '"Description Information") — field-level security hides every field of it (Credit_Limit__c): ' +
      'neither profile "Account Executive" nor any permission set grants Read on any of them, and Lightning leaves out a section with nothing to show',
  );
  expect(error.message).toContain(
    'sections: expected in the order "Description Information", "Account Information", but the page shows them as ' +
      '"Account Information", "Description Information" — the page layout "Account Layout" assigned to profile ' +
      '"Account Executive" orders its sections "Account Information", "Finance", "Description Information"',
  );
  expect(error.message).toContain(
    'section "Account Information": expected absent, but the page shows it — the page layout "Account Layout" ' +
      'assigned to profile "Account Executive" places it, and the persona may read Name, Industry, NumberOfEmployees ' +
      'and 6 more of its fields (Read via profile "Account Executive")',
  );
  expect(error.message).toContain(
    'related list "Contacts": expected absent, but the Related tab shows it — the page layout "Account Layout" ' +
      'assigned to profile "Account Executive" places it, and the persona may read Contact (Read via profile "Account Executive")',
  );
  expect(error.message).toMatch(
    /action "Delete": expected on the page, but it is not \(the page offers "Edit".*\) — the persona lacks the object permission Delete on Account: neither profile "Account Executive" nor any permission set grants it/,
  );
  expect(error.message).toContain(
    'action "Edit": expected absent, but the page offers it — the persona has Edit on Account via profile "Account Executive"',
  );
  expect(error.message).toContain(
    'Account.Credit_Limit__c: expected in the highlights panel (as "Credit Limit"), but it is not',
  );
  expect(error.message).toContain(
    '— the compact layout "Account Compact Layout" does not list it (it lists Name, Type, Phone, Website, ' +
      'Industry, OwnerId); and field-level security hides it: neither profile "Account Executive" nor any permission set grants Read',
  );
  expect(lines).toHaveLength(8);
});

test('a related list whose object the persona cannot read is absent, and saying it is there fails naming the permission', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.csm, 'Account', INITECH);
  await runStep(expectPage({ relatedLists: ['Contacts'], relatedListsAbsent: ['Opportunities'] }), context);
  const error = await failure(runStep(expectPage({ relatedLists: ['Opportunities', 'Cases'] }), context));
  expect(error.message).toContain(
    'related list "Opportunities": expected on the Related tab, but it is not (the Related tab shows "Contacts") — ' +
      'the persona lacks the object permission Read on Opportunity: neither profile "Customer Success Manager" nor any permission set grants it, ' +
      'so Lightning leaves the list out',
  );
  expect(error.message).toContain(
    'related list "Cases": expected on the Related tab, but it is not (the Related tab shows "Contacts") — the page ' +
      'layout "Account Layout" assigned to profile "Customer Success Manager" has no related list "Cases" (its related ' +
      'lists: "Contacts", "Opportunities")',
  );
});

test('a section the layout does not have, or a misspelt action, fails with did you mean', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.ae, 'Account', INITECH);
  const error = await failure(
    runStep(expectPage({ sections: ['Account Informaton'], actions: ['Edt'] }), context),
  );
  expect(error.message).toContain(
    'the page layout "Account Layout" assigned to profile "Account Executive" has no section "Account Informaton" ' +
      '(its sections: "Account Information", "Finance", "Description Information"). Did you mean "Account Information"?',
  );
  expect(error.message).toMatch(
    /action "Edt": expected on the page, but it is not \(the page offers "Edit", "New"\) — .*\. Did you mean "Edit"\?/,
  );
});

test('checks of every kind in one expect — fields, layout, actions and the Edit modal — fail together', async ({
  browser,
}) => {
  const { context, id } = await openAs(
    browser,
    emulator,
    USERS.ae,
    'Opportunity',
    "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'",
  );
  const step = expectPage({
    editable: ['Discount_Approved__c'],
    sections: ['Finance'],
    actionsAbsent: ['Edit'],
  });
  const error = await failure(runStep({ ...step, hidden: ['Amount'] } as typeof step, context));
  const lines = error.message.split('\n');
  expect(lines[0]).toBe(`Persona "ae" (Ava Chen, ${USERS.ae}) on Opportunity ${id} (data "record"):`);
  expect(lines.slice(1).map((line) => line.split(':')[0])).toEqual([
    '  - Opportunity.Amount',
    '  - section "Finance"',
    '  - action "Edit"',
    '  - Opportunity.Discount_Approved__c',
  ]);
});

test("an action the persona may use but the layout's Lightning actions leave out fails naming the layout", async ({
  browser,
}) => {
  await emulator.stop();
  emulator = await startEmulator({
    org: demoOrg((org) => {
      const layout = org.layouts.find((candidate) => candidate.name === 'Account Layout');
      if (layout) layout.buttons = ['Edit', 'New'];
    }),
  });
  const { context } = await openAs(browser, emulator, USERS.manager, 'Account', INITECH);
  await runStep(expectPage({ actions: ['Edit', 'New'], actionsAbsent: ['Delete'] }), context);
  const error = await failure(runStep(expectPage({ actions: ['Delete'] }), context));
  expect(error.message).toContain(
    'action "Delete": expected on the page, but it is not (the page offers "Edit", "New") — the persona has ' +
      'Delete on Account (via profile "Sales Manager"), but the page layout "Account Layout" assigned to profile ' +
      '"Sales Manager" does not include it in its Lightning actions ("Edit", "New")',
  );
});

test("a field the record type's compact layout does not list is missing from the highlights, naming that layout", async ({
  browser,
}) => {
  await emulator.stop();
  emulator = await startEmulator({
    latency: 'lightning',
    org: demoOrg((org) => {
      org.compactLayouts.push({
        name: 'Renewal Compact Layout',
        object: 'Opportunity',
        fields: ['Name', 'AccountId', 'CloseDate'],
        recordTypes: ['Renewal'],
      });
    }),
  });
  const { context } = await openAs(
    browser,
    emulator,
    USERS.ae,
    'Opportunity',
    "SELECT Id FROM Opportunity WHERE Name = 'Initech Renewal'",
  );
  await runStep(expectPage({ highlights: ['AccountId', 'CloseDate'] }), context);
  const error = await failure(runStep(expectPage({ highlights: ['Amount', 'CloseDate'] }), context));
  expect(error.message.split('\n')).toHaveLength(2);
  expect(error.message).toContain(
    'Opportunity.Amount: expected in the highlights panel (as "Amount"), but it is not (the panel shows ' +
      '"Account Name", "Close Date") — the compact layout "Renewal Compact Layout" assigned to record type ' +
      '"Renewal" does not list it (it lists Name, AccountId, CloseDate)',
  );
});

const GLOBEX = "SELECT Id FROM Opportunity WHERE Name = 'Globex Expansion'";

test('an action written by its API name, or a related list by its object, fails naming the label the page shows', async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.ae, 'Opportunity', GLOBEX);
  await runStep(
    expectPage({ relatedLists: ['Products', 'Quotes'], actions: ['Submit for Approval', 'Edit'] }),
    context,
  );
  const error = await failure(
    runStep(
      expectPage({ relatedLists: ['Opportunity Products', 'Quotes'], actions: ['Submit', 'Edit'] }),
      context,
    ),
  );
  expect(error.message).toContain(
    'action "Submit": expected on the page, but it is not (the page offers "Edit", "Delete", "Submit for Approval") — ' +
      'Opportunity has no action labelled "Submit": the page layout "Opportunity Layout" assigned to profile ' +
      '"Account Executive" for record type "New Business" lists its Lightning actions as "Edit", "Delete", ' +
      '"Submit for Approval". "Submit" is the API name of the action labelled "Submit for Approval", and actions are ' +
      'named by their labels: did you mean "Submit for Approval"?',
  );
  expect(error.message).toContain(
    'related list "Opportunity Products": expected on the Related tab, but it is not (the Related tab shows ' +
      '"Approval History", "Products", "Quotes") — "Opportunity Products" names the object OpportunityLineItem ' +
      '(labelled "Opportunity Product"), and the Related tab shows OpportunityLineItem\'s related list as "Products": write "Products"',
  );
  expect(error.message).not.toContain('rendering fault');
  expect(error.message.split('\n')).toHaveLength(3);
});

test("an action absent by a label no action bears is an error, and a list named by its object is not blamed on the persona's permissions", async ({
  browser,
}) => {
  const { context } = await openAs(browser, emulator, USERS.ae, 'Opportunity', GLOBEX);
  const error = await failure(
    runStep(
      expectPage({
        relatedLists: ['Opportunity Product'],
        relatedListsAbsent: ['Opportunity Products'],
        actionsAbsent: ['Submit', 'Clone'],
      }),
      context,
    ),
  );
  expect(error.message).toContain(
    'action "Submit": expected absent, but no action bears that label (the page offers "Edit", "Delete", ' +
      '"Submit for Approval"), so its absence proves nothing — Opportunity has no action labelled "Submit"',
  );
  expect(error.message).toContain('did you mean "Submit for Approval"?');
  expect(error.message).toContain(
    'related list "Opportunity Product": expected on the Related tab, but it is not (the Related tab shows ' +
      '"Approval History", "Products", "Quotes") — "Opportunity Product" names the object OpportunityLineItem, and ' +
      'the Related tab shows OpportunityLineItem\'s related list as "Products": write "Products"',
  );
  expect(error.message).toContain(
    'related list "Opportunity Products": expected absent, but no related list is titled so, so its absence proves ' +
      'nothing — "Opportunity Products" names the object OpportunityLineItem',
  );
  expect(error.message).not.toContain('lacks the object permission');
  // Clone is a standard action the layout leaves out: its absence holds.
  expect(error.message).not.toContain('action "Clone"');
  expect(error.message.split('\n')).toHaveLength(4);
});

test("an action absent by a label the org cannot vouch for is no verdict when the layout keeps the object's default actions", async ({
  browser,
}) => {
  await emulator.stop();
  emulator = await startEmulator({
    org: demoOrg((org) => {
      const layout = org.layouts.find((candidate) => candidate.name === 'Account Layout');
      if (layout) delete layout.buttons;
    }),
  });
  const { context } = await openAs(browser, emulator, USERS.ae, 'Account', INITECH);
  await runStep(expectPage({ actions: ['Edit'], actionsAbsent: ['Delete'] }), context);
  const error = await failure(runStep(expectPage({ actionsAbsent: ['Log a Call'] }), context));
  expect(error.message).toContain(
    'action "Log a Call": expected absent, but no action with that label is known (the page offers "Edit"), so its ' +
      'absence proves nothing — no action of Account labelled "Log a Call" is known: the page layout "Account Layout" ' +
      'assigned to profile "Account Executive" does not override the Lightning actions',
  );
});

test('an action the page offers that the layout lists by an API name of unknown label is not called a rendering fault', () => {
  // A custom quick action: the layout names it by API name, the page by a label persona-ux does not know.
  const prediction = {
    sobject: 'Account',
    layout: { name: 'Account Layout', profile: 'Account Executive', actions: ['Edit', 'Log_Call'] },
  } as unknown as RecordPagePrediction;
  expect(whyPresent('Log a Call', 'Account', prediction)).toBe(
    'the page layout "Account Layout" assigned to profile "Account Executive" lists Log_Call among its Lightning ' +
      'actions, whose labels persona-ux does not know: it may be one of them',
  );
  const standardOnly = {
    sobject: 'Account',
    layout: { name: 'Account Layout', profile: 'Account Executive', actions: ['Edit'] },
  } as unknown as RecordPagePrediction;
  expect(whyPresent('Log a Call', 'Account', standardOnly)).toContain('rendering fault');
});

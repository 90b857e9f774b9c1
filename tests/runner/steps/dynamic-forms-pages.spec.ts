import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { OrgDefinition } from '../../../emulator/org/schema';
import { fieldPlacement, readDynamicFormsPages } from '../../../fixtures/dynamic-forms-pages';
import type { OrgConnection } from '../../../fixtures/org-connection';
import { dynamicFormsPage } from '../../../fixtures/record-page-prediction';
import { runStep } from '../../../runner/steps';
import { adminConnection } from '../../e2e/cli-run';
import { demoOrg, oauthConnection } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

/**
 * A record page built with Dynamic Forms shows field sections of field components instead of the layout's
 * detail panel; every record check reads it as it reads a layout page, and a field it does not show is
 * explained without claiming field-level security when that is not the cause.
 */
let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";
const start = async (
  options: { latency?: 'lightning' | 'none'; shadowMode?: 'native' | 'synthetic' } = {},
  change: (org: OrgDefinition) => void = () => undefined,
) => {
  emulator = await startEmulator({
    latency: options.latency ?? 'lightning',
    org: demoOrg((org) => {
      org.recordUi.dynamicForms = ['Account'];
      if (options.shadowMode) org.recordUi.shadowMode = options.shadowMode;
      change(org);
    }),
  });
  return emulator;
};

type Criterion = OrgDefinition['recordUi']['fieldVisibility'][number]['criteria'][number];
const equal = (field: string, value: string): Criterion => ({ field, operator: 'EQUAL', value });

/** Account's Industry field, and its Description Information section, each shown only while its criterion holds. */
function industryAndDescriptionWhen(org: OrgDefinition, industry: Criterion, description: Criterion) {
  org.recordUi.fieldVisibility = [{ object: 'Account', field: 'Industry', criteria: [industry] }];
  org.recordUi.sectionVisibility = [
    { object: 'Account', section: 'Description Information', criteria: [description] },
  ];
}

const CSM_EXPECTATIONS = expectPage({
  visible: ['Name', 'Industry'],
  hidden: ['Credit_Limit__c'],
  values: { Name: 'Initech', Industry: 'Technology' },
  sections: ['Account Information', 'Description Information'],
  sectionsAbsent: ['Finance'],
  readOnly: ['AnnualRevenue'],
});

for (const shadowMode of ['native', 'synthetic'] as const) {
  test(`a Dynamic Forms page is read field by field and section by section (${shadowMode} shadow)`, async ({
    browser,
  }) => {
    const running = await start({ shadowMode });
    const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
    await expect(context.page.locator('flexipage-field-section2').first()).toBeVisible();
    await expect(context.page.locator('records-lwc-detail-panel')).toHaveCount(0);
    await runStep(CSM_EXPECTATIONS, context);
  });
}

test('the Edit form of a Dynamic Forms page is read as on a layout page', async ({ browser }) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  await runStep(expectPage({ visible: ['Industry'], editable: ['Industry', 'Phone'] }), context);
});

test('what a Dynamic Forms page shows against the expectation fails with every field, value and section named', async ({
  browser,
}) => {
  const running = await start();
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await expectationFailure(
    runStep(
      expectPage({
        visible: ['Credit_Limit__c'],
        hidden: ['Industry'],
        values: { Industry: 'Retail' },
        sections: ['Finance'],
      }),
      context,
    ),
    [
      'Account.Credit_Limit__c: expected visible, but it is not on the page — ',
      'Account.Industry: expected hidden, but it is visible (label "Industry")',
      'Account.Industry: expected "Retail", but it shows "Technology"',
      'section "Finance": expected on the page, but it is not (the page shows "Account Information", "Description Information") — the page is built with Dynamic Forms, whose sections come from the Lightning page, not the layout; possible causes: the page has no such field section, a component visibility rule hides it, or it has no field the persona may read; field-level security hides every field of it (Credit_Limit__c)',
    ],
  );
});

/** The AE on Initech's page, whose layout (and so the Lightning page made from it) lacks Website; the org may be asked why. */
async function aeOnInitechWithoutWebsite(browser: Browser, options: Parameters<typeof start>[0]) {
  const running = await start(options, (org) => {
    const layout = org.layouts.find((candidate) => candidate.name === 'Account Layout');
    const information = layout?.sections[0];
    if (information) information.fields = information.fields.filter((field) => field !== 'Website');
  });
  const { context } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  context.org = await adminConnection(running);
  return context;
}

test('a readable field the Lightning page does not place is said so, not blamed on field-level security', async ({
  browser,
}) => {
  const context = await aeOnInitechWithoutWebsite(browser, {});
  const error = await expectationFailure(runStep(expectPage({ visible: ['Website'] }), context), [
    'Account.Website: expected visible, but it is not on the page — the Lightning page "Account_Record_Page" does ' +
      'not place it (Dynamic Forms: the Lightning page places the fields, not the page layout) (field-level security',
  ]);
  expect(error.message).not.toContain('rendering fault');
});

/** Industry on the Dynamic Forms page of accounts shows only for channel customers (Initech is a direct one). */
const industryForChannelCustomers = (org: OrgDefinition) => {
  org.recordUi.fieldVisibility = [
    {
      object: 'Account',
      field: 'Industry',
      criteria: [{ field: 'Type', operator: 'EQUAL', value: 'Customer - Channel' }],
    },
  ];
};

test("a field a visibility rule hides is explained by the rule and the record's values, and shows once the record meets it", async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, industryForChannelCustomers);
  const { context, id } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  context.org = await adminConnection(running);
  await expectationFailure(runStep(expectPage({ visible: ['Industry'] }), context), [
    'Account.Industry: expected visible, but it is not on the page — the Lightning page "Account_Record_Page" shows ' +
      "it only when {!Record.Type} EQUAL Customer - Channel (a component visibility rule), and the record's Type is " +
      '"Customer - Direct"',
  ]);
  await context.org.conn.sobject('Account').update({ Id: id, Type: 'Customer - Channel' });
  await runStep(
    { kind: 'open', title: 'open', location: { file: 'x.yaml', line: 1, column: 1 }, record: 'record' },
    context,
  );
  await runStep(expectPage({ visible: ['Industry'], values: { Industry: 'Technology' } }), context);
});

test("the emulator's Tooling API gives a Dynamic Forms field its visibility rule, as App Builder writes it", async () => {
  const running = await start({ latency: 'none' }, industryForChannelCustomers);
  const conn = await oauthConnection(running, running.admin.username, running.admin.password);
  const { pages } = await readDynamicFormsPages({ conn } as unknown as OrgConnection, 'Account');
  expect(pages.map((page) => page.name)).toEqual(['Account_Record_Page']);
  expect(fieldPlacement(pages[0], 'Industry')).toEqual([
    { criteria: [{ leftValue: '{!Record.Type}', operator: 'EQUAL', rightValue: 'Customer - Channel' }] },
  ]);
  expect(fieldPlacement(pages[0], 'Name')).toEqual([]);
  expect(fieldPlacement(pages[0], 'Jigsaw')).toBeUndefined();
});

test('no field of a Dynamic Forms page is judged hidden while a field component has not rendered its field', async ({
  browser,
}) => {
  const running = await start({ latency: 'none' });
  const { context } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  const industry =
    /(<flexipage-field data-field-id="RecordIndustryField">[\s\S]*?)(<record_flexipage-record-field>[\s\S]*?<\/record_flexipage-record-field>)/;
  let late = '';
  // Lightning renders each field component's record field once the field has loaded, with no spinner.
  await context.page.route('**/lightning/r/Account/**', async (route) => {
    const response = await route.fetch();
    const markup = (await response.text()).replace(industry, (_all, host: string, field: string) => {
      late = field;
      return host;
    });
    await route.fulfill({ response, body: markup });
  });
  await context.page.reload();
  expect(late).toContain('sfdc:RecordField.Account.Industry');
  await context.page.evaluate((field) => {
    const find = (root: Document | ShadowRoot): Element | undefined => {
      const found = root.querySelector('flexipage-field[data-field-id="RecordIndustryField"]');
      if (found) return found;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot && find(element.shadowRoot);
        if (inner) return inner;
      }
      return undefined;
    };
    setTimeout(() => {
      const parsed = document.createElement('div');
      parsed.setHTMLUnsafe(field);
      find(document)?.append(...parsed.childNodes);
    }, 2_000);
  }, late);
  await expectationFailure(runStep(expectPage({ hidden: ['Industry'] }), context), [
    'Account.Industry: expected hidden, but it is visible (label "Industry")',
  ]);
});

test("the emulator's Tooling API answers a Dynamic Forms record page as FlexiPage with field instances", async () => {
  const running = await start({ latency: 'none' });
  const conn = await oauthConnection(running, running.admin.username, running.admin.password);
  expect(await dynamicFormsPage({ conn } as unknown as OrgConnection, 'Account')).toBe('Account_Record_Page');
  expect(await dynamicFormsPage({ conn } as unknown as OrgConnection, 'Lead')).toBeUndefined();
});

test('a field section the persona collapsed is opened before any of its fields is judged hidden', async ({
  browser,
}) => {
  const running = await start({ latency: 'none' });
  const { context } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  const heading = context.page.getByRole('button', { name: 'Account Information' });
  await heading.click();
  await expect(heading).toHaveAttribute('aria-expanded', 'false');
  await expect(context.page.locator('flexipage-field[data-field-id="RecordIndustryField"]')).toBeHidden();
  await expectationFailure(runStep(expectPage({ hidden: ['Industry'] }), context), [
    'Account.Industry: expected hidden, but it is visible (label "Industry")',
  ]);
  await expect(heading).toHaveAttribute('aria-expanded', 'true');
});

test('what the Edit modal of a Dynamic Forms page shows against the expectation says it follows the page layout', async ({
  browser,
}) => {
  const running = await start({ latency: 'none' });
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await expectationFailure(runStep(expectPage({ editable: ['AnnualRevenue'] }), context), [
    'Account.AnnualRevenue: expected editable, but the Edit modal shows it read-only',
    '(read from the Edit modal, which follows the page layout, not the Dynamic Forms page)',
  ]);
});

test('a field the Edit modal of a Dynamic Forms page lacks is explained by the page layout, which the modal follows', async ({
  browser,
}) => {
  const context = await aeOnInitechWithoutWebsite(browser, { latency: 'none' });
  const error = await expectationFailure(runStep(expectPage({ editable: ['Website'] }), context), [
    'Account.Website: expected editable, but the Edit modal does not show it — the page layout "Account Layout" ' +
      'assigned to profile "Account Executive" does not place it',
  ]);
  expect(error.message).not.toContain('Lightning page');
});

/** The Description Information section of the Dynamic Forms page of accounts shows only for channel customers. */
const descriptionForChannelCustomers = (org: OrgDefinition) => {
  org.recordUi.sectionVisibility = [
    {
      object: 'Account',
      section: 'Description Information',
      criteria: [{ field: 'Type', operator: 'EQUAL', value: 'Customer - Channel' }],
    },
  ];
};

test("a field section a visibility rule hides is explained by the rule and the record's values, and shows once the record meets it", async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, descriptionForChannelCustomers);
  const { context, id } = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  context.org = await adminConnection(running);
  const rule =
    'the Lightning page "Account_Record_Page" shows it only when {!Record.Type} EQUAL Customer - Channel (a ' +
    `component visibility rule), and the record's Type is "Customer - Direct"`;
  await expectationFailure(
    runStep(expectPage({ sections: ['Description Information'], visible: ['Description'] }), context),
    [
      `section "Description Information": expected on the page, but it is not (the page shows "Account Information") — ${rule}`,
      `Account.Description: expected visible, but it is not on the page — ${rule}`,
    ],
  );
  await context.org.conn.sobject('Account').update({ Id: id, Type: 'Customer - Channel' });
  await runStep(
    { kind: 'open', title: 'open', location: { file: 'x.yaml', line: 1, column: 1 }, record: 'record' },
    context,
  );
  await runStep(expectPage({ sections: ['Description Information'], visible: ['Description'] }), context);
});

test('a field section no Lightning page has is said so, with the sections the page has', async ({
  browser,
}) => {
  const running = await start({ latency: 'none' });
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  context.org = await adminConnection(running);
  await expectationFailure(runStep(expectPage({ sections: ['Billing'] }), context), [
    'section "Billing": expected on the page, but it is not (the page shows "Account Information", "Description ' +
      'Information") — the Lightning page "Account_Record_Page" has no field section "Billing" (its sections: ' +
      '"Account Information", "Finance", "Description Information")',
  ]);
});

test("a field section the page places without a rule is explained by the persona's field-level security", async ({
  browser,
}) => {
  const running = await start({ latency: 'none' });
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  context.org = await adminConnection(running);
  await expectationFailure(runStep(expectPage({ sections: ['Finance'] }), context), [
    'section "Finance": expected on the page, but it is not (the page shows "Account Information", "Description ' +
      'Information") — the Lightning page "Account_Record_Page" places it and gives it no visibility rule, yet ' +
      'the page left it out: it shows a field section only with a field the persona may read',
  ]);
});

test('a Dynamic Forms page shows every viewer the same fields, whatever layout their profile is assigned; its Edit modal follows that layout', async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, (org) => {
    org.recordUi.dynamicForms = ['Lead'];
  });
  const { context } = await openAs(
    browser,
    running,
    USERS.sdr,
    'Lead',
    "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'",
  );
  await expect(context.page.locator('flexipage-field-section2').first()).toBeVisible();
  // The SDR's layout has neither Website nor the Additional Information section; the Lightning page has both.
  await runStep(
    expectPage({ visible: ['Website', 'Description'], sections: ['Additional Information'] }),
    context,
  );
  await expectationFailure(runStep(expectPage({ editable: ['Website'] }), context), [
    'Lead.Website: expected editable, but the Edit modal does not show it — the page layout "Lead Layout - SDR" ' +
      'assigned to profile "Sales Development Rep" does not place it',
  ]);
});

test("a field a visibility rule on the viewing user hides is explained by the persona's own values, and shows to a user who meets it", async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, (org) => {
    org.recordUi.fieldVisibility = [
      {
        object: 'Account',
        field: 'Industry',
        criteria: [{ field: '$User.Profile.Name', operator: 'EQUAL', value: 'Customer Success Manager' }],
      },
    ];
  });
  const ae = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  ae.context.org = await adminConnection(running);
  await expectationFailure(runStep(expectPage({ visible: ['Industry'] }), ae.context), [
    'Account.Industry: expected visible, but it is not on the page — the Lightning page "Account_Record_Page" shows ' +
      "it only when {!$User.Profile.Name} EQUAL Customer Success Manager (a component visibility rule), and the persona's " +
      'Profile.Name is "Account Executive"',
  ]);
  const csm = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await runStep(expectPage({ visible: ['Industry'], values: { Industry: 'Technology' } }), csm.context);
});

test("a field a visibility rule on the viewing user's permission hides is explained by who enables it, and shows to a user who holds it", async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, (org) => {
    org.customPermissions = [{ name: 'Adjust_Credit', label: 'Adjust Credit' }];
    org.permissionSets.push({
      name: 'Credit_Desk',
      label: 'Credit Desk',
      systemPermissions: [],
      objectPermissions: {},
      fieldPermissions: {},
      tabSettings: {},
      customPermissions: ['Adjust_Credit'],
    });
    const csm = org.users.find((user) => user.username === USERS.csm);
    csm?.permissionSets.push('Credit_Desk');
    industryAndDescriptionWhen(
      org,
      equal('$Permission.CustomPermission.Adjust_Credit', 'true'),
      equal('$Permission.StandardPermission.ViewSetup', 'true'),
    );
  });
  const ae = await openAs(browser, running, USERS.ae, 'Account', INITECH);
  ae.context.org = await adminConnection(running);
  await expectationFailure(
    runStep(expectPage({ visible: ['Industry'], sections: ['Description Information'] }), ae.context),
    [
      'section "Description Information": expected on the page, but it is not (the page shows "Account ' +
        'Information") — the Lightning page "Account_Record_Page" shows it only when ' +
        '{!$Permission.StandardPermission.ViewSetup} EQUAL true (a component visibility rule), and the persona lacks ' +
        'the standard permission "ViewSetup" (neither their profile nor their permission sets enable it)',
      'Account.Industry: expected visible, but it is not on the page — the Lightning page "Account_Record_Page" ' +
        'shows it only when {!$Permission.CustomPermission.Adjust_Credit} EQUAL true (a component visibility rule), ' +
        'and the persona lacks the custom permission "Adjust_Credit" (enabled only by permission set "Credit Desk", ' +
        'which is not theirs)',
    ],
  );
  const csm = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  await runStep(expectPage({ visible: ['Industry'], values: { Industry: 'Technology' } }), csm.context);
});

test("a field a visibility rule on a related record hides is explained by that record's value, and shows once it meets the rule", async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, (org) => {
    org.recordUi.dynamicForms = ['Opportunity'];
    org.recordUi.fieldVisibility = [
      {
        object: 'Opportunity',
        field: 'NextStep',
        criteria: [{ field: 'Account.Type', operator: 'EQUAL', value: 'Customer - Channel' }],
      },
    ];
  });
  const deal = "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'";
  const { context, id } = await openAs(browser, running, USERS.ae, 'Opportunity', deal);
  context.org = await adminConnection(running);
  await expectationFailure(runStep(expectPage({ visible: ['NextStep'] }), context), [
    'Opportunity.NextStep: expected visible, but it is not on the page — the Lightning page ' +
      '"Opportunity_Record_Page" shows it only when {!Record.Account.Type} EQUAL Customer - Channel (a component ' +
      "visibility rule), and the record's Account.Type is blank",
  ]);
  const initech = (await context.org.conn.query<{ Id: string }>(INITECH)).records[0];
  await context.org.conn.sobject('Account').update({ Id: initech.Id, Type: 'Customer - Channel' });
  await context.org.conn.sobject('Opportunity').update({ Id: id, AccountId: initech.Id });
  await runStep(
    { kind: 'open', title: 'open', location: { file: 'x.yaml', line: 1, column: 1 }, record: 'record' },
    context,
  );
  await runStep(expectPage({ visible: ['NextStep'] }), context);
});

test('a field a visibility rule keeps to phones is explained by the device a run is, and a section kept to desktops shows', async ({
  browser,
}) => {
  const running = await start({ latency: 'none' }, (org) => {
    industryAndDescriptionWhen(
      org,
      equal('$Client.FormFactor', 'Small'),
      equal('$Client.FormFactor', 'Large'),
    );
  });
  const { context } = await openAs(browser, running, USERS.csm, 'Account', INITECH);
  context.org = await adminConnection(running);
  await expectationFailure(runStep(expectPage({ visible: ['Industry'] }), context), [
    'Account.Industry: expected visible, but it is not on the page — the Lightning page "Account_Record_Page" shows ' +
      "it only when {!$Client.FormFactor} EQUAL Small (a component visibility rule), and this run's FormFactor is " +
      '"Large" (Lightning Experience on a desktop)',
  ]);
  await runStep(expectPage({ sections: ['Description Information'] }), context);
});

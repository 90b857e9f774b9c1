import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { OrgConnection } from '../../../fixtures/org-connection';
import { runStep } from '../../../runner/steps';
import type { StepContext } from '../../../runner/steps/context';
import { dynamicFormsReason } from '../../../runner/steps/why-dynamic-forms';
import { adminConnection } from '../../e2e/cli-run';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure } from './persona-steps';
import { expectPage, openAs, USERS } from './record-page-expectations';

const INITECH = "SELECT Id FROM Account WHERE Name = 'Initech'";

/**
 * Of several Lightning record pages, a missing field is explained on the one the persona gets: their app's, by the
 * app the navigation bar names, else the org default. The org answers as Salesforce's APIs shape their answers.
 */
const PAGES: Record<string, object> = {
  '0M0000000000001': {
    flexiPageRegions: [
      { name: 'main', itemInstances: [{ fieldInstance: { fieldItem: 'Record.Industry' } }] },
    ],
  },
  '0M0000000000002': {
    flexiPageRegions: [{ name: 'main', itemInstances: [{ fieldInstance: { fieldItem: 'Record.Name' } }] }],
  },
};

function orgAnswering(): OrgConnection {
  const records = <T>(list: T[]) => ({ records: list, totalSize: list.length, done: true });
  const conn = {
    tooling: {
      query: async (soql: string) => {
        const id = /WHERE Id = '(\w+)'/.exec(soql)?.[1];
        if (id) return records([{ Metadata: PAGES[id] }]);
        return records([
          { Id: '0M0000000000001', DeveloperName: 'Account_Record_Page' },
          { Id: '0M0000000000002', DeveloperName: 'Account_Sales_Page' },
        ]);
      },
    },
    query: async (soql: string) =>
      soql.includes('FROM User')
        ? records([{ Profile: { Name: 'Account Executive' } }])
        : records([{ RecordType: null }]),
    metadata: {
      // One element comes back as an object, not a list, as the SOAP answer is read.
      read: async (type: string) =>
        type === 'CustomObject'
          ? {
              fullName: 'Account',
              actionOverrides: {
                actionName: 'View',
                content: 'Account_Record_Page',
                formFactor: 'Large',
                type: 'Flexipage',
              },
            }
          : [
              {
                fullName: 'standard__LightningSales',
                label: 'Sales',
                actionOverrides: {
                  actionName: 'View',
                  content: 'Account_Sales_Page',
                  formFactor: 'Large',
                  pageOrSobjectType: 'Account',
                  type: 'Flexipage',
                },
              },
              { fullName: 'standard__LightningService', label: 'Service' },
            ],
      list: async () => [
        { fullName: 'standard__LightningSales', type: 'CustomApplication' },
        { fullName: 'standard__LightningService', type: 'CustomApplication' },
      ],
    },
  };
  return { conn } as unknown as OrgConnection;
}

const contextOn = (page: Page) =>
  ({
    page,
    persona: { name: 'ae', user: { id: '005000000000001', username: 'ava@x', name: 'Ava' } },
    org: orgAnswering(),
    openRecord: { record: { sobject: 'Account', id: '001000000000001' } },
  }) as unknown as StepContext;

test("in an app with a page of its own, the field is explained on that page, saying it is the persona's", async ({
  page,
}) => {
  await page.setContent('<h1 class="appName"><span title="Sales">Sales</span></h1>');
  expect(await dynamicFormsReason(contextOn(page), 'Account', 'Industry')).toBe(
    'the Lightning page "Account_Sales_Page" does not place it (Dynamic Forms: the Lightning page places the ' +
      `fields, not the page layout) ("Account_Sales_Page" is the page the persona gets: the app "Sales"'s default for Account)`,
  );
});

test('in an app without a page of its own, the field is explained on the org default page', async ({
  page,
}) => {
  await page.setContent('<h1 class="appName"><span title="Service">Service</span></h1>');
  expect(await dynamicFormsReason(contextOn(page), 'Account', 'Industry')).toBe(
    'the Lightning page "Account_Record_Page" places it and gives it no visibility rule, yet the page did not ' +
      'render it ("Account_Record_Page" is the page the persona gets: the org default for Account)',
  );
});

test('when the app cannot be read, each page is described', async ({ page }) => {
  await page.setContent('<main>no navigation bar</main>');
  expect(await dynamicFormsReason(contextOn(page), 'Account', 'Industry')).toBe(
    'the Lightning page "Account_Record_Page" places it and gives it no visibility rule, yet the page did not ' +
      `render it (if "Account_Record_Page" is the page the persona's app and profile get)`,
  );
});

test.describe('on the emulator', () => {
  let emulator: RunningEmulator | undefined;
  test.afterEach(async () => emulator?.stop());

  test("the Sales app's page is the one a persona gets in Sales, and a page assigned to a profile there is that profile's", async ({
    browser,
  }) => {
    emulator = await startEmulator({
      latency: 'none',
      org: demoOrg((org) => {
        org.recordUi.dynamicForms = ['Account'];
        const base = org.layouts.find((layout) => layout.name === 'Account Layout');
        if (!base) throw new Error('the demo org has no Account Layout');
        org.layouts.push({
          ...structuredClone(base),
          name: 'Account Layout - Sales',
          sections: base.sections.map((section) => ({
            ...section,
            fields: section.fields.filter((field) => field !== 'Industry'),
          })),
        });
        org.recordUi.lightningPages = [
          {
            name: 'Account_Sales_Page',
            object: 'Account',
            layout: 'Account Layout - Sales',
            appDefault: ['Sales'],
            assignments: [],
          },
          {
            name: 'Account_Success_Page',
            object: 'Account',
            layout: 'Account Layout',
            appDefault: [],
            assignments: [{ app: 'Sales', profile: 'Customer Success Manager' }],
          },
        ];
      }),
    });
    const ae = await openAs(browser, emulator, USERS.ae, 'Account', INITECH);
    ae.context.org = await adminConnection(emulator);
    await expectationFailure(runStep(expectPage({ visible: ['Industry', 'Name'] }), ae.context), [
      'Account.Industry: expected visible, but it is not on the page — the Lightning page "Account_Sales_Page" does ' +
        'not place it (Dynamic Forms: the Lightning page places the fields, not the page layout) ' +
        `("Account_Sales_Page" is the page the persona gets: the app "Sales"'s default for Account)`,
    ]);
    const csm = await openAs(browser, emulator, USERS.csm, 'Account', INITECH);
    await runStep(expectPage({ visible: ['Industry'], values: { Industry: 'Technology' } }), csm.context);
  });
});

import { expect, type Page, test } from '@playwright/test';
import { type OrgDefinition, type RunningEmulator, startEmulator } from '../../emulator';
import { AE, demoOrg, enterAsAdmin, oauthConnection, SDR, userIdsByUsername } from './helpers';

// Browser tests of the emulator's pages, with the selectors real-org page objects use (docs/salesforce-facts.md);
// values are the layout item's slotted output element (salesforce-pageobjects records/recordLayoutItem).
const FRAME = 'force-aloha-page iframe[name^="vfFrameId"]';
const LOGIN_BUTTON = 'td#topButtonRow input[name="login"][title="Login"]';
const BANNER = 'header#oneHeader .oneSystemMessage [data-message-id="loginAsSystemMessage"]';
const field = (apiName: string) =>
  `records-record-layout-item[data-target-selection-name="sfdc:RecordField.Lead.${apiName}"]`;

interface Org {
  emulator: RunningEmulator;
  ids: Record<string, string>;
  leads: Record<string, string>;
}

async function describeOrg(emulator: RunningEmulator): Promise<Org> {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const leads = await conn.query<{ Id: string; Company: string }>('SELECT Id, Company FROM Lead');
  return {
    emulator,
    ids: await userIdsByUsername(conn),
    leads: Object.fromEntries(leads.records.map((lead) => [lead.Company, lead.Id])),
  };
}

/** Runs `use` against a fresh emulator of the demo org as `change` leaves it, with the admin entered in `page`. */
async function asAdminOfChangedOrg(
  page: Page,
  change: (definition: OrgDefinition) => void,
  use: (org: Org) => Promise<void>,
): Promise<void> {
  const org = await describeOrg(await startEmulator({ org: demoOrg(change) }));
  try {
    await enterAsAdmin(page, org.emulator);
    await use(org);
  } finally {
    await org.emulator.stop();
  }
}

async function clickLoginFor(page: Page, org: Org, username: string): Promise<void> {
  const address = encodeURIComponent(`/${org.ids[username]}?noredirect=1&isUserEntityOverride=1`);
  await page.goto(`${org.emulator.url}/lightning/setup/ManageUsers/page?address=${address}`);
  await page.frameLocator(FRAME).locator(LOGIN_BUTTON).click();
  await expect(page.locator(BANNER)).toBeVisible();
}

test.describe('with the demo org', () => {
  let org: Org;
  test.beforeAll(async () => {
    org = await describeOrg(await startEmulator({ port: 0 }));
  });
  test.afterAll(async () => org?.emulator.stop());

  test('frontdoor POST lands on Lightning home, with the shell and the sandbox banner', async ({ page }) => {
    await enterAsAdmin(page, org.emulator);
    await expect(page.locator('.slds-template__container')).toBeVisible();
    await expect(page.locator('header#oneHeader .oneSystemMessage')).toContainText('Sandbox: UAT');
    await expect(page.locator(BANNER)).toHaveCount(0);
    await expect(page.locator('a.logout')).toHaveAttribute('href', '/secur/logout.jsp');
  });

  test('the login page signs a user in and shows the real error on a wrong password', async ({ page }) => {
    await page.goto(`${org.emulator.url}/lightning/page/home`);
    await page.locator('#username').fill(SDR.username);
    await page.locator('#password').fill('wrong');
    await page.getByRole('button', { name: 'Log In' }).click();
    await expect(page.locator('div#error.loginError')).toContainText(
      'Please check your username and password.',
    );
    await page.locator('#password').fill('persona-ux-demo-1');
    await page.locator('#Login').click();
    await expect(page).toHaveURL(`${org.emulator.url}/lightning/page/home`);
    await expect(page.locator('.welcome')).toHaveText('Welcome, Sam');
  });

  test('Login As the SDR from Setup: banner, layout + FLS on the record page, then back to the admin', async ({
    page,
  }) => {
    await enterAsAdmin(page, org.emulator);
    const address = encodeURIComponent(`/${org.ids[SDR.username]}?noredirect=1&isUserEntityOverride=1`);
    await page.goto(`${org.emulator.url}/lightning/setup/ManageUsers/page?address=${address}`);
    await expect(page.locator(FRAME)).toHaveAttribute(
      'title',
      'User: Sam Rivera ~ Salesforce - Enterprise Edition',
    );
    const button = page.frameLocator(FRAME).locator(LOGIN_BUTTON);
    await expect(button).toHaveValue(' Login ');
    await button.click();

    const banner = page.locator(BANNER);
    await expect(banner).toContainText(`Logged in as Sam Rivera (${SDR.username}) | Sandbox: UAT |`);
    await expect(banner.locator('a.action-link')).toHaveText('Log out as Sam Rivera');
    await expect(page).toHaveURL(`${org.emulator.url}/lightning/page/home`);

    await page.goto(`${org.emulator.url}/lightning/r/Lead/${org.leads['Northwind Traders']}/view`);
    await expect(page.locator("records-highlights2 [slot='primaryField']")).toHaveText('Jordan Blake');
    await expect(page.locator(field('Status'))).toBeVisible();
    await expect(page.locator(field('Status')).locator('.test-id__field-label')).toHaveText('Lead Status');
    await expect(page.locator(field('Status')).locator('button[title="Edit Lead Status"]')).toHaveCount(1);
    const score = page.locator(field('Lead_Score__c'));
    await expect(score.locator('[slot="outputField"]')).toHaveText('72');
    await expect(score.locator('.test-id__field-value')).toHaveClass(/is-read-only/);
    await expect(score.locator('button[title^="Edit "]')).toHaveCount(0);
    await expect(page.locator(field('Rating'))).toHaveCount(0);
    await expect(page.locator(field('Internal_Revenue__c'))).toHaveCount(0);
    await expect(page.locator('button[name="Edit"]')).toHaveCount(1);
    await expect(page.locator('button[name="Delete"]')).toHaveCount(0);

    await banner.locator('a.action-link').click();
    await expect(page).toHaveURL(
      new RegExp(`/${org.ids[SDR.username]}\\?noredirect=1&isUserEntityOverride=1$`),
    );
    await page.goto(`${org.emulator.url}/lightning/page/home`);
    await expect(page.locator('.welcome')).toHaveText('Welcome, Avery');
    await expect(page.locator(BANNER)).toHaveCount(0);

    const conn = await oauthConnection(
      org.emulator,
      org.emulator.admin.username,
      org.emulator.admin.password,
    );
    const trail = await conn.query<{
      Action: string;
      Display: string;
      Section: string;
      CreatedBy: { Username: string };
    }>(
      "SELECT Action, Display, Section, CreatedBy.Username FROM SetupAuditTrail WHERE Display LIKE '%Sam Rivera' ORDER BY CreatedDate",
    );
    expect(
      trail.records.map((row) => [row.Action, row.Display, row.Section, row.CreatedBy.Username]),
    ).toEqual([
      [
        'suOrgAdminLogin',
        'Logged in using Login-As access for Sam Rivera',
        'Manage Users',
        org.emulator.admin.username,
      ],
      [
        'suOrgAdminLogout',
        'Logged out using Login-As access for Sam Rivera',
        'Manage Users',
        org.emulator.admin.username,
      ],
    ]);
  });

  test("the AE's record page shows Status, Rating, Lead Score and Internal Revenue", async ({ page }) => {
    await enterAsAdmin(page, org.emulator);
    await clickLoginFor(page, org, AE.username);
    await expect(page.locator(BANNER)).toContainText(`Logged in as Ava Chen (${AE.username})`);
    await page.goto(`${org.emulator.url}/lightning/r/Lead/${org.leads.Globex}/view`);
    for (const name of ['Status', 'Rating', 'Lead_Score__c', 'Internal_Revenue__c']) {
      await expect(page.locator(field(name)), name).toBeVisible();
    }
    await expect(page.locator(field('Internal_Revenue__c')).locator('[slot="outputField"]')).toHaveText(
      '$480,000.00',
    );
    await expect(
      page.locator('records-record-layout-item[field-label="Rating"] [slot="outputField"]'),
    ).toHaveText('Hot');
    await expect(page.locator('.slds-section__title .slds-truncate').first()).toHaveText('Lead Information');
  });

  test('servlet.su refuses a malformed user id with "Unable to Access Page"', async ({ page }) => {
    await enterAsAdmin(page, org.emulator);
    await page.goto(
      `${org.emulator.url}/servlet/servlet.su?oid=${org.emulator.orgId}&suorgadminid=005%3Cscript%3E&targetURL=%2Flightning%2Fpage%2Fhome`,
    );
    await expect(page).toHaveTitle('Unable to Access Page');
    await expect(page.locator('body')).toContainText(
      'The value of the "suorgadminid" parameter contains a character that is not allowed',
    );
  });

  test('the users list offers Login only for users the admin may log in as', async ({ page }) => {
    await enterAsAdmin(page, org.emulator);
    await page.goto(`${org.emulator.url}/lightning/setup/ManageUsers/home`);
    const rows = page.frameLocator(FRAME).locator('tr.dataRow');
    const loginLink = (username: string) =>
      rows.filter({ hasText: username }).locator('td.actionColumn a', { hasText: 'Login' });
    await expect(loginLink(SDR.username)).toHaveCount(1);
    await expect(loginLink(org.emulator.admin.username)).toHaveCount(0);
    await expect(loginLink('olivia.former@acme-demo.example')).toHaveCount(0);
  });

  test('a record that does not exist shows the Lightning error page', async ({ page }) => {
    await enterAsAdmin(page, org.emulator);
    await page.goto(`${org.emulator.url}/lightning/r/Lead/00Q5g0000000zzzAAA/view`);
    await expect(page.getByRole('alert').filter({ hasText: "Looks like there's a problem." })).toBeVisible();
  });
});

test('with "Administrators Can Log in as Any User" off: no Login button, and servlet.su says Insufficient Privileges', async ({
  page,
}) => {
  await asAdminOfChangedOrg(
    page,
    (definition) => (definition.security.adminsCanLogInAsAnyUser = false),
    async (org) => {
      const address = encodeURIComponent(`/${org.ids[SDR.username]}?noredirect=1&isUserEntityOverride=1`);
      await page.goto(`${org.emulator.url}/lightning/setup/ManageUsers/page?address=${address}`);
      await expect(page.frameLocator(FRAME).locator('td#topButtonRow input[name="edit"]')).toBeVisible();
      await expect(page.frameLocator(FRAME).locator(LOGIN_BUTTON)).toHaveCount(0);
      await page.goto(
        `${org.emulator.url}/servlet/servlet.su?oid=${org.emulator.orgId}&suorgadminid=${org.ids[SDR.username]}&targetURL=%2Flightning%2Fpage%2Fhome`,
      );
      await expect(page).toHaveTitle('Insufficient Privileges');
      await expect(page.locator(BANNER)).toHaveCount(0);
    },
  );
});

test('with "Force relogin after Login-As-User" on, "Log out as" ends the admin session too', async ({
  page,
}) => {
  await asAdminOfChangedOrg(
    page,
    (definition) => (definition.session.forceReloginAfterLoginAs = true),
    async (org) => {
      await clickLoginFor(page, org, SDR.username);
      await page.locator(BANNER).locator('a.action-link').click();
      await expect(page.locator('#username')).toBeVisible();
      await page.goto(`${org.emulator.url}/lightning/page/home`);
      await expect(page.locator('#username')).toBeVisible();
      await expect(page.locator('header#oneHeader')).toHaveCount(0);
    },
  );
});

import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, closedLead, DEMO_PASSWORD, demoOrg, oauthConnection, SDR, userIdsByUsername } from './helpers';

// Access settings in the browser: Login Access Policies, Session Settings, Grant Account Login Access, who gets the
// Login button, frozen users, login restrictions, and the record page for a record the viewer cannot see.
const FRAME = 'force-aloha-page iframe[name^="vfFrameId"]';
const LOGIN_BUTTON = 'td#topButtonRow input[name="login"][title="Login"]';
const BANNER = 'header#oneHeader .oneSystemMessage [data-message-id="loginAsSystemMessage"]';
const SUPPORT = 'sasha.support@acme-demo.example';
const FROZEN = 'felix.frozen@acme-demo.example';

async function signIn(page: Page, emulator: RunningEmulator, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${emulator.url}/secur/logout.jsp`);
  await page.goto(`${emulator.url}/`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#Login').click();
}

async function signInAsAdmin(page: Page, emulator: RunningEmulator) {
  await signIn(page, emulator, emulator.admin.username, emulator.admin.password);
  await page.waitForURL(`${emulator.url}/lightning/page/home`);
}

async function userIds(emulator: RunningEmulator): Promise<Record<string, string>> {
  return userIdsByUsername(await oauthConnection(emulator, emulator.admin.username, emulator.admin.password));
}

async function openUserDetail(page: Page, emulator: RunningEmulator, userId: string) {
  const address = encodeURIComponent(`/${userId}?noredirect=1&isUserEntityOverride=1`);
  await page.goto(`${emulator.url}/lightning/setup/ManageUsers/page?address=${address}`);
  await expect(page.frameLocator(FRAME).locator('td#topButtonRow')).toBeVisible();
}

async function auditDisplays(emulator: RunningEmulator): Promise<string[]> {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const rows = await conn.query<{ Display: string }>(
    'SELECT Display FROM SetupAuditTrail ORDER BY CreatedDate',
  );
  return rows.records.map((row) => row.Display);
}

test.describe('with the demo org', () => {
  let emulator: RunningEmulator;
  let ids: Record<string, string>;
  test.beforeEach(async () => {
    emulator = await startEmulator({ port: 0 });
    ids = await userIds(emulator);
  });
  test.afterEach(async () => emulator?.stop());

  test('Login Access Policies: turning the policy off removes the Login button, on brings it back', async ({
    page,
  }) => {
    await signInAsAdmin(page, emulator);
    await openUserDetail(page, emulator, ids[SDR.username]);
    await expect(page.frameLocator(FRAME).locator(LOGIN_BUTTON)).toHaveCount(1);

    await page.goto(`${emulator.url}/lightning/setup/LoginAccessPolicies/home`);
    const frame = page.frameLocator(FRAME);
    const policy = frame.locator('input[id$="adminsCanLogInAsAny"]');
    await expect(frame.getByLabel('Administrators Can Log in as Any User')).toBeChecked();
    await policy.uncheck();
    await frame.locator('input[id$=":save"]').click();
    await expect(frame.getByText('Changes Saved')).toBeVisible();
    await expect(policy).not.toBeChecked();

    await openUserDetail(page, emulator, ids[SDR.username]);
    await expect(page.frameLocator(FRAME).locator(LOGIN_BUTTON)).toHaveCount(0);

    await page.goto(`${emulator.url}/lightning/setup/LoginAccessPolicies/home`);
    await page.frameLocator(FRAME).locator('input[id$="adminsCanLogInAsAny"]').check();
    await page.frameLocator(FRAME).locator('input[id$=":save"]').click();
    await expect(page.frameLocator(FRAME).getByText('Changes Saved')).toBeVisible();
    await openUserDetail(page, emulator, ids[SDR.username]);
    await expect(page.frameLocator(FRAME).locator(LOGIN_BUTTON)).toHaveCount(1);

    expect(await auditDisplays(emulator)).toEqual([
      'Changed Administrators Can Log in as Any User from on to off',
      'Changed Administrators Can Log in as Any User from off to on',
    ]);
  });

  test('Session Settings: Force relogin after Login-As-User logs the admin out when leaving', async ({
    page,
  }) => {
    await signInAsAdmin(page, emulator);
    await page.goto(`${emulator.url}/lightning/setup/SecuritySession/home`);
    const frame = page.frameLocator(FRAME);
    await frame.getByLabel('Force relogin after Login-As-User').check();
    await frame.locator('input[id$=":save"]').click();
    await expect(frame.getByText('Changes Saved')).toBeVisible();
    expect(await auditDisplays(emulator)).toContain(
      'Changed Force relogin after Login-As-User from off to on',
    );

    await openUserDetail(page, emulator, ids[SDR.username]);
    await page.frameLocator(FRAME).locator(LOGIN_BUTTON).click();
    await expect(page.locator(BANNER)).toContainText(`Logged in as ${SDR.name}`);
    await page.locator(`${BANNER} a.action-link`).click();
    await expect(page.locator('#username')).toBeVisible();
  });

  test('a support admin (Manage Users, no Modify All Data) may log in only as users who granted access', async ({
    page,
  }) => {
    await signIn(page, emulator, SUPPORT);
    await page.waitForURL(`${emulator.url}/lightning/page/home`);
    await page.goto(`${emulator.url}/lightning/setup/ManageUsers/home`);
    const list = page.frameLocator(FRAME);
    const loginLink = (name: string) =>
      list.locator('tr.dataRow', { hasText: name }).locator('td.actionColumn a', { hasText: 'Login' });
    await expect(list.locator('tr.dataRow').first()).toBeVisible();
    await expect(loginLink(AE.name)).toHaveCount(1);
    await expect(loginLink(SDR.name)).toHaveCount(0);
    await expect(loginLink('Avery Admin')).toHaveCount(0);

    await openUserDetail(page, emulator, ids[SDR.username]);
    await expect(page.frameLocator(FRAME).locator(LOGIN_BUTTON)).toHaveCount(0);
    // servlet.su re-checks: a hand-made URL is refused too.
    await page.goto(
      `${emulator.url}/servlet/servlet.su?oid=${emulator.orgId}&suorgadminid=${ids[SDR.username]}`,
    );
    await expect(page.locator('h1.pageType')).toHaveText('Insufficient Privileges');

    await openUserDetail(page, emulator, ids[AE.username]);
    await page.frameLocator(FRAME).locator(LOGIN_BUTTON).click();
    await expect(page.locator(BANNER)).toContainText(`Logged in as ${AE.name} (${AE.username})`);

    // Security settings are not for support admins.
    await page.locator(`${BANNER} a.action-link`).click();
    await page.goto(`${emulator.url}/lightning/setup/LoginAccessPolicies/home`);
    await expect(page.locator('.forceRecordError h2')).toHaveText('Insufficient Privileges');
  });

  test('Grant Account Login Access: the SDR grants access and the support admin gets the Login link', async ({
    page,
  }) => {
    await signIn(page, emulator, SDR.username);
    await page.waitForURL(`${emulator.url}/lightning/page/home`);
    await page.goto(`${emulator.url}/lightning/settings/personal/GrantLoginAccess/home`);
    const frame = page.frameLocator(FRAME);
    await expect(frame.locator('tr.dataRow th')).toHaveText('Acme Demo Administrator');
    await frame.getByTitle('Access Duration for Acme Demo Administrator').selectOption({ label: '1 Week' });
    await frame.locator('input[id$=":save"]').click();
    await expect(frame.getByText('Changes Saved')).toBeVisible();
    const expected = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await expect(frame.locator('td[data-expiration]')).toHaveText(expected);
    expect(await auditDisplays(emulator)).toContain(
      'Granted login access for 1 Week to Acme Demo Administrator',
    );

    await signIn(page, emulator, SUPPORT);
    await page.waitForURL(`${emulator.url}/lightning/page/home`);
    await openUserDetail(page, emulator, ids[SDR.username]);
    await expect(page.frameLocator(FRAME).locator(LOGIN_BUTTON)).toHaveCount(1);
  });

  test('a frozen user cannot sign in; Login As them fails immediately', async ({ page }) => {
    await signIn(page, emulator, FROZEN);
    await expect(page.locator('div#error.loginError')).toContainText(
      'your location or login time may be restricted',
    );

    await signInAsAdmin(page, emulator);
    await openUserDetail(page, emulator, ids[FROZEN]);
    await page.frameLocator(FRAME).locator(LOGIN_BUTTON).click();
    await expect(page.locator('h1.pageType')).toHaveText('Insufficient Privileges');
    await expect(page.locator(BANNER)).toHaveCount(0);
  });

  test('a record the viewer cannot see through sharing gets the Insufficient Privileges page', async ({
    page,
  }) => {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const id = await closedLead(admin, ids[AE.username], { LastName: 'Closed', Company: 'Hooli' });
    await signIn(page, emulator, SDR.username);
    await page.waitForURL(`${emulator.url}/lightning/page/home`);
    await page.goto(`${emulator.url}/lightning/r/Lead/${id}/view`);
    await expect(page.locator('.forceRecordError h2')).toHaveText('Insufficient Privileges');
    await signIn(page, emulator, AE.username);
    await page.waitForURL(`${emulator.url}/lightning/page/home`);
    await page.goto(`${emulator.url}/lightning/r/Lead/${id}/view`);
    await expect(page.locator('records-highlights2 [slot="primaryField"]')).toHaveText('Closed');
  });
});

test('login IP ranges: the AE cannot sign in, and Login As the AE fails while the SDR works', async ({
  page,
}) => {
  const org = demoOrg((definition) => {
    const profile = definition.profiles.find((candidate) => candidate.name === 'Account Executive');
    if (!profile) throw new Error('no Account Executive profile');
    profile.loginIpRanges = [{ start: '10.0.0.0', end: '10.0.0.255' }];
  });
  const emulator = await startEmulator({ port: 0, org });
  try {
    const ids = await userIds(emulator);
    await signIn(page, emulator, AE.username);
    await expect(page.locator('div#error.loginError')).toBeVisible();

    await signInAsAdmin(page, emulator);
    await openUserDetail(page, emulator, ids[AE.username]);
    await page.frameLocator(FRAME).locator(LOGIN_BUTTON).click();
    await expect(page.locator('h1.pageType')).toHaveText('Insufficient Privileges');

    await openUserDetail(page, emulator, ids[SDR.username]);
    await page.frameLocator(FRAME).locator(LOGIN_BUTTON).click();
    await expect(page.locator(BANNER)).toContainText(`Logged in as ${SDR.name}`);

    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const history = await admin.query<{ Status: string }>(
      `SELECT Status FROM LoginHistory WHERE UserId = '${ids[AE.username]}'`,
    );
    expect(history.records.map((row) => row.Status)).toContain('Restricted IP');
  } finally {
    await emulator.stop();
  }
});

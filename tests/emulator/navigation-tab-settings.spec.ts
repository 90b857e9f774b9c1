import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AppNav, TabNotAvailableError } from '../../pages/app-nav';
import { AE, demoOrg, oauthConnection, SDR } from './helpers';
import { signIn } from './navigation-helpers';

// Tab settings (docs/salesforce-facts.md#tab-settings): Default On tabs are in the app's navigation bar and the
// App Launcher, Default Off ones only in the App Launcher, Tab Hidden ones in neither; a permission set's
// Visible or Available lifts a profile's Tab Hidden. The same in both shadow modes.
const LAUNCHER = 'one-app-launcher-header button[title="App Launcher"]';
const SEARCH = 'one-app-launcher-search-bar input[placeholder="Search apps and items..."]';
const NAV_TABS = 'one-app-nav-bar one-app-nav-bar-item-root a';

const org = demoOrg((definition) => {
  const profile = (name: string) => {
    const found = definition.profiles.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`the demo org has no profile ${name}`);
    return found;
  };
  profile('Sales Development Rep').tabVisibilities = { Lead: 'Hidden', Contact: 'DefaultOff' };
  profile('Account Executive').tabVisibilities = { Lead: 'Hidden' };
  definition.permissionSets.push({
    name: 'Lead_Tab_Visible',
    label: 'Lead Tab Visible',
    systemPermissions: [],
    objectPermissions: {},
    fieldPermissions: {},
    tabSettings: { Lead: 'DefaultOn' },
    customPermissions: [],
  });
  const ae = definition.users.find((user) => user.username === AE.username);
  if (!ae) throw new Error('the demo org has no Account Executive user');
  ae.permissionSets = [...ae.permissionSets, 'Lead_Tab_Visible'];
});

async function launcherSearch(page: Page, term: string) {
  await page.locator(LAUNCHER).click();
  await page.locator(SEARCH).fill(term);
}

for (const shadowMode of ['native', 'synthetic'] as const) {
  test.describe(`${shadowMode} shadow`, () => {
    let emulator: RunningEmulator;
    test.beforeAll(async () => {
      emulator = await startEmulator({ port: 0, org, shadowMode });
    });
    test.afterAll(async () => emulator?.stop());

    test('a Tab Hidden tab is in neither the navigation bar nor the App Launcher; a Default Off one only in the App Launcher', async ({
      page,
    }) => {
      await signIn(page, emulator, SDR.username, '/lightning/page/home');
      await expect(page.locator(NAV_TABS)).toHaveText(['Home', 'Accounts', 'Reports', 'Dashboards']);
      await launcherSearch(page, 'Leads');
      await expect(page.locator('one-app-launcher-menu .appLauncherNoResults')).toHaveText(
        'No results for "Leads"',
      );
      await page.locator(SEARCH).fill('Contacts');
      await expect(page.locator('one-app-launcher-menu-item:visible a')).toHaveText(['Contacts']);
      await page.getByRole('button', { name: 'View All Applications' }).click();
      const modal = page.locator('one-app-launcher-modal').getByRole('dialog', { name: 'App Launcher' });
      await expect(modal.locator('one-app-launcher-tab-item a[data-label="Contacts"]')).toHaveCount(1);
      await expect(modal.locator('one-app-launcher-tab-item a[data-label="Leads"]')).toHaveCount(0);

      await page.goto(`${emulator.url}/lightning/page/home`);
      const missing = await new AppNav(page).open('Leads').catch((error: Error) => error);
      expect(missing).toBeInstanceOf(TabNotAvailableError);
      const contacts = await new AppNav(page).open('Contacts');
      expect(contacts.sobject).toBe('Contact');
      await expect(page).toHaveURL(/\/lightning\/o\/Contact\/home/);
    });

    test("a permission set's Visible lifts the profile's Tab Hidden into the navigation bar", async ({
      page,
    }) => {
      await signIn(page, emulator, AE.username, '/lightning/page/home');
      await expect(page.locator(NAV_TABS)).toHaveText([
        'Home',
        'Leads',
        'Accounts',
        'Contacts',
        'Opportunities',
        'Reports',
        'Dashboards',
      ]);
    });
  });
}

test('the API agrees: no PermissionSetTabSetting row for a Tab Hidden tab, Hidden in the Metadata API Profile', async () => {
  const emulator = await startEmulator({ port: 0, org });
  try {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const settings = async (username: string) => {
      const user = await admin.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${username}'`);
      const rows = await admin.query<{ Visibility: string }>(
        "SELECT Visibility FROM PermissionSetTabSetting WHERE Name = 'standard-Lead' AND ParentId IN " +
          `(SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${user.records[0].Id}')`,
      );
      return rows.records.map((row) => row.Visibility);
    };
    expect(await settings(SDR.username)).toEqual([]);
    expect(await settings(AE.username)).toEqual(['DefaultOn']);
    const profile = (await admin.metadata.read('Profile', 'Sales Development Rep')) as unknown as {
      tabVisibilities: { tab: string; visibility: string }[];
    };
    expect(profile.tabVisibilities).toContainEqual({ tab: 'standard-Lead', visibility: 'Hidden' });
    expect(profile.tabVisibilities).toContainEqual({ tab: 'standard-Contact', visibility: 'DefaultOff' });
  } finally {
    await emulator.stop();
  }
});

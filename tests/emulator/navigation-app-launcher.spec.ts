import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, SDR } from './helpers';
import { SCREENSHOTS, signIn } from './navigation-helpers';

// App Launcher and the app's navigation bar (salesforce-ui.md §6).
const LAUNCHER = 'button[title="App Launcher"]';
const SEARCH = 'input[placeholder="Search apps and items..."]';
const NAV_TABS = 'one-appnav nav li.navItem a';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('App Launcher search finds an app, which then owns the navigation bar', async ({ page }) => {
  await signIn(page, emulator, AE.username, '/lightning/page/home');
  await expect(page.locator('h1.appName')).toHaveText('Sales');
  await expect(page.locator(NAV_TABS)).toHaveText([
    'Home',
    'Leads',
    'Accounts',
    'Contacts',
    'Opportunities',
    'Reports',
    'Dashboards',
  ]);
  await page.locator(LAUNCHER).click();
  await expect(page.locator(`${LAUNCHER} .slds-icon-waffle`)).toBeAttached();
  await page.locator(SEARCH).fill('serv');
  await page.screenshot({ path: `${SCREENSHOTS}/app-launcher.png` });
  await expect(page.locator('one-app-launcher-menu-item:visible a')).toHaveText(['Service']);
  await page.locator('one-app-launcher-menu-item a[data-label="Service"]').click();
  await expect(page).toHaveURL(`${emulator.url}/lightning/page/home`);
  await expect(page.locator('h1.appName')).toHaveText('Service');
  await expect(page.locator(NAV_TABS)).toHaveText(['Home', 'Cases', 'Accounts', 'Contacts', 'Reports']);
  await page.locator(`${NAV_TABS}[title="Cases"]`).click();
  await expect(page).toHaveURL(`${emulator.url}/lightning/o/Case/home`);
  await expect(page.locator('button[title="Select a List View: Cases"]')).toBeVisible();
});

test("App Launcher items open object homes; tabs follow the persona's object access", async ({ page }) => {
  await signIn(page, emulator, SDR.username, '/lightning/page/home');
  await expect(page.locator(NAV_TABS)).toHaveText([
    'Home',
    'Leads',
    'Accounts',
    'Contacts',
    'Reports',
    'Dashboards',
  ]);
  await page.locator(LAUNCHER).click();
  await page.locator(SEARCH).fill('camp');
  await expect(page.locator('one-app-launcher-tab-item:visible a')).toHaveText(['Campaigns']);
  await page.locator('one-app-launcher-tab-item a[data-label="Campaigns"]').click();
  await expect(page).toHaveURL(`${emulator.url}/lightning/o/Campaign/home`);
  await page.goto(`${emulator.url}/lightning/app/NoSuchApp`);
  await expect(page.locator('.forceRecordError')).toContainText("Looks like there's a problem.");
});

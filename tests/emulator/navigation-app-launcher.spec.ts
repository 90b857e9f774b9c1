import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AppNav, TabNotAvailableError } from '../../pages/app-nav';
import { AE, documentLoads, SDR } from './helpers';
import { SCREENSHOTS, signIn } from './navigation-helpers';

// App Launcher and the app's navigation bar (docs/salesforce-facts.md#list-views-related-lists-and-the-app-launcher,
// salesforce-pageobjects global/appNav*, global/appLauncher*): Playwright's CSS pierces their shadow roots.
const LAUNCHER = 'one-app-launcher-header button[title="App Launcher"]';
const SEARCH = 'one-app-launcher-search-bar input[placeholder="Search apps and items..."]';
const NAV_TABS = 'one-app-nav-bar one-app-nav-bar-item-root a';

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
  // Another app loads its page with its navigation bar; a tab of the bar opens in place.
  const documentsLoaded = await documentLoads(page);
  await page.locator(`${NAV_TABS}[title="Cases"]`).click();
  await expect(page).toHaveURL(`${emulator.url}/lightning/o/Case/home`);
  await expect(page.locator('button[title="Select a List View: Cases"]')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${emulator.url}/lightning/page/home`);
  await expect(page.locator('button[title="Select a List View: Cases"]')).toBeHidden();
  expect(documentsLoaded).toEqual([]);
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
  // Items show as menu items too (global/appLauncherMenu items); nothing else is left in the menu.
  await expect(page.locator('one-app-launcher-menu-item:visible a')).toHaveText(['Campaigns']);
  await expect(page.locator('one-app-launcher-menu one-app-launcher-tab-item')).toHaveCount(0);
  const documentsLoaded = await documentLoads(page);
  await page.locator('one-app-launcher-menu-item a[data-label="Campaigns"]').click();
  await expect(page).toHaveURL(`${emulator.url}/lightning/o/Campaign/home`);
  await expect(page.locator('button[title="Select a List View: Campaigns"]')).toBeVisible();
  await expect(page.locator('one-app-launcher-menu')).toBeHidden();
  expect(documentsLoaded).toEqual([]);
  await page.goto(`${emulator.url}/lightning/app/NoSuchApp`);
  await expect(page.locator('.forceRecordError')).toContainText("Looks like there's a problem.");
});

test('"View All" opens the App Launcher modal: every app as a tile, every item the persona may open', async ({
  page,
}) => {
  await signIn(page, emulator, SDR.username, '/lightning/page/home');
  await page.locator(LAUNCHER).click();
  await page.getByRole('button', { name: 'View All Applications' }).click();
  const modal = page.locator('one-app-launcher-modal').getByRole('dialog', { name: 'App Launcher' });
  await expect(modal).toBeVisible();
  await expect(modal.locator('lightning-accordion-section .slds-accordion__summary-content')).toHaveText([
    'All Apps',
    'All Items',
  ]);
  await expect(modal.locator('one-app-launcher-app-tile a')).toHaveText(['Sales', 'Service', 'Marketing']);
  await expect(modal.locator('a.app-launcher-link[data-label="Opportunities"]')).toHaveCount(0);
  await expect(modal.locator('one-app-launcher-tab-item a[data-label="Campaigns"]')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/app-launcher-modal.png` });
  const documentsLoaded = await documentLoads(page);
  await modal.locator('a.app-launcher-link[data-label="Campaigns"]').click();
  await expect(page).toHaveURL(`${emulator.url}/lightning/o/Campaign/home`);
  await expect(modal).toBeHidden();
  await expect(page.locator('button[title="Select a List View: Campaigns"]')).toBeVisible();
  expect(documentsLoaded).toEqual([]);
});

test('a search that finds nothing says so, and only then is the tab not offered', async ({ page }) => {
  await signIn(page, emulator, SDR.username, '/lightning/page/home');
  const missing = await new AppNav(page).open('Opportunities').catch((error: Error) => error);
  expect(missing).toBeInstanceOf(TabNotAvailableError);
  expect((missing as TabNotAvailableError).appLauncher).toEqual([]);
  await page.locator(LAUNCHER).click();
  await page.locator(SEARCH).fill('Opportunities');
  await expect(page.locator('one-app-launcher-menu .appLauncherNoResults')).toHaveText(
    'No results for "Opportunities"',
  );
  await page.locator(SEARCH).fill('Camp');
  await expect(page.locator('one-app-launcher-menu .appLauncherNoResults')).toBeHidden();
});

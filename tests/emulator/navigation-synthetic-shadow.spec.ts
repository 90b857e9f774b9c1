import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { DashboardPage } from '../../pages/dashboard-page';
import { ListViewPage } from '../../pages/list-view-page';
import { ReportPage } from '../../pages/report-page';
import { newTestContext } from '../test-contexts';
import { AE, SDR } from './helpers';
import { idsByName, signIn } from './navigation-helpers';

// LWC's synthetic shadow (most orgs today): the same components with no shadow roots at all. The page
// objects and the components' behaviour must not depend on which of the two the org runs.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, shadowMode: 'synthetic' });
});
test.afterAll(async () => emulator?.stop());

test('no shadow roots: list view rows by key, the status line, search and the picker', async ({
  browser,
}) => {
  const context = await newTestContext(browser, { baseURL: emulator.url });
  const page = await context.newPage();
  await signIn(page, emulator, SDR.username, '/lightning/o/Lead/home');
  expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((node) => node.shadowRoot))).toBe(
    false,
  );
  const { Okafor: okafor } = await idsByName(emulator, 'SELECT Id, Name FROM Lead');
  const list = new ListViewPage(page, 'Lead');
  await list.open('MyOpenLeads');
  expect(await list.statusText()).toBe('2 items • Sorted by Name • Updated a few seconds ago');
  expect(await list.lists(okafor)).toBe(true);
  const search = page.getByRole('searchbox', { name: 'Search this list...' });
  await search.fill('no such lead');
  await search.press('Enter');
  expect(await list.statusText()).toBe('0 items • Sorted by Name • Updated a few seconds ago');
  expect(await list.lists(okafor)).toBe(false);
  await page.getByRole('button', { name: 'Select a List View: Leads' }).click();
  await page.getByRole('option', { name: 'All Open Leads' }).click();
  await expect(page).toHaveURL(/filterName=00B/);
  await context.close();
});

test('no shadow roots: the App Launcher searches and opens apps; Path selects a stage', async ({ page }) => {
  await signIn(page, emulator, AE.username, '/lightning/page/home');
  await page.getByRole('button', { name: 'App Launcher' }).click();
  await page.getByRole('searchbox', { name: 'Search apps and items...' }).fill('serv');
  await expect(page.locator('one-app-launcher-menu-item:visible a')).toHaveText(['Service']);
  await page.locator('one-app-launcher-menu-item a[data-label="Service"]').click();
  await expect(page.locator('h1.appName')).toHaveText('Service');

  const opportunities = await idsByName(emulator, 'SELECT Id, Name FROM Opportunity');
  await page.goto(`${emulator.url}/lightning/r/Opportunity/${opportunities['Globex Expansion']}/view`);
  await page.getByRole('option', { name: 'Needs Analysis' }).click();
  await expect(page.getByRole('button', { name: 'Mark as Current Stage' })).toBeVisible();
});

test('no shadow roots: a report and a dashboard are read in their iframes', async ({ browser }) => {
  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  const reports = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Report');
  const dashboards = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Dashboard');
  await signIn(page, emulator, SDR.username, '/lightning/page/home');
  const report = new ReportPage(page);
  await report.open(reports.My_Open_Leads);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(
    await frame?.evaluate(() => [...document.querySelectorAll('*')].some((node) => node.shadowRoot)),
  ).toBe(false);
  const run = await report.read();
  expect(run).toMatchObject({
    ok: true,
    totalRecords: 2,
    columns: ['Name', 'Company', 'Lead Status', 'Rating'],
  });
  expect(run.ok && run.rows.map((row) => row.cells.Rating)).toEqual(['Warm', 'Cold']);

  const dashboard = new DashboardPage(page);
  await dashboard.open(dashboards.My_Pipeline);
  const shown = await dashboard.read();
  expect(shown.runningUser).toBe('Sam Rivera');
  expect(shown.components.get('My Open Leads')).toBe('2');
});

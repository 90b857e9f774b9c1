import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { oauthConnection, SDR } from './helpers';
import { idsByName, MANAGER, SCREENSHOTS, signIn } from './navigation-helpers';

// Reports and dashboards (docs/salesforce-facts.md#reports-and-dashboards): reports run as the viewer,
// dashboards as their running user.
const metric = (page: Page, label: string) =>
  page.locator(`.metricsBar-item[data-metric="${label}"] .metric-value`);
const component = (page: Page, title: string) =>
  page.locator(`article.dashboardComponent[data-component-title="${title}"] .slds-card__body`);

let emulator: RunningEmulator;
let reports: Record<string, string>;
let dashboards: Record<string, string>;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  reports = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Report');
  dashboards = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Dashboard');
});
test.afterAll(async () => emulator?.stop());

test('the Reports tab lists the reports and opens one', async ({ page }) => {
  await signIn(page, emulator, MANAGER.username, '/lightning/o/Report/home');
  await expect(page.locator('table[role="grid"] tbody th a')).toHaveText([
    'Open Pipeline',
    'My Open Leads',
    'All Open Leads',
    'Lead Attribution',
    'Credit Limits', // in Finance Reports, shared with Finance only: the manager sees it through View All Data
  ]);
  await page.locator('table[role="grid"] tbody th a[title="Open Pipeline"]').click();
  await expect(page).toHaveURL(new RegExp(`/lightning/r/Report/${reports.Open_Pipeline}/view$`));
  await expect(metric(page, 'Total Records')).toHaveText('3');
  await expect(metric(page, 'Total Amount')).toHaveText('$415,000.00');
  await expect(page.locator('table.data-grid-table tbody tr')).toHaveCount(3);
  await expect(page.locator('table.data-grid-table tbody tr td:first-child a')).toHaveText([
    'Acme Strategic Deal',
    'Globex Expansion',
    'Initech Renewal',
  ]);
  await page.screenshot({ path: `${SCREENSHOTS}/report.png`, fullPage: true });
});

test("a report runs with the viewer's access: totals differ for the SDR and the manager", async ({
  page,
  browser,
}) => {
  await signIn(page, emulator, SDR.username, `/lightning/r/Report/${reports.My_Open_Leads}/view`);
  await expect(metric(page, 'Total Records')).toHaveText('2');
  await expect(page.locator('table.data-grid-table tbody tr')).toHaveCount(2);
  await page.goto(`${emulator.url}/lightning/r/Report/${reports.Open_Pipeline}/view`);
  await expect(page.locator('.report-error')).toHaveText(
    "You don't have sufficient privileges to perform this operation.",
  );

  const manager = await browser.newPage();
  await signIn(manager, emulator, MANAGER.username, `/lightning/r/Report/${reports.My_Open_Leads}/view`);
  await expect(metric(manager, 'Total Records')).toHaveText('0');
  await manager.close();
});

test("a fixed running user shows the manager's totals to the SDR; a dynamic dashboard shows the SDR's", async ({
  page,
}) => {
  await signIn(page, emulator, SDR.username, `/lightning/r/Dashboard/${dashboards.Sales_Pipeline}/view`);
  await expect(page.locator('.dashboardRunningUser')).toHaveText('View dashboard as: Maya Patel');
  await expect(component(page, 'Open Pipeline')).toHaveText('$415,000.00');
  await expect(component(page, 'My Open Leads')).toHaveText('0');
  await expect(component(page, 'Pipeline by Stage').locator('tbody tr')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-fixed.png`, fullPage: true });

  await page.goto(`${emulator.url}/lightning/r/Dashboard/${dashboards.My_Pipeline}/view`);
  await expect(page.locator('.dashboardRunningUser')).toHaveText('View dashboard as: Sam Rivera');
  await expect(component(page, 'My Open Leads')).toHaveText('2');
  await expect(component(page, 'Open Leads')).toHaveText('3');
  await expect(component(page, 'Open Pipeline')).toHaveText(
    "You don't have sufficient privileges to perform this operation.",
  );
  await expect(component(page, 'My Open Leads List').locator('tbody tr')).toHaveCount(2);
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-dynamic.png`, fullPage: true });
});

test('a report or dashboard in a folder not shared with the viewer is refused and left off their tab', async ({
  page,
}) => {
  await signIn(page, emulator, SDR.username, '/lightning/o/Report/home');
  await expect(page.locator('table[role="grid"] tbody th a').first()).toHaveText('Open Pipeline');
  await expect(page.locator('table[role="grid"] tbody th a[title="Credit Limits"]')).toHaveCount(0);
  await page.goto(`${emulator.url}/lightning/r/Report/${reports.Credit_Limits}/view`);
  await expect(page.locator('.report-error')).toHaveText(
    "You don't have sufficient privileges to perform this operation.",
  );
  await page.goto(`${emulator.url}/lightning/r/Dashboard/${dashboards.Credit_Exposure}/view`);
  await expect(page.locator('.forceRecordError')).toBeVisible();
  await expect(page.locator('.dashboardRunningUser')).toHaveCount(0);
});

test('Report and Dashboard are queryable through the API', async () => {
  const conn = await oauthConnection(emulator, SDR.username);
  const found = await conn.query<{ Name: string; FolderName: string; DeveloperName: string }>(
    "SELECT Id, Name, DeveloperName, FolderName FROM Report WHERE DeveloperName = 'Open_Pipeline'",
  );
  expect(found.records[0]).toMatchObject({
    Name: 'Open Pipeline',
    FolderName: 'Sales Reports',
    DeveloperName: 'Open_Pipeline',
  });
  const boards = await conn.query<{ Title: string; Type: string; RunningUser: { Name: string } | null }>(
    'SELECT Title, Type, RunningUser.Name FROM Dashboard ORDER BY Title',
  );
  expect(boards.records.map((row) => [row.Title, row.Type, row.RunningUser?.Name ?? null])).toEqual([
    ['Credit Exposure', 'SpecifiedUser', 'Fiona Grant'],
    ['My Pipeline', 'LoggedInUser', null],
    ['Sales Pipeline', 'SpecifiedUser', 'Maya Patel'],
  ]);
});

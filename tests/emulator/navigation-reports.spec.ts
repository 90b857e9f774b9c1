import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { newTestContext } from '../test-contexts';
import { oauthConnection, SDR } from './helpers';
import { idsByName, MANAGER, SCREENSHOTS, signIn } from './navigation-helpers';

// Reports and dashboards (docs/salesforce-facts.md#reports-and-dashboards): reports run as the viewer,
// dashboards as their running user. As on a real org, the Lightning page holds an iframe and the run is the
// iframe's own document: the Report Viewer, or the dashboard app.
const viewer = (page: Page) => page.frameLocator('iframe[title="Report Viewer"]');
const board = (page: Page) => page.frameLocator('iframe[title="dashboard"]');
const metric = (page: Page, label: string) =>
  viewer(page).locator(`li:has(> div[title="${label}"]) > div:not([title])`);
const dataRows = (page: Page) =>
  viewer(page).locator('table.data-grid-full-table tr.data-grid-table-row:not(.data-grid-header-row)');
const component = (page: Page, title: string) =>
  board(page)
    .locator('article.slds-card', { has: page.locator(`.slds-card__header-title:text-is("${title}")`) })
    .locator('.slds-card__body');
const runningUser = (page: Page) => board(page).locator('.dashboardRunningUser');

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
    'Pipeline by Owner',
    'My Open Leads',
    'All Open Leads',
    'Lead Attribution',
    'Credit Limits', // in Finance Reports, shared with Finance only: the manager sees it through View All Data
  ]);
  await page.locator('table[role="grid"] tbody th a[title="Open Pipeline"]').click();
  await expect(page).toHaveURL(new RegExp(`/lightning/r/Report/${reports.Open_Pipeline}/view$`));
  await expect(metric(page, 'Total Records')).toHaveText('3');
  await expect(metric(page, 'Total Amount')).toHaveText('$415,000.00');
  await expect(
    viewer(page).locator('tr.data-grid-header-row .lightning-table-cell-measure-header-value'),
  ).toHaveText(['', 'Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Opportunity Owner']);
  await expect(dataRows(page)).toHaveCount(3);
  await expect(dataRows(page).locator('td[data-column-index="0"] a')).toHaveText([
    'Acme Strategic Deal',
    'Globex Expansion',
    'Initech Renewal',
  ]);
  // Nothing of the run is in the Lightning page itself; the Report Viewer is a document at a URL of its own.
  await expect(page.locator('table.data-grid-full-table, li:has(> div[title="Total Records"])')).toHaveCount(
    0,
  );
  const frameUrl = new URL(
    page
      .frames()
      .find((frame) => frame !== page.mainFrame())
      ?.url() ?? '',
  );
  expect(frameUrl.pathname).toBe('/reports/lightningReportApp.app');
  expect(frameUrl.searchParams.get('reportId')).toBe(reports.Open_Pipeline);
  await page.screenshot({ path: `${SCREENSHOTS}/report.png`, fullPage: true });
});

test('a summary report shows each group once with its count, a subtotal per group and a total; Report.Format follows its groupings', async ({
  page,
}) => {
  const formats = await (
    await oauthConnection(emulator, emulator.admin.username, emulator.admin.password)
  ).query<{ DeveloperName: string; Format: string }>('SELECT DeveloperName, Format FROM Report');
  const formatOf = (name: string) => formats.records.find((row) => row.DeveloperName === name)?.Format;
  expect(formatOf('Pipeline_By_Owner')).toBe('Summary');
  // A column total does not make a report a summary report: only groupings do.
  expect(formatOf('Open_Pipeline')).toBe('Tabular');

  await signIn(page, emulator, MANAGER.username, `/lightning/r/Report/${reports.Pipeline_By_Owner}/view`);
  await expect(metric(page, 'Total Records')).toHaveText('3');
  await expect(
    viewer(page).locator('tr.data-grid-header-row .lightning-table-cell-measure-header-value'),
  ).toHaveText(['Opportunity Owner', 'Stage', 'Opportunity Name', 'Amount', 'Close Date']);
  const cellText = (index: number) => dataRows(page).locator(`td[data-column-index="${index}"]`);
  // Owner, then stage: each value once, spanning its rows, with its record count.
  await expect(cellText(0)).toHaveText([
    'Ava Chen (2)',
    'Subtotal',
    'Maya Patel (1)',
    'Subtotal',
    'Total (3)',
  ]);
  await expect(viewer(page).locator('td[rowspan="4"]')).toHaveText('Ava Chen (2)');
  await expect(dataRows(page).locator('a[href^="/lightning/r/Opportunity/"]')).toHaveText([
    'Initech Renewal',
    'Globex Expansion',
    'Acme Strategic Deal',
  ]);
  // Three records, nine rows: a subtotal closes each stage and each owner, and the total closes the report.
  await expect(dataRows(page)).toHaveCount(9);
  await expect(dataRows(page).last().locator('td[data-column-index="3"]')).toHaveText('$415,000.00');
  await page.screenshot({ path: `${SCREENSHOTS}/report-summary.png`, fullPage: true });
});

test("a report runs with the viewer's access: totals differ for the SDR and the manager", async ({
  page,
  browser,
}) => {
  await signIn(page, emulator, SDR.username, `/lightning/r/Report/${reports.My_Open_Leads}/view`);
  await expect(metric(page, 'Total Records')).toHaveText('2');
  await expect(dataRows(page)).toHaveCount(2);
  await page.goto(`${emulator.url}/lightning/r/Report/${reports.Open_Pipeline}/view`);
  await expect(viewer(page).locator('[role="alert"]')).toHaveText(
    "You don't have sufficient privileges to perform this operation.",
  );

  const manager = await (await newTestContext(browser)).newPage();
  await signIn(manager, emulator, MANAGER.username, `/lightning/r/Report/${reports.My_Open_Leads}/view`);
  await expect(metric(manager, 'Total Records')).toHaveText('0');
  await expect(viewer(manager).locator('.report-table-widget-noData')).toBeVisible();
  await manager.close();
});

test("a fixed running user shows the manager's totals to the SDR; a dynamic dashboard shows the SDR's", async ({
  page,
}) => {
  await signIn(page, emulator, SDR.username, `/lightning/r/Dashboard/${dashboards.Sales_Pipeline}/view`);
  await expect(runningUser(page)).toHaveText('View dashboard as: Maya Patel');
  await expect(component(page, 'Open Pipeline')).toHaveText('$415,000.00');
  // As on a real org: an iframe named sfxdash-… whose document is the dashboard app at a URL of its own.
  await expect(page.locator('iframe[title="dashboard"]')).toHaveAttribute('name', /^sfxdash-\d+-\d+$/);
  await expect(page.locator('.dashboardRunningUser, article.slds-card')).toHaveCount(0);
  const frameUrl = new URL(
    (await page.locator('iframe[title="dashboard"]').getAttribute('src')) ?? '',
    emulator.url,
  );
  expect(frameUrl.pathname).toBe('/desktopDashboards/dashboardApp.app');
  expect(frameUrl.searchParams.get('dashboardId')).toBe(dashboards.Sales_Pipeline);
  expect(frameUrl.searchParams.get('displayMode')).toBe('view');
  await expect(component(page, 'My Open Leads')).toHaveText('0');
  await expect(component(page, 'Pipeline by Stage').locator('tbody tr')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-fixed.png`, fullPage: true });

  await page.goto(`${emulator.url}/lightning/r/Dashboard/${dashboards.My_Pipeline}/view`);
  await expect(runningUser(page)).toHaveText('View dashboard as: Sam Rivera');
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
  await expect(viewer(page).locator('[role="alert"]')).toHaveText(
    "You don't have sufficient privileges to perform this operation.",
  );
  await page.goto(`${emulator.url}/lightning/r/Dashboard/${dashboards.Credit_Exposure}/view`);
  await expect(page.locator('.forceRecordError')).toBeVisible();
  await expect(page.locator('iframe[title="dashboard"]')).toHaveCount(0);
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

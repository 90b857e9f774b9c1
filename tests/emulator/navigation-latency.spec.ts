import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { DashboardPage } from '../../pages/dashboard-page';
import { ReportPage } from '../../pages/report-page';
import { newTestContext } from '../test-contexts';
import { AE, SDR } from './helpers';
import { idsByName, signIn } from './navigation-helpers';

// Under the "lightning" latency profile list views, reports, dashboards and Path arrive after a spinner;
// these tests wait on signals only. A spinner is seen while the part it stands for is held back, so that
// seeing it does not depend on how fast the machine is.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, latency: 'lightning' });
});
test.afterAll(async () => emulator?.stop());

/** Holds back the requests matching `url` until `release` is called. */
async function holdRequests(target: Page | BrowserContext, url: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await target.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('list view rows arrive after the spinner, and search still works', async ({ page }) => {
  const releaseRows = await holdRequests(page, '**/aura/navigation/listview/**');
  await signIn(page, emulator, SDR.username, '/lightning/o/Lead/list?filterName=MyOpenLeads');
  const rows = page.locator(
    'lightning-datatable tbody[data-rowgroup-body] tr[data-row-key-value]:visible th a',
  );
  await expect(page.locator('[data-deferred-spinner]').first()).toBeAttached();
  await expect(rows).toHaveCount(0);
  releaseRows();
  await expect(rows).toHaveText(['Jordan Blake', 'Okafor']);
  await expect(page.locator('lightning-spinner')).toHaveCount(0);
  const search = page.locator('input[placeholder="Search this list..."]');
  await search.fill('okafor');
  await search.press('Enter');
  await expect(rows).toHaveText(['Okafor']);
  await expect(page.locator('force-list-view-manager-status-info')).toContainText('1 item •');
});

test('report and dashboard iframes arrive late, and their content after a spinner of their own', async ({
  browser,
}) => {
  const context = await newTestContext(browser, { baseURL: emulator.url });
  const releaseReport = await holdRequests(context, '**/aura/analytics/Report/**');
  const page = await context.newPage();
  const reports = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Report');
  const dashboards = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Dashboard');
  await signIn(page, emulator, SDR.username, `/lightning/r/Report/${reports.My_Open_Leads}/view`);
  const viewer = page.frameLocator('iframe[title="Report Viewer"]');
  await expect(viewer.locator('lightning-spinner')).toBeAttached();
  await expect(viewer.locator('li:has(> div[title="Total Records"])')).toHaveCount(0);
  releaseReport();
  await expect(viewer.locator('li:has(> div[title="Total Records"])')).toHaveText('Total Records2');
  await expect(viewer.locator('lightning-spinner')).toHaveCount(0);
  const report = new ReportPage(page);
  await report.open(reports.My_Open_Leads);
  expect(await report.read()).toMatchObject({
    ok: true,
    totalRecords: 2,
    columns: ['Name', 'Company', 'Lead Status', 'Rating'],
  });

  const dashboard = new DashboardPage(page);
  await dashboard.open(dashboards.Sales_Pipeline);
  const shown = await dashboard.read();
  expect(shown.runningUser).toBe('Maya Patel');
  expect(shown.components.get('My Open Leads')).toBe('0');
});

test('Path works on a record page that arrives late', async ({ page }) => {
  const opportunities = await idsByName(emulator, 'SELECT Id, Name FROM Opportunity');
  await signIn(
    page,
    emulator,
    AE.username,
    `/lightning/r/Opportunity/${opportunities['Globex Expansion']}/view`,
  );
  await page.locator('button.slds-path__mark-complete').click();
  await expect(page.locator('div.forceToastMessage span.toastMessage')).toHaveText(
    'Stage changed successfully.',
  );
  await expect(page.locator('li.slds-path__item:has(a[title="Needs Analysis"])')).toHaveClass(
    /slds-is-current/,
  );
});

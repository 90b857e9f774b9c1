import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { newTestContext } from '../test-contexts';
import { demoOrg, SDR } from './helpers';
import { idsByName, MANAGER, signIn } from './navigation-helpers';

// List views and reports show only the records the viewer can see (record sharing): with a Private
// org-wide default for Lead and no sharing rule, the SDR sees their own leads, the manager (View All Data) all of them.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      org.sharing.defaults.Lead = 'Private';
      org.sharing.rules = [];
    }),
  });
});
test.afterAll(async () => emulator?.stop());

const ROWS = 'lightning-datatable tbody[data-rowgroup-body] tr[data-row-key-value] th a';

test("the SDR's list view leaves out leads they cannot see", async ({ page, browser }) => {
  await signIn(page, emulator, SDR.username, '/lightning/o/Lead/list?filterName=AllOpenLeads');
  await expect(page.locator(ROWS)).toHaveText(['Jordan Blake', 'Okafor']);
  await expect(page.locator('force-list-view-manager-status-info')).toContainText('2 items');

  const manager = await (await newTestContext(browser)).newPage();
  await signIn(manager, emulator, MANAGER.username, '/lightning/o/Lead/list?filterName=AllOpenLeads');
  await expect(manager.locator(ROWS)).toHaveText(['Priya Nair', 'Jordan Blake', 'Okafor']);
  await manager.close();
});

test("an Everything report counts only what the viewer can see; the manager's dashboard shows her totals", async ({
  page,
}) => {
  const reports = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Report');
  const dashboards = await idsByName(emulator, 'SELECT Id, DeveloperName FROM Dashboard');
  await signIn(page, emulator, SDR.username, `/lightning/r/Report/${reports.All_Open_Leads}/view`);
  await expect(
    page.frameLocator('iframe[title="Report Viewer"]').locator('li:has(> div[title="Total Records"])'),
  ).toHaveText('Total Records2');
  await page.goto(`${emulator.url}/lightning/r/Dashboard/${dashboards.Sales_Pipeline}/view`);
  const board = page.frameLocator('iframe[title="dashboard"]');
  const openLeads = board
    .locator('article.slds-card', {
      has: board.locator('.slds-card__header-title', { hasText: /^Open Leads$/ }),
    })
    .locator('.metricValue');
  await expect(openLeads).toHaveText('3');
  await page.goto(`${emulator.url}/lightning/r/Dashboard/${dashboards.My_Pipeline}/view`);
  await expect(openLeads).toHaveText('2');
});

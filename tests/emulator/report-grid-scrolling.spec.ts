import { expect, type Page, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { ReportPage } from '../../pages/report-page';
import { newTestContext } from '../test-contexts';
import { demoOrg, oauthConnection, SDR } from './helpers';
import { idsByName, signIn } from './navigation-helpers';

// The Report Viewer's grid is virtualised, as on a real org: it renders the rows in view inside div.widgets, spacer
// rows standing for the rest, and renders others as it is scrolled. The report page object scrolls through it and
// reads every row. Both shadow modes behave the same.
const MADE = 120;
const SDR_OWNED_BEFORE = 2; // the demo org's Jordan Blake and Okafor
const viewer = (page: Page) => page.frameLocator('iframe[title="Report Viewer"]');
const dataRows = (page: Page) =>
  viewer(page).locator('table.data-grid-full-table tr.data-grid-table-row:not(.data-grid-header-row)');

for (const shadowMode of ['native', 'synthetic'] as const) {
  test.describe(`${shadowMode} shadow`, () => {
    let emulator: RunningEmulator;
    let made: string[];
    let report: string;
    test.beforeAll(async () => {
      emulator = await startEmulator({ port: 0, shadowMode });
      const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
      const sdr = await conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${SDR.username}'`);
      const leads = Array.from({ length: MADE }, (_, index) => ({
        LastName: `Long Report ${String(index + 1).padStart(3, '0')}`,
        Company: 'Long Report Co',
        OwnerId: sdr.records[0].Id,
      }));
      const results = await conn.sobject('Lead').create(leads, { allOrNone: true });
      made = results.map((result) => (result as { id: string }).id);
      report = (await idsByName(emulator, 'SELECT Id, DeveloperName FROM Report')).My_Open_Leads;
    });
    test.afterAll(async () => emulator?.stop());

    test('a long report renders the rows in view, the rest as its grid is scrolled; the page object reads them all', async ({
      browser,
    }) => {
      const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
      await signIn(page, emulator, SDR.username, '/lightning/page/home');
      const run = new ReportPage(page);
      await run.open(report);
      const total = MADE + SDR_OWNED_BEFORE;
      await expect(dataRows(page).first().locator('th[data-row-index]')).toHaveText('1');
      expect(await dataRows(page).count()).toBeLessThan(total);
      await expect(viewer(page).locator('tr.data-grid-table-row-spacer')).toHaveCount(2);

      await viewer(page)
        .locator('.widgets')
        .evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
      await expect(dataRows(page).last().locator('th[data-row-index]')).toHaveText(String(total));
      expect(await dataRows(page).count()).toBeLessThan(total);

      const shown = await run.read();
      if (!shown.ok) throw new Error(shown.error);
      expect(shown.totalRecords).toBe(total);
      expect(shown.rows).toHaveLength(total);
      const ids = shown.rows.flatMap((row) => row.recordIds);
      expect(ids).toEqual(expect.arrayContaining(made));
      expect(shown.rows.map((row) => row.cells.Name)).toEqual(
        [...shown.rows.map((row) => row.cells.Name)].sort(),
      );
      await page.context().close();
    });
  });
}

const WIDE_COLUMNS = [
  'Name',
  'Company',
  'Title',
  'Status',
  'Email',
  'Phone',
  'Website',
  'LeadSource',
  'Rating',
  'DoNotCall',
  'Description',
  'Country',
  'Lead_Score__c',
  'OwnerId',
];

test('a report wider than its grid renders the cells of the columns in view; the page object reads every cell', async ({
  browser,
}) => {
  const org = demoOrg((definition) => {
    const report = definition.reports.find((candidate) => candidate.developerName === 'My_Open_Leads');
    if (report) report.columns = WIDE_COLUMNS;
  });
  const emulator = await startEmulator({ port: 0, org });
  try {
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const sdr = await conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${SDR.username}'`);
    const leads = Array.from({ length: 45 }, (_, index) => ({
      LastName: `Wide Report ${String(index + 1).padStart(2, '0')}`,
      Company: 'Wide Report Co',
      Country: `Country ${index + 1}`,
      OwnerId: sdr.records[0].Id,
    }));
    await conn.sobject('Lead').create(leads, { allOrNone: true });
    const report = (await idsByName(emulator, 'SELECT Id, DeveloperName FROM Report')).My_Open_Leads;
    const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
    await signIn(page, emulator, SDR.username, '/lightning/page/home');
    const run = new ReportPage(page);
    await run.open(report);
    const firstRow = dataRows(page).first();
    await expect(firstRow.locator('td.data-grid-cell-unrendered').first()).toBeAttached();
    await expect(firstRow.locator('td[data-column-index="11"]')).toHaveCount(0);

    const shown = await run.read();
    if (!shown.ok) throw new Error(shown.error);
    expect(shown.columns).toHaveLength(WIDE_COLUMNS.length);
    expect(shown.allColumns).toBe(true);
    expect(shown.rows).toHaveLength(45 + SDR_OWNED_BEFORE);
    for (const row of shown.rows) expect(Object.keys(row.cells)).toHaveLength(WIDE_COLUMNS.length);
    const wide = shown.rows.filter((row) => row.cells.Company === 'Wide Report Co');
    expect(wide.map((row) => row.cells.Country)).toEqual(
      Array.from({ length: 45 }, (_, index) => `Country ${index + 1}`),
    );
    await page.context().close();
  } finally {
    await emulator.stop();
  }
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { ListViewPage } from '../../pages/list-view-page';
import { newTestContext } from '../test-contexts';
import { oauthConnection, SDR } from './helpers';
import { signIn } from './navigation-helpers';

// A list view loads 50 rows at a time, as Lightning does: its status line says "50+ items" while rows are left,
// and the next rows load once its last row is scrolled into view (salesforce-pageobjects lightning/datatable:
// "Scroll to last row", lastRenderedRow). Both shadow modes behave the same.
const MADE = 108;
const SDR_OWNED_BEFORE = 2; // the demo org's Jordan Blake and Okafor

for (const shadowMode of ['native', 'synthetic'] as const) {
  test.describe(`${shadowMode} shadow`, () => {
    let emulator: RunningEmulator;
    let made: string[];
    test.beforeAll(async () => {
      emulator = await startEmulator({ port: 0, shadowMode });
      const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
      const sdr = await conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${SDR.username}'`);
      const leads = Array.from({ length: MADE }, (_, index) => ({
        LastName: `Long List ${String(index + 1).padStart(3, '0')}`,
        Company: 'Long List Co',
        OwnerId: sdr.records[0].Id,
      }));
      const results = await conn.sobject('Lead').create(leads, { allOrNone: true });
      made = results.map((result) => (result as { id: string }).id);
    });
    test.afterAll(async () => emulator?.stop());

    test('a list of more than 50 records shows 50 rows and "50+ items", and loads the rest as its last row is scrolled to', async ({
      browser,
    }) => {
      const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
      await signIn(page, emulator, SDR.username, '/lightning/page/home');
      const list = new ListViewPage(page, 'Lead');
      await list.open('MyOpenLeads');
      const total = MADE + SDR_OWNED_BEFORE;
      expect(await list.statusText()).toBe('50+ items • Sorted by Name • Updated a few seconds ago');
      expect(await list.count()).toMatchObject({ count: 50, more: true });
      expect(await list.rowIds()).toHaveLength(50);

      await list.loadMore();
      expect(await list.count()).toMatchObject({ count: 100, more: true });
      expect(await list.rowIds()).toHaveLength(100);

      await list.loadMore();
      expect(await list.statusText()).toBe(`${total} items • Sorted by Name • Updated a few seconds ago`);
      const ids = await list.rowIds();
      expect(ids).toHaveLength(total);
      expect(ids).toEqual(expect.arrayContaining(made));
      const numbers = await page
        .locator('lightning-datatable tbody[data-rowgroup-body] tr')
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-row-number'))));
      expect(numbers).toEqual(Array.from({ length: total }, (_, index) => index + 1));
      await page.context().close();
    });
  });
}

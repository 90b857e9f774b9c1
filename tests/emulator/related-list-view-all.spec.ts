import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { RelatedListCard } from '../../pages/related-list';
import { newTestContext } from '../test-contexts';
import { AE, documentLoads, oauthConnection } from './helpers';
import { signIn } from './navigation-helpers';

// A related list's card shows its first six rows and "(6+)"; its View All opens the whole list in place of the
// record page, loading 50 rows at a time as a list view does, and Back shows the record page again. Both shadow
// modes behave the same.
const MADE = 57;

for (const shadowMode of ['native', 'synthetic'] as const) {
  test.describe(`${shadowMode} shadow`, () => {
    let emulator: RunningEmulator;
    let account: string;
    let made: string[];
    test.beforeAll(async () => {
      emulator = await startEmulator({ port: 0, shadowMode });
      const conn = await oauthConnection(emulator, AE.username);
      account = ((await conn.sobject('Account').create({ Name: 'View All Co' })) as { id: string }).id;
      const contacts = Array.from({ length: MADE }, (_, index) => ({
        LastName: `Contact ${String(index + 1).padStart(2, '0')}`,
        AccountId: account,
      }));
      const results = await conn.sobject('Contact').create(contacts, { allOrNone: true });
      made = results.map((result) => (result as { id: string }).id);
    });
    test.afterAll(async () => emulator?.stop());

    test('a card of six rows and "(6+)" opens its whole list in place; Back shows the record page again', async ({
      browser,
    }) => {
      const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
      await signIn(page, emulator, AE.username, `/lightning/r/Account/${account}/view`);
      const card = new RelatedListCard(page, 'Contacts', 'related list "Contacts" of View All Co');
      await card.open();
      expect(await card.count()).toMatchObject({ count: 6, more: true, text: '(6+)' });
      expect(await card.rowIds()).toEqual(made.slice(0, 6));

      const loads = await documentLoads(page);
      await card.loadMore();
      await expect(page).toHaveURL(new RegExp(`/lightning/r/Account/${account}/related/Contacts/view$`));
      expect(await card.count()).toMatchObject({
        count: 50,
        more: true,
        text: '50+ items • Updated a few seconds ago',
      });
      expect(await card.rowIds()).toHaveLength(50);
      await expect(page.locator('lst-related-list-desktop lst-breadcrumbs a')).toHaveText([
        'Accounts',
        'View All Co',
      ]);
      await expect(page.locator('lst-related-list-desktop .listViewTitle')).toHaveText('Contacts');

      await card.loadMore();
      expect(await card.count()).toMatchObject({ count: MADE, more: false });
      expect(await card.rowIds()).toEqual(made);

      await card.restorePage();
      await expect(page).toHaveURL(new RegExp(`/lightning/r/Account/${account}/view$`));
      expect(await card.count()).toMatchObject({ count: 6, more: true });
      expect(loads).toEqual([]);
      await page.context().close();
    });
  });
}

test("a View All address of a list not on the viewer's layout, or of a record they cannot see, shows Lightning's error", async ({
  browser,
}) => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const conn = await oauthConnection(emulator, AE.username);
    const account = ((await conn.sobject('Account').create({ Name: 'Error Co' })) as { id: string }).id;
    const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
    await signIn(page, emulator, AE.username, `/lightning/r/Account/${account}/related/Contactz/view`);
    const content = page.locator('.slds-template__container');
    await expect(content).toContainText("We can't find that page.");
    await page.goto(`/lightning/r/Account/001000000000000AAA/related/Contacts/view`);
    await expect(content).toContainText('This record may have been deleted');
    await page.context().close();
  } finally {
    await emulator.stop();
  }
});

import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { locators } from '../../pages/locators';
import { RecordRelatedLists } from '../../pages/record-related-lists';
import { AE } from './helpers';
import { idsByName, signIn } from './navigation-helpers';

/**
 * Under the "lightning" latency profile each related list arrives by its own data call, a stencil in its place
 * until then. A list whose data has come but not yet rendered must still show its stencil: a page showing
 * neither would read as complete without that list, and a list looked for would be judged missing.
 */
test('a related list keeps its stencil until its content replaces it, however slowly its answer is read', async ({
  page,
}) => {
  const emulator = await startEmulator({ port: 0, latency: 'lightning' });
  try {
    // Each part's answer is read a second after it arrives, as a slow network delivers a body after its headers.
    await page.addInitScript(() => {
      const text = Response.prototype.text;
      Response.prototype.text = async function (this: Response) {
        if (this.url.includes('/part/related-list-'))
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        return text.call(this);
      };
    });
    const { Initech } = await idsByName(emulator, "SELECT Id, Name FROM Account WHERE Name = 'Initech'");
    await signIn(page, emulator, AE.username, `/lightning/r/Account/${Initech}/view`);
    const recordRoot = page.locator(locators.record.pageRoot).filter({ visible: true });
    const lists = new RecordRelatedLists(page, recordRoot);
    const complete = await lists.read([], 15_000);
    expect(complete.incomplete).toBeUndefined();
    expect(complete.titles).toEqual(['Contacts', 'Opportunities']);
  } finally {
    await emulator.stop();
  }
});

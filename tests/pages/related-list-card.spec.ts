import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { RecordPage } from '../../pages/record-page';
import { RelatedListCard } from '../../pages/related-list';
import { AE, oauthConnection } from '../emulator/helpers';
import { signIn } from '../emulator/navigation-helpers';

/**
 * Lightning opens a record reached through a link in place and keeps the page it came from in the DOM, hidden:
 * a related list is looked for on the record page shown, never on the hidden one.
 */
test('a related list is opened on the record page shown, not on the one kept hidden before it', async ({
  page,
}) => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const conn = await oauthConnection(emulator, AE.username);
    const account = (await conn.query<{ Id: string }>("SELECT Id FROM Account WHERE Name = 'Initech'"))
      .records[0].Id;
    await conn.sobject('Contact').create({ LastName: 'Lumbergh', AccountId: account });
    const deal = await conn.sobject('Opportunity').create({
      Name: 'Linked deal',
      StageName: 'Qualification',
      CloseDate: '2027-03-31',
      AccountId: account,
    });
    await signIn(page, emulator, AE.username, `/lightning/r/Opportunity/${(deal as { id: string }).id}/view`);
    await new RecordPage(page, 'Opportunity').waitUntilReady();
    await page
      .locator(
        'records-record-layout-item[data-target-selection-name="sfdc:RecordField.Opportunity.AccountId"] a',
      )
      .click();
    await new RecordPage(page, 'Account').waitUntilReady();
    await expect(page.locator('one-record-home-flexipage2')).toHaveCount(2);

    const contacts = new RelatedListCard(page, 'Contacts', `related list "Contacts" of Account ${account}`);
    await contacts.open([], 10_000);
    expect((await contacts.count()).text).toBe('(1)');
    expect(await contacts.rowIds()).toHaveLength(1);
  } finally {
    await emulator.stop();
  }
});

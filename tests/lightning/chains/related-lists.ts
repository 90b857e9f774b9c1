import { expect } from '@playwright/test';
import { oauthConnection } from '../../emulator/helpers';
import { signIn } from '../../emulator/navigation-helpers';
import { AE_USER, firstId, openRecord } from './support';
import type { ChainGroup } from './types';

const SINGLE = 'lists/relatedListSingleContainer appBuilderList relatedListViewManager';
const LIST = 'lst-related-list-single-container';

export const relatedLists: ChainGroup = {
  component: "related lists (an Account's Related tab, as the AE)",
  open: async (page, emulator) => {
    const account = await firstId(emulator, "SELECT Id FROM Account WHERE Name = 'Initech'");
    // The demo org seeds no contacts: the AE adds one, so the Contacts list has a row.
    const conn = await oauthConnection(emulator, AE_USER);
    await conn.sobject('Contact').create({ LastName: 'Lumbergh', AccountId: account, Title: 'Manager' });
    await openRecord(page, emulator, AE_USER, 'Account', account);
    await page.getByRole('tab', { name: 'Related' }).click();
    await expect(page.locator(`${LIST} tbody tr`).first()).toBeVisible();
  },
  chains: [
    { root: LIST, chain: `${SINGLE} commonListInternal header title` },
    { root: LIST, chain: `${SINGLE} commonListInternal header subtitle` },
    { root: LIST, chain: `${SINGLE} commonListInternal displayManager display displayGrid` },
    { root: LIST, chain: `${SINGLE} viewAll` },
    {
      root: `${LIST} >>> lightning-datatable`,
      chain: 'lightning/datatable tableElement body row(1) rowHeader',
    },
  ],
};

const WHOLE = 'lists/relatedListDesktop relatedListViewManager commonListInternal';

export const relatedListPage: ChainGroup = {
  component: "a related list's View All page (an Account's Contacts, as the AE)",
  open: async (page, emulator) => {
    const account = await firstId(emulator, "SELECT Id FROM Account WHERE Name = 'Initech'");
    const conn = await oauthConnection(emulator, AE_USER);
    await conn.sobject('Contact').create({ LastName: 'Lumbergh', AccountId: account, Title: 'Manager' });
    await page.context().clearCookies();
    await signIn(page, emulator, AE_USER, `/lightning/r/Account/${account}/related/Contacts/view`);
    await expect(page.locator('lst-related-list-desktop tbody tr').first()).toBeVisible();
  },
  chains: [
    `${WHOLE} header title`,
    `${WHOLE} header breadcrumbs links`,
    `${WHOLE} header statusInfo countSortAndFilterBy`,
    `${WHOLE} header statusInfo lastUpdated`,
    `${WHOLE} displayManager display displayGrid`,
    {
      root: 'lst-related-list-desktop >>> lightning-datatable',
      chain: 'lightning/datatable tableElement body row(1) rowHeader',
    },
  ],
};

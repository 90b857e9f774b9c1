import { expect } from '@playwright/test';
import { oauthConnection } from '../../emulator/helpers';
import { AE_USER, openRecord } from './support';
import type { ChainGroup } from './types';

const SINGLE = 'lists/relatedListSingleContainer appBuilderList relatedListViewManager';
const HISTORY = 'lst-related-list-single-container[data-related-list="ProcessSteps"]';
const PRODUCTS = 'lst-related-list-single-container[data-related-list="OpportunityLineItem"]';

/** The Approval History and Products lists are related lists like any other: the same UTAM chains hold. */
export const approvalHistoryAndProducts: ChainGroup = {
  component: "an opportunity's Approval History and Products lists (Related tab, as the AE)",
  open: async (page, emulator) => {
    const conn = await oauthConnection(emulator, AE_USER);
    const deal = await conn.sobject('Opportunity').create({
      Name: 'Chains discount',
      StageName: 'Prospecting',
      CloseDate: '2026-12-31',
      Discount__c: 30,
    });
    if (!deal.success) throw new Error('create failed');
    const entry = await conn.query<{ Id: string }>(
      "SELECT Id FROM PricebookEntry WHERE Pricebook2.Name = 'Sales Price Book' AND Product2.Name = 'Platform License'",
    );
    await conn.sobject('OpportunityLineItem').create({
      OpportunityId: deal.id,
      PricebookEntryId: entry.records[0].Id,
      Quantity: 1,
      UnitPrice: 12000,
    });
    await conn.request({
      method: 'POST',
      url: '/process/approvals',
      body: JSON.stringify({ requests: [{ actionType: 'Submit', contextId: deal.id, comments: 'Chains' }] }),
      headers: { 'Content-Type': 'application/json' },
    });
    await openRecord(page, emulator, AE_USER, 'Opportunity', deal.id);
    await page.getByRole('tab', { name: 'Related' }).click();
    await expect(page.locator(`${HISTORY} tbody tr`).first()).toBeVisible();
  },
  chains: [
    { root: HISTORY, chain: `${SINGLE} commonListInternal header title` },
    { root: HISTORY, chain: `${SINGLE} viewAll` },
    { root: PRODUCTS, chain: `${SINGLE} commonListInternal header title` },
    { root: PRODUCTS, chain: `${SINGLE} commonListInternal displayManager display displayGrid` },
  ],
};

/** Add Products' product list is force/multiAdd: a search and a list view over the price book's entries. */
export const addProductsPicker: ChainGroup = {
  component: 'Add Products product list (an opportunity with the Sales Price Book, as the AE)',
  open: async (page, emulator) => {
    const conn = await oauthConnection(emulator, AE_USER);
    const book = await conn.query<{ Id: string }>(
      "SELECT Id FROM Pricebook2 WHERE Name = 'Sales Price Book'",
    );
    const deal = await conn.sobject('Opportunity').create({
      Name: 'Chains products',
      StageName: 'Prospecting',
      CloseDate: '2026-12-31',
      Pricebook2Id: book.records[0].Id,
    });
    if (!deal.success) throw new Error('create failed');
    await openRecord(page, emulator, AE_USER, 'Opportunity', deal.id);
    await page.getByRole('tab', { name: 'Related' }).click();
    await page.getByRole('button', { name: 'Add Products', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Add Products' })).toBeVisible();
  },
  chains: [
    'force/multiAdd multiAddSearch inputLookupDesktop inputTextForAutocomplete',
    'force/multiAdd description',
    'force/multiAdd nextButton(Next)',
    {
      root: '.forceListViewManagerPrimaryDisplayManager',
      chain: 'force/listViewManagerPrimaryDisplayManager managerGrid inlineEditGrid table tableRows',
    },
    { root: '.forceVirtualCheckbox', chain: 'force/virtualCheckbox checkBox' },
  ],
};

/**
 * Edit Selected Products is force/multiEdit: the chosen products in a list view's inline-edit grid, each cell's
 * first child the button that opens its input (force/multiEditUtils), and Save a force:actionButton.
 */
export const editSelectedProducts: ChainGroup = {
  component: 'Edit Selected Products (Platform License chosen from the Sales Price Book, as the AE)',
  open: async (page, emulator) => {
    await addProductsPicker.open(page, emulator);
    const picker = page.getByRole('dialog', { name: 'Add Products' });
    await picker.locator('tr', { hasText: 'Platform License' }).locator('.slds-checkbox--faux').click();
    await picker.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Edit Selected Products' })).toBeVisible();
  },
  chains: [
    'force/multiEdit actionButton(Save)',
    {
      root: '.forceListViewManagerPrimaryDisplayManager',
      chain: 'force/listViewManagerPrimaryDisplayManager managerGrid inlineEditGrid table tableRows',
    },
    {
      root: '.forceListViewManagerPrimaryDisplayManager',
      chain:
        'force/listViewManagerPrimaryDisplayManager managerGrid inlineEditGrid table tableCellSpecial(1)',
    },
    {
      root: '.forceListViewManagerPrimaryDisplayManager',
      chain:
        'force/listViewManagerPrimaryDisplayManager managerGrid inlineEditGrid table tableCellIndexed(1, 1) cellComponent',
    },
  ],
};

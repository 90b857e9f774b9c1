import { expect } from '@playwright/test';
import { firstId, item, openOpportunityAsAe, openRecord, SDR_USER } from './support';
import type { ChainGroup } from './types';

const HOME = 'global/recordHomeTemplateDesktop flexipageModule decorator';
const HIGHLIGHTS = `${HOME} templateDesktop2 highlights recordLayout forcegeneratedRecordLayout2 highlights2`;
const DETAIL = 'flexipage/tab2 detailPanel baseRecordForm';
const LAYOUT = `${DETAIL} recordLayout forcegeneratedRecordLayout2`;

export const recordHome: ChainGroup = {
  component: 'record home (Lead, as the SDR)',
  open: async (page, emulator) =>
    openRecord(
      page,
      emulator,
      SDR_USER,
      'Lead',
      await firstId(emulator, "SELECT Id FROM Lead WHERE Company = 'Northwind Traders'"),
    ),
  chains: [
    `${HOME} templateDesktop2`,
    `${HOME} eventBroker`,
    `${HOME} formFooter saveButton button`,
    `${HOME} formFooter cancelButton button`,
    `${HOME} templateDesktop2 highlights recordLayout forcegeneratedRecordLayout2`,
    `${HIGHLIGHTS} primaryFieldContent`,
    `${HIGHLIGHTS} iconContent`,
    `${HIGHLIGHTS} secondaryFieldContent`,
    `${HIGHLIGHTS} secondaryFields`,
    `${HIGHLIGHTS} actionsRibbon actionRendererWithTitle(Edit) lightningButton button`,
    `${HOME} templateDesktop2 tabset2 tabset tabBar tabLinkByLabel(Details)`,
    `${HOME} templateDesktop2 tabset2 tabset tabBar tabByLabel(Related)`,
    `${HOME} templateDesktop2 tabset2 tabset tabBar activeTab`,
    `${HOME} templateDesktop2 tabset2 tabset activeTabContent`,
    { root: 'flexipage-tab2[data-tab="details"]', chain: `${DETAIL} recordLayoutContainer` },
    { root: 'flexipage-tab2[data-tab="details"]', chain: `${LAYOUT} section(1) sectionTitle` },
    { root: 'flexipage-tab2[data-tab="details"]', chain: `${LAYOUT} section(1) sectionTitleButton` },
    { root: 'flexipage-tab2[data-tab="details"]', chain: `${LAYOUT} section(2) openSection` },
    { root: 'flexipage-tab2[data-tab="details"]', chain: `${LAYOUT} section(1) row(1) item(1) outputField` },
    { root: 'flexipage-tab2[data-tab="details"]', chain: `${LAYOUT} sections rows items formattedName` },
    { root: 'flexipage-tab2[data-tab="related"]', chain: 'flexipage/tab2 relatedListContainer' },
    { root: item('Lead', 'Company'), chain: 'records/recordLayoutItem inlineEditButton' },
    { root: item('Lead', 'Company'), chain: 'records/recordLayoutItem formattedText' },
    { root: item('Lead', 'Email'), chain: 'records/recordLayoutItem formattedEmail' },
    { root: item('Lead', 'Lead_Score__c'), chain: 'records/recordLayoutItem formattedNumber' },
    {
      root: item('Lead', 'OwnerId'),
      chain: 'records/recordLayoutItem ownerLookup outputLookup lookupLinkAlternative',
    },
    { root: item('Lead', 'DoNotCall'), chain: 'records/recordLayoutItem input primitiveInput inputCheckbox' },
  ],
};

export const recordActionsOverflow: ChainGroup = {
  component: 'actions ribbon overflow (Opportunity, as the AE)',
  open: async (page, emulator) => {
    await openOpportunityAsAe(page, emulator);
    await page.getByRole('button', { name: 'Show more actions' }).click();
    await expect(page.getByRole('menuitem').first()).toBeVisible();
  },
  chains: [
    `${HIGHLIGHTS} actionsRibbon dropdownButton button`,
    `${HIGHLIGHTS} actionsRibbon dropdownButton dropdown`,
    `${HIGHLIGHTS} actionsRibbon dropdownButton menuItemByText link`,
    `${HIGHLIGHTS} actionsRibbon actionRendererWithTitle(Delete) ribbonMenuItem link`,
  ],
};

export const recordActionsMenuLoading: ChainGroup = {
  component: 'actions ribbon overflow loading its items (Opportunity, as the AE)',
  open: async (page, emulator) => {
    await openOpportunityAsAe(page, emulator);
    // The menu's items never arrive while the chains are checked.
    await page.route('**/part/actions-menu', () => undefined, { times: 1 });
    await page.getByRole('button', { name: 'Show more actions' }).click();
    await expect(page.locator('lightning-button-menu lightning-spinner')).toBeVisible();
  },
  chains: [
    `${HIGHLIGHTS} actionsRibbon dropdownButton dropdown`,
    `${HIGHLIGHTS} actionsRibbon dropdownButton spinner`,
  ],
};

import { expect } from '@playwright/test';
import { signIn } from '../../emulator/navigation-helpers';
import { AE_USER } from './support';
import type { ChainGroup } from './types';

const MANAGER = 'lists/objectHome listViewManager commonListInternal';
// lst-primary-display-grid declares its datatable as "*", the first element of its shadow root; the cells are
// checked from the datatable itself.
const DATATABLE = 'lst-primary-display-grid >>> lightning-datatable';

export const listView: ChainGroup = {
  component: 'list view (All Open Leads, as the AE)',
  open: async (page, emulator) => {
    await page.context().clearCookies();
    await signIn(page, emulator, AE_USER, '/lightning/o/Lead/list?filterName=AllOpenLeads');
    await expect(
      page.locator('lightning-datatable tr[data-row-key-value]:not([data-row-key-value="HEADER"])'),
    ).toHaveCount(3);
  },
  chains: [
    `${MANAGER} header statusInfo countSortAndFilterBy`,
    `${MANAGER} header statusInfo lastUpdated`,
    `${MANAGER} header breadcrumbs nonClickableBreadcrumbs`,
    `${MANAGER} header listViewPicker pickerListViewName`,
    `${MANAGER} header listViewPicker pickerChevron button`,
    `${MANAGER} header listViewPicker popupContainer focusTrap pickerDropdown groupedComboboxContainer innerBaseCombobox triggerInput`,
    `${MANAGER} header listViewPicker popupContainer focusTrap pickerDropdown pickerGroupedCombobox filteredCombo items label`,
    `${MANAGER} header listViewPicker popupContainer focusTrap pickerDropdown pickerGroupedCombobox label`,
    `${MANAGER} header searchBar input primitiveInput input`,
    `${MANAGER} header settingsMenu dropdownButton button`,
    `${MANAGER} displayManager display displayGrid`,
    `${MANAGER} displayManager display displayGrid datatable tableElement headerRow`,
    { root: DATATABLE, chain: 'lightning/datatable tableElement headerRow' },
    {
      root: DATATABLE,
      chain: 'lightning/datatable tableElement header columnByLabel(Name) headerFactory headerColumn',
    },
    { root: DATATABLE, chain: 'lightning/datatable tableElement body row(1) rowHeader' },
    // Scrolled into view to load a long list's next rows.
    { root: DATATABLE, chain: 'lightning/datatable tableElement body lastRenderedRow' },
    {
      root: DATATABLE,
      chain:
        'lightning/datatable cellByIndex(1, 1) cellFactoryByColumnIndex formattedUrlByColumnIndex urlLink',
    },
    {
      root: DATATABLE,
      chain: 'lightning/datatable cellByIndex(1, 2) cellFactoryByColumnIndex cellWrapperByIndex',
    },
    {
      root: DATATABLE,
      chain: 'lightning/datatable cellByLabel(2, Company) cellFactoryByLabel formattedTextByLabel',
    },
    { root: DATATABLE, chain: 'lightning/datatable scrollXContainer' },
  ],
};

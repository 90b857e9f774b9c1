import type { SObjectField } from '../model/fields';
import type { ListViewForUser } from '../model/list-views';
import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { datatableRows, lightningDatatable } from './lightning-datatable';
import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';
import { searchInput } from './search-input';

/**
 * An object home / list view as a Spring '25 org shows it by default: the LWC list view (salesforce-pageobjects
 * lists/objectHome): lst-object-home >> lst-list-view-manager >> lst-common-list-internal >>
 * lst-list-view-manager-header (breadcrumbs, picker, status info, search) and lst-primary-display-manager >>
 * lst-primary-display >> lst-primary-display-grid >> lightning-datatable. Public suites recorded this chain on
 * real orgs (`lst-object-home > div > lst-list-view-manager > lst-common-list-internal > div > div >
 * lst-primary-display-manager > div > lst-primary-display > lst-primary-display-grid > lightning-datatable`).
 * The Aura generation (.forceListViewManager, force/listViewManager) is not rendered.
 */
export interface ListViewPageModel {
  type: SObjectType;
  views: ListViewForUser[];
  current: ListViewForUser;
  columns: SObjectField[];
  rows: Row[];
}

/**
 * The rows a list view loads at a time: the first page, then one more each time its last row is scrolled into
 * view, the status line saying "50+ items" until the last page is in (getListUi's default pageSize is 50).
 */
export const LIST_VIEW_PAGE_SIZE = 50;

/** Where the page script fetches a list view's rows from `offset` on (routes/navigation.ts). */
export function moreRowsUrl(type: SObjectType, view: ListViewForUser, offset: number): string {
  return `/aura/navigation/listview/${encodeURIComponent(type.name)}/rows?filterName=${encodeURIComponent(view.id)}&offset=${offset}`;
}

export function listViewPageBody(state: OrgState, model: ListViewPageModel): SafeHtml {
  const { type, current, rows } = model;
  const loaded = rows.slice(0, LIST_VIEW_PAGE_SIZE);
  const more = rows.length > loaded.length ? moreRowsUrl(type, current, loaded.length) : undefined;
  const internal = lwc(
    'lst-common-list-internal',
    '',
    html`<div class="slds-card slds-card_boundary listViewContent"><div class="listDisplays">
${header(model)}
${lwc(
  'lst-primary-display-manager',
  '',
  html`<div class="primaryDisplayManager">${lwc(
    'lst-primary-display',
    '',
    lwc(
      'lst-primary-display-grid',
      '',
      lightningDatatable(state, type, model.columns, loaded, type.options.nameField, more),
    ),
  )}${rows.length === 0 ? lwc('lst-empty-state', '', html`<div class="emptyContent slds-illustration"><p class="slds-text-body_regular">No items to display.</p></div>`) : ''}</div>`,
)}
</div></div>`,
  );
  const manager = lwc('lst-list-view-manager', html`data-list-view-id="${current.id}"`, internal);
  return lwc(
    'lst-object-home',
    html`data-object="${type.name}"`,
    html`<div class="lstObjectHome">${manager}</div>`,
  );
}

function header(model: ListViewPageModel): SafeHtml {
  const { type, views, current, rows } = model;
  const plural = type.labelPlural;
  const sortField = current.definition.sort ? type.field(current.definition.sort.field) : undefined;
  // The views, as lightning-base-combobox-item options of the picker's dropdown (lists/listViewPickerDropdown).
  const options = views.map((view) => {
    const href = `/lightning/o/${type.name}/list?filterName=${view.id === 'Recent' ? 'Recent' : view.id}`;
    const label = view.definition.label;
    return lwc(
      'lightning-base-combobox-item',
      html`role="option" aria-checked="${view.id === current.id}" data-value="${href}" class="slds-listbox__item"`,
      html`<span class="slds-media slds-listbox__option slds-listbox__option_plain slds-media_small"><span class="slds-media__body"><span class="slds-truncate" title="${label}">${label}</span></span></span>`,
    );
  });
  const dropdown = lwc(
    'lst-list-view-picker-dropdown',
    '',
    lwc(
      'lightning-grouped-combobox',
      '',
      html`<label class="slds-form-element__label slds-assistive-text" data-main-label>Search lists</label>${lwc(
        'lightning-base-combobox',
        html`data-filter`,
        html`<div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click slds-is-open">
  <input id="listViewPickerSearch" type="text" role="combobox" class="slds-input slds-combobox__input" placeholder="Search lists..." aria-label="Search lists..." aria-expanded="true" aria-controls="listViewPickerOptions" autocomplete="off">
  <div id="listViewPickerOptions" class="slds-dropdown slds-dropdown_fluid slds-dropdown_left listViewPickerOptions" role="listbox" aria-label="List Views"><ul role="group" aria-label="List Views">${options}</ul></div>
</div></div>`,
      )}`,
    ),
  );
  // lightning-popup >> lightning-focus-trap > the dropdown (lists/listViewPicker: popupContainer), shown on click.
  const popup = lwc(
    'lightning-popup',
    html`class="listViewPickerPopup" hidden`,
    html`<section class="slds-popover slds-popover_full-width" role="dialog" aria-label="Select a List View">${lwc(
      'lightning-focus-trap',
      '',
      (slot) => slot(),
      { '': dropdown },
    )}</section>`,
  );
  const breadcrumbs = lwc(
    'lst-breadcrumbs',
    '',
    html`<nav role="navigation" aria-label="Breadcrumbs"><ol class="slds-breadcrumb slds-list_horizontal"><li class="slds-breadcrumb__item"><h1><span class="entityNameTitle">${plural}</span></h1></li></ol></nav>`,
  );
  // The picker: the selected view's name and a chevron button opening the views (lists/listViewPicker).
  const picker = lwc(
    'lst-list-view-picker',
    '',
    html`<div class="slds-page-header__name listViewPicker"><h1 class="slds-page-header__name-title"><span class="slds-page-header__title slds-truncate selectedListView" title="${current.definition.label}">${current.definition.label}</span></h1>
${lwc('lightning-button-icon', html`class="pickerChevron"`, html`<button type="button" class="slds-button slds-button_icon slds-page-header__name-switcher" title="Select a List View: ${plural}" aria-haspopup="dialog" aria-expanded="false"><span aria-hidden="true">▾</span><span class="slds-assistive-text">Select a List View: ${plural}</span></button>`)}
${popup}</div>`,
  );
  const status = lwc(
    'force-list-view-manager-status-info',
    '',
    html`<span class="slds-text-body_small"><span class="countSortedByFilteredBy">${statusCount(Math.min(rows.length, LIST_VIEW_PAGE_SIZE), rows.length, sortField)}</span> <span class="lastUpdated">Updated a few seconds ago</span></span>`,
  );
  const search = lwc(
    'force-list-view-manager-search-bar',
    '',
    searchInput('listViewSearch', 'Search this list...', `${type.name}-search-input`),
  );
  // List View Controls: a lightning-button-menu (lists/listViewManagerSettingsMenu: dropdownButton).
  const controls = lwc(
    'lst-list-view-manager-settings-menu',
    '',
    lwc(
      'lightning-button-menu',
      html`class="slds-dropdown-trigger slds-dropdown-trigger_click"`,
      html`<button type="button" class="slds-button slds-button_icon slds-button_icon-border-filled listViewControls" title="List View Controls" aria-haspopup="true" aria-expanded="false"><span aria-hidden="true">⚙</span><span class="slds-assistive-text">List View Controls</span></button>`,
    ),
  );
  return lwc(
    'lst-list-view-manager-header',
    '',
    html`<div class="slds-page-header slds-page-header_object-home" role="banner">
  <div class="slds-page-header__row"><div class="slds-page-header__col-title">${breadcrumbs}${picker}</div></div>
  <div class="slds-page-header__row listViewManagerHeaderControls">${status}${search}${controls}</div>
</div>`,
  );
}

/** "3 items • Sorted by Name •", the part of the status line before "Updated …"; "50+ items" while rows are left to load. */
export function statusCount(loaded: number, total: number, sortField: SObjectField | undefined): string {
  const items = loaded < total ? `${loaded}+ items` : `${total} ${total === 1 ? 'item' : 'items'}`;
  return sortField ? `${items} • Sorted by ${sortField.label} •` : `${items} •`;
}

/**
 * The rows of a list view from `offset`, for the page script to append: a table holding them (so they parse as
 * rows), the new status count, and where the rows after them are, if any.
 */
export function moreListViewRows(state: OrgState, model: ListViewPageModel, offset: number): SafeHtml {
  const { type, current, rows, columns } = model;
  const sortField = current.definition.sort ? type.field(current.definition.sort.field) : undefined;
  return moreRows(state, { type, columns, rows, sortField }, offset, (loaded) =>
    moreRowsUrl(type, current, loaded),
  );
}

/** The rows of a list that loads a page at a time, from `offset` on; `next` says where the rows after them are. */
export function moreRows(
  state: OrgState,
  list: {
    type: SObjectType;
    columns: SObjectField[];
    rows: Row[];
    sortField?: SObjectField;
    nameField?: string;
  },
  offset: number,
  next: (offset: number) => string,
): SafeHtml {
  const page = list.rows.slice(offset, offset + LIST_VIEW_PAGE_SIZE);
  const loaded = offset + page.length;
  const more = loaded < list.rows.length ? html` data-more-rows="${next(loaded)}"` : '';
  return html`<table${more}><tbody>${datatableRows(state, list.type, list.columns, page, offset + 1, list.nameField)}</tbody></table><span class="countSortedByFilteredBy">${statusCount(loaded, list.rows.length, list.sortField)}</span>`;
}

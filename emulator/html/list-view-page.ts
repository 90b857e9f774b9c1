import type { SObjectField } from '../model/fields';
import type { ListViewForUser } from '../model/list-views';
import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { fieldOutput } from './field-output';
import { html, type SafeHtml, shadow } from './safe-html';

/**
 * An object home / list view (force:listViewManager): the picker, the status line, the search box, the
 * List View Controls button and the grid (lightning-datatable, an open shadow host).
 */
export interface ListViewPageModel {
  type: SObjectType;
  views: ListViewForUser[];
  current: ListViewForUser;
  columns: SObjectField[];
  rows: Row[];
}

export function listViewPageBody(state: OrgState, model: ListViewPageModel): SafeHtml {
  const { type, views, current, columns, rows } = model;
  const plural = type.labelPlural;
  const sortField = current.definition.sort ? type.field(current.definition.sort.field) : undefined;
  const options = views.map(
    (view) =>
      html`<li class="slds-dropdown__item" role="presentation"><a role="option" aria-selected="${view.id === current.id}" href="/lightning/o/${type.name}/list?filterName=${view.id === 'Recent' ? 'Recent' : view.id}"><span class="virtualAutocompleteOptionText slds-truncate" title="${view.definition.label}">${view.definition.label}</span></a></li>`,
  );
  return html`<div class="forceListViewManager" data-list-view-id="${current.id}">
<div class="slds-page-header forceListViewManagerHeader" role="banner">
  <nav class="slds-breadcrumb" aria-label="Breadcrumbs"><span class="entityNameTitle">${plural}</span></nav>
  <div class="slds-page-header__name listViewPicker">
    <h1 class="slds-page-header__title">
      <button type="button" class="slds-button triggerLinkTextAndIconWrapper slds-page-header__name-switcher" title="Select a List View: ${plural}" aria-haspopup="listbox" aria-expanded="false">
        <span class="triggerLinkText selectedListView slds-truncate">${current.definition.label}</span>
      </button>
    </h1>
    <div class="slds-dropdown slds-dropdown_left listViewPickerDropdown" role="listbox" aria-label="List Views" hidden>
      <div class="slds-dropdown__header"><span class="slds-text-title_caps">List Views</span></div>
      <ul class="slds-dropdown__list">${options}</ul>
    </div>
  </div>
  <div class="slds-page-header__row listViewManagerHeaderControls">
    <force-list-view-manager-status-info><span class="countSortedByFilteredBy" data-count="${rows.length}">${statusLine(rows.length, sortField)}</span></force-list-view-manager-status-info>
    <force-list-view-manager-search-bar><div class="slds-form-element"><label class="slds-assistive-text" for="listViewSearch">Search this list</label>
      <input id="listViewSearch" type="search" class="slds-input" name="${type.name}-search-input" placeholder="Search this list..." aria-label="Search this list..."></div></force-list-view-manager-search-bar>
    <button type="button" class="slds-button slds-button_icon slds-button_icon-border-filled listViewControls" title="List View Controls" aria-haspopup="true"><span class="slds-assistive-text">List View Controls</span></button>
  </div>
</div>
<div class="listViewContent slds-card">
  <lightning-datatable>${shadow(grid(state, type, columns, rows))}</lightning-datatable>
  ${rows.length === 0 ? html`<div class="emptyContent slds-illustration"><p class="slds-text-body_regular">No items to display.</p></div>` : ''}
</div>
</div>`;
}

export function statusLine(count: number, sortField: SObjectField | undefined): string {
  const items = `${count} ${count === 1 ? 'item' : 'items'}`;
  const sorted = sortField ? ` • Sorted by ${sortField.label}` : '';
  return `${items}${sorted} • Updated a few seconds ago`;
}

function grid(state: OrgState, type: SObjectType, columns: SObjectField[], rows: Row[]): SafeHtml {
  const nameField = type.options.nameField;
  return html`<div class="slds-table_header-fixed_container slds-scrollable_x">
<table role="grid" class="slds-table slds-table_header-fixed slds-table_bordered slds-table_fixed-layout" aria-label="${type.labelPlural}">
  <thead><tr>${columns.map(
    (field) =>
      html`<th scope="col" aria-label="${field.label}" class="slds-is-sortable"><span class="slds-truncate" title="${field.label}">${field.label}</span></th>`,
  )}</tr></thead>
  <tbody>${rows.map(
    (row) =>
      html`<tr data-row-key-value="${row.Id}">${columns.map((field) =>
        field.name === nameField
          ? html`<th scope="row" data-label="${field.label}"><span class="slds-grid"><a href="/lightning/r/${type.name}/${row.Id}/view" data-refid="recordId" data-recordid="${row.Id}" title="${String(row[field.name] ?? '')}">${String(row[field.name] ?? '')}</a></span></th>`
          : html`<td data-label="${field.label}"><span class="slds-truncate">${fieldOutput(state, field, row[field.name] ?? null)}</span></td>`,
      )}</tr>`,
  )}</tbody>
</table></div>`;
}

import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { FieldValue, Row } from '../model/store';
import { fieldOutput } from './field-output';
import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

// Text cells render lightning-base-formatted-text (lightning/datatable: formattedTextByColumnIndex).
const TEXT_TYPES = new Set(['string', 'picklist', 'textarea', 'multipicklist', 'id']);

/**
 * lightning-datatable as salesforce-pageobjects declares it (lightning/datatable): .slds-table in its shadow
 * root, the header row keyed HEADER, rows [data-row-key-value] (the record id, the datatable's key field) with
 * [data-row-number] under [data-rowgroup-body], each cell's lightning-primitive-cell-factory rendering its
 * value in its own shadow root. `moreRows` is where the page script fetches the next rows of a list that holds
 * more than it loaded, once its last row is scrolled into view (Lightning's infinite loading).
 */
export function lightningDatatable(
  state: OrgState,
  type: SObjectType,
  columns: SObjectField[],
  rows: Row[],
  nameField = type.options.nameField,
  moreRows?: string,
): SafeHtml {
  const headerCell = (field: SObjectField, index: number) =>
    html`<th scope="col" aria-label="${field.label}" class="slds-is-sortable" data-col-key-value="${columnKey(field, index, nameField)}">${lwc(
      'lightning-primitive-header-factory',
      html`class="slds-is-sortable"`,
      html`<div class="slds-cell-fixed"><a class="slds-th__action slds-text-link_reset" role="button" tabindex="-1"><span class="slds-truncate" title="${field.label}">${field.label}</span></a></div>`,
    )}</th>`;
  return lwc(
    'lightning-datatable',
    moreRows ? html`data-more-rows="${moreRows}"` : '',
    html`<div class="dt-outer-container"><div class="slds-table_header-fixed_container slds-scrollable_x"><div class="slds-scrollable_y">
<table role="grid" class="slds-table slds-table_header-fixed slds-table_bordered slds-table_fixed-layout slds-table_resizable-cols" aria-label="${type.labelPlural}">
  <thead><tr class="slds-line-height_reset" data-row-key-value="HEADER">${columns.map(headerCell)}</tr></thead>
  <tbody data-rowgroup-body>${datatableRows(state, type, columns, rows, 1, nameField)}</tbody>
</table></div></div></div>`,
  );
}

/** The datatable's body rows, numbered from `firstNumber` (the rows a list loads later continue its numbers). */
export function datatableRows(
  state: OrgState,
  type: SObjectType,
  columns: SObjectField[],
  rows: Row[],
  firstNumber: number,
  nameField = type.options.nameField,
): SafeHtml {
  const cell = (row: Row, field: SObjectField, index: number) => {
    const value = row[field.name] ?? null;
    // A lookup as the first column (a Products list's Product) links the row, showing the record it names.
    const shown = field.type === 'reference' ? referencedName(state, value) : String(value ?? '');
    const content =
      field.name === nameField
        ? lwc(
            'lightning-formatted-url',
            '',
            html`<a href="/lightning/r/${type.name}/${row.Id}/view" title="${shown}" data-recordid="${row.Id}" tabindex="-1">${shown}</a>`,
          )
        : TEXT_TYPES.has(field.type) && !field.compoundOf
          ? lwc('lightning-base-formatted-text', '', String(value ?? ''))
          : fieldOutput(state, field, value);
    const factory = lwc(
      'lightning-primitive-cell-factory',
      '',
      html`<span class="slds-grid slds-grid_align-spread"><div class="slds-truncate">${content}</div></span>`,
    );
    const attributes = html`data-label="${field.label}" data-col-key-value="${columnKey(field, index, nameField)}" data-cell-type="${field.name === nameField ? 'url' : TEXT_TYPES.has(field.type) ? 'text' : field.type}"`;
    return field.name === nameField
      ? html`<th scope="row" ${attributes}>${factory}</th>`
      : html`<td role="gridcell" ${attributes}>${factory}</td>`;
  };
  return html`${rows.map((row, index) => {
    const number = firstNumber + index;
    return html`<tr class="slds-hint-parent" data-row-key-value="${row.Id}" data-row-number="${number}" aria-rowindex="${number + 1}">${columns.map((field, column) => cell(row, field, column))}</tr>`;
  })}`;
}

const columnKey = (field: SObjectField, index: number, nameField: string | undefined) =>
  `${field.name}-${field.name === nameField ? 'url' : 'text'}-${index}`;

function referencedName(state: OrgState, value: FieldValue): string {
  const id = String(value ?? '');
  return state.recordName(id) ?? id;
}

import { html, type SafeHtml } from './safe-html';

export interface SelectedProductLine {
  entryId: string;
  name: string;
  salesPrice: string;
}

/**
 * The body of "Edit Selected Products" as salesforce-pageobjects force/multiEdit declares it inside its
 * .modal-container: a list view (.forceListViewManager >> .listViewContainer >> … .forceInlineEditGrid >>
 * table.uiVirtualDataTable) with one row per chosen product, its name in the row's th (aura/virtualDataTable's
 * special cell), and an inline-edit grid's cells: each editable cell's first child is the button that opens its
 * input (multiEditUtils setSmartInputValue clicks the cell's component, then types into the cell's input and
 * presses Enter); a public Selenium suite on a real org clicks the button reading "Edit Quantity" and types into
 * input[data-aura-class='uiInputSmartNumber']. Save errors show in .forceStatusIconSummary (multiEdit errorText:
 * a .genericSummary and a ul of messages). The inputs are posted as the emulator's own fields.
 */
export function editSelectedProducts(lines: SelectedProductLine[]): SafeHtml {
  const cell = (column: string, field: string, line: SelectedProductLine, value: string, row: number) =>
    html`<td data-label="${column}"><button type="button" class="slds-button slds-button_reset slds-cell-edit__button forceActionButton" title="Edit ${column}" data-action="edit-cell"><span class="cellValue">${value}</span><span class="slds-assistive-text">Edit ${column}: Item ${row}</span></button><span class="cellInput" hidden><input class="input uiInputSmartNumber slds-input" data-aura-class="uiInputSmartNumber" type="text" inputmode="decimal" name="${field}.${line.entryId}" value="${value}" aria-label="${column}" data-action-input></span></td>`;
  const rows = lines.map(
    (line, index) =>
      html`<tr data-row-key-value="${line.entryId}"><th scope="row" data-label="Product"><span class="slds-truncate" title="${line.name}">${line.name}</span></th>${cell('Quantity', 'quantity', line, '', index + 1)}${cell('Sales Price', 'price', line, line.salesPrice, index + 1)}</tr>`,
  );
  const grid = html`<table class="uiVirtualDataTable slds-table slds-table_bordered slds-table_edit" role="grid"><thead><tr><th scope="col" title="Product">Product</th><th scope="col" title="Quantity">Quantity</th><th scope="col" title="Sales Price">Sales Price</th></tr></thead><tbody>${rows}</tbody></table>`;
  return html`<div class="forceListViewManager"><div class="listViewContainer"><div class="forceListViewManagerPrimaryDisplayManager"><div class="forceListViewManagerGrid"><div class="listViewContent"><div class="forceInlineEditGrid">${grid}</div></div></div></div></div></div>
<div class="forceStatusIconSummary slds-p-top_small" role="alert" hidden><p class="genericSummary">We hit a snag.</p><ul></ul></div>`;
}

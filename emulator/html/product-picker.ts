import { html, type SafeHtml } from './safe-html';

export interface PickerProduct {
  entryId: string;
  name: string;
  code: string;
  listPrice: string;
  family: string;
}

/**
 * The body of "Add Products" as salesforce-pageobjects force/multiAdd declares it inside its .modal-container:
 * the header's price book (.description.forceMultiAddMultiEditHeader), the search (.forceMultiAddSearch >> .uiInput
 * >> .uiInputTextForAutocomplete) and the products in a list view (.forceListViewManager >> .listViewContainer >>
 * … .forceInlineEditGrid >> table.uiVirtualDataTable), one row per price book entry: a .forceVirtualCheckbox
 * (span.slds-checkbox--faux) and the product's name in the row's th (ui:virtualDataTable's special cell; that
 * the name is that cell is unconfirmed). A chosen row gets .selected (virtualDataTable selectedRowByIndex).
 * The search answers after `searchDelayMs`, as a server's would (emulator/browser/product-picker.ts); one that
 * finds nothing says so (markup and wording unconfirmed: pages/locators.ts products.pickerNoResults).
 */
export function productPicker(priceBook: string, products: PickerProduct[], searchDelayMs: number): SafeHtml {
  const rows = products.map(
    (product, index) => html`<tr data-row-key-value="${product.entryId}">
<td class="slds-cell-shrink"><div class="forceVirtualCheckbox"><label class="slds-checkbox"><input type="checkbox" name="entries" value="${product.entryId}" data-action-input><span class="slds-checkbox--faux slds-checkbox_faux"></span><span class="slds-assistive-text">Select item ${index + 1}</span></label></div></td>
<th scope="row" data-label="Product Name"><span class="slds-truncate" title="${product.name}">${product.name}</span></th><td data-label="Product Code">${product.code}</td><td data-label="List Price">${product.listPrice}</td><td data-label="Product Family">${product.family}</td></tr>`,
  );
  const grid = html`<table class="uiVirtualDataTable slds-table slds-table_bordered" role="grid"><thead><tr><th scope="col" title="Select"><span class="slds-assistive-text">Select</span></th><th scope="col" title="Product Name">Product Name</th><th scope="col" title="Product Code">Product Code</th><th scope="col" title="List Price">List Price</th><th scope="col" title="Product Family">Product Family</th></tr></thead><tbody>${rows}</tbody></table>`;
  return html`<p class="description forceMultiAddMultiEditHeader slds-p-bottom_small">Price Book: ${priceBook}</p>
<div class="forceMultiAddSearch slds-p-bottom_small" data-search-delay="${searchDelayMs}"><label class="uiLabel slds-assistive-text" for="multiAddSearch">Search Products</label>
  <div class="uiInput uiInput--lookup forceSearchInputLookupDesktop"><input id="multiAddSearch" class="uiInput uiInputText uiInputTextForAutocomplete slds-input" type="search" placeholder="Search Products..." autocomplete="off"></div>
  <div class="uiPillContainer"></div>
</div>
<div class="forceListViewManager"><div class="listViewContainer"><div class="forceListViewManagerPrimaryDisplayManager"><div class="forceListViewManagerGrid"><div class="listViewContent"><div class="forceInlineEditGrid">${grid}</div><p class="slds-text-body_regular slds-p-around_medium pickerNoResults" hidden>No items to display.</p></div></div></div></div></div>`;
}

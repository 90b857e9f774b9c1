import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/** records-form-footer's buttons: lightning-button.cancel-button / .save-button >> button (records/formFooter). */
export function footerButtons(where: 'modal' | 'inline'): SafeHtml {
  return html`${lwc('lightning-button', html`class="cancel-button"`, html`<button type="button" class="slds-button slds-button_neutral" name="CancelEdit" data-action="cancel-${where}">Cancel</button>`)}${lwc('lightning-button', html`class="save-button"`, html`<button type="button" class="slds-button slds-button_brand" name="SaveEdit" data-action="save-${where}">Save</button>`)}`;
}

/**
 * The save-error popover: records-record-edit-error-header (its close button in its shadow) and
 * records-record-edit-error >> .pageLevelErrors .errorsList li (records/recordEditError*). The page script
 * fills the list. "We hit a snag." is unconfirmed (docs/salesforce-facts.md).
 */
export function errorHeader(): SafeHtml {
  return html`<div class="slds-popover slds-popover_error" role="dialog" aria-live="polite">${lwc(
    'records-record-edit-error-header',
    html`class="slds-popover__header"`,
    html`<h2 class="slds-text-heading_medium">We hit a snag.</h2>${lwc('lightning-button-icon', html`class="slds-popover__close"`, html`<button type="button" class="slds-button slds-button_icon" title="Close error dialog" data-action="close-errors"><span class="slds-assistive-text">Close error dialog</span>&#x2715;</button>`)}`,
  )}${lwc(
    'records-record-edit-error',
    html`class="slds-popover__body"`,
    html`<div class="pageLevelErrors"><div class="forceFormPageError"><p class="genericError">Review the errors on this page.</p><ul class="errorsList"></ul></div></div>`,
  )}</div>`;
}

import type { RecordTypeInfo } from '../model/record-types';
import type { SObjectType } from '../model/sobject-type';
import { html, type SafeHtml } from './safe-html';

/**
 * The first step of New when the profile has more than one record type: "New {Object}" with a radio per
 * record type (label and description), the default chosen, and Next. Salesforce renders this as
 * force:changeRecordTypeOptions; rows, columns and radios follow salesforce-pageobjects force/changeRecordType
 * (.changeRecordTypeRow .changeRecordTypeRightColumn: .changeRecordTypeOptionLeftColumn input.uiInputRadio, the
 * label in .changeRecordTypeOptionRightColumn; the footer's buttons, force/changeRecordTypeFooter); the rest is SLDS.
 * The page script goes on to the form in place (browser/pages-in-place.ts); without it this is a plain GET form
 * whose Next loads the New page with ?recordTypeId=.
 */
export function recordTypeChoice(
  type: SObjectType,
  recordTypes: RecordTypeInfo[],
  defaultId: string | undefined,
): SafeHtml {
  return html`<div class="modal-container slds-modal__container-wrapper" data-record-type-choice>
<section role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="record-type-title" class="slds-modal slds-fade-in-open" data-object="${type.name}">
  <div class="slds-modal__container">
    <div class="slds-modal__header"><h2 id="record-type-title" class="slds-modal__title slds-hyphenate">New ${type.label}</h2></div>
    <form method="get" action="/lightning/o/${type.name}/new" class="changeRecordTypeForm">
    <div class="slds-modal__content slds-p-around_medium forceChangeRecordType">
      <fieldset class="slds-form-element">
        <legend class="slds-form-element__legend slds-form-element__label">Select a record type</legend>
        <div class="slds-form-element__control">
          ${recordTypes.map(
            (recordType) => html`<div class="changeRecordTypeRow slds-grid">
            <div class="changeRecordTypeRightColumn slds-form-element__control"><label class="slds-radio" for="rt-${recordType.id}">
              <span class="changeRecordTypeOptionLeftColumn"><input type="radio" class="uiInput uiInputRadio" name="recordTypeId" id="rt-${recordType.id}" value="${recordType.id}"${recordType.id === defaultId ? html` checked` : ''}><span class="slds-radio_faux slds-radio--faux"></span></span>
              <span class="changeRecordTypeOptionRightColumn"><span class="slds-form-element__label">${recordType.definition.label}</span>
              <span class="changeRecordTypeItemDescription slds-text-body_small">${recordType.definition.description ?? ''}</span></span>
            </label></div>
          </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <div class="slds-modal__footer forceChangeRecordTypeFooter">
      <button type="button" class="slds-button slds-button_neutral" data-action="cancel-modal">Cancel</button>
      <button type="submit" class="slds-button slds-button_brand">Next</button>
    </div>
    </form>
  </div>
</section>
<div class="slds-backdrop slds-backdrop_open"></div>
</div>`;
}

import type { OrgState, OrgUser } from '../model/org-state';
import { layoutSections, type RecordMode } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { formField } from './field-input';
import { html, type SafeHtml } from './safe-html';

/**
 * The Edit / New record modal (salesforce-ui.md §4): section.slds-modal > div.slds-modal__container, the
 * page layout's sections as form rows, the error popover (records-record-edit-error-header) and the footer
 * buttons SaveEdit / CancelEdit. The page script (record-ui-script.ts) posts it to /aura.
 */
export function recordModal(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  mode: Exclude<RecordMode, 'view'>,
  row: Row,
  recordType?: string,
): SafeHtml {
  const name = String(row[type.options.nameField ?? 'Name'] ?? '');
  const title = mode === 'create' ? `New ${type.label}` : `Edit ${name}`;
  const sections = layoutSections(state, user, type, mode, recordType)
    .map((section) => ({ ...section, items: section.items.filter((item) => item.field.name !== 'Id') }))
    .filter((section) => section.items.length > 0);
  return html`<div class="modal-container slds-modal__container-wrapper" data-record-modal>
<section role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="record-modal-title" class="slds-modal slds-fade-in-open slds-modal_medium" data-object="${type.name}" data-record-id="${mode === 'edit' ? row.Id : ''}" data-mode="${mode}">
  <div class="slds-modal__container">
    <button type="button" class="slds-button slds-button_icon slds-modal__close" title="Cancel and close" data-action="cancel-modal"><span class="slds-assistive-text">Cancel and close</span>&#x2715;</button>
    <div class="slds-modal__header"><h2 id="record-modal-title" class="slds-modal__title slds-hyphenate inlineTitle">${title}</h2></div>
    <div class="slds-modal__content slds-p-around_medium actionBody">
      <div class="record-edit-errors" hidden>${errorHeader()}</div>
      <div class="slds-text-align_right required-legend"><abbr class="slds-required" title="required">*</abbr> = Required Information</div>
      <form class="slds-form record-form" novalidate>
        ${sections.map(
          (
            section,
          ) => html`<div class="slds-section slds-is-open"><h3 class="slds-section__title slds-theme_shade"><span class="slds-truncate" title="${section.label}">${section.label}</span></h3>
          <div class="slds-section__content slds-grid slds-wrap${section.columns === 2 ? ' slds-form_two-column' : ''}">
            ${section.items.map(
              (item) =>
                html`<div class="slds-col slds-size_1-of-${section.columns}">${formField(state, user, type.name, item, row, 'modal-')}</div>`,
            )}
          </div></div>`,
        )}
        ${mode === 'create' && row.RecordTypeId ? html`<input type="hidden" name="RecordTypeId" value="${String(row.RecordTypeId)}" data-field-input="text">` : ''}
        ${hasAssignmentRule(state, type) ? assignmentCheckbox() : ''}
      </form>
    </div>
    <div class="slds-modal__footer inlineFooter">
      <button type="button" class="slds-button slds-button_neutral" name="CancelEdit" data-action="cancel-modal">Cancel</button>
      <button type="button" class="slds-button slds-button_brand" name="SaveEdit" data-action="save-modal">Save</button>
    </div>
  </div>
</section>
<div class="slds-backdrop slds-backdrop_open"></div>
</div>`;
}

function hasAssignmentRule(state: OrgState, type: SObjectType): boolean {
  return state.definition.assignmentRules.some((rule) => rule.active && rule.object === type.name);
}

/**
 * Lead and case edit pages offer the assignment rule when the layout shows the checkbox (Layout Properties,
 * "Show on edit page"); its label is Salesforce's, the markup around it the emulator's (unconfirmed).
 */
function assignmentCheckbox(): SafeHtml {
  return html`<div class="slds-form-element slds-p-top_small forceRecordEditAssignmentRules"><div class="slds-form-element__control"><span class="slds-checkbox">
  <input type="checkbox" id="modal-assignment-rule" data-assignment-rule>
  <label class="slds-checkbox__label" for="modal-assignment-rule"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label">Assign using active assignment rule</span></label>
</span></div></div>`;
}

/** The save-error popover; the page script fills the list. "We hit a snag." is unconfirmed (salesforce-ui.md §4). */
export function errorHeader(): SafeHtml {
  return html`<div class="slds-popover slds-popover_error" role="dialog" aria-live="polite">
  <records-record-edit-error-header class="slds-popover__header"><h2 class="slds-text-heading_medium">We hit a snag.</h2></records-record-edit-error-header>
  <div class="slds-popover__body pageLevelErrors"><div class="forceFormPageError"><p class="genericError">Review the errors on this page.</p><ul class="errorsList"></ul></div></div>
</div>`;
}

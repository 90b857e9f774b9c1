import type { OrgState, OrgUser } from '../model/org-state';
import { layoutSections, type RecordMode } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { lwc } from './lwc';
import { errorHeader, footerButtons } from './record-form-parts';
import { type LayoutSection, recordLayout } from './record-layout';
import { html, type SafeHtml } from './safe-html';

/**
 * The Edit / New record modal: section.slds-modal[role=dialog] around Salesforce's record action wrapper
 * (global/recordActionWrapper: .oneRecordActionWrapper > .actionBody, records-form-footer), whose body is
 * records-modal-lwc-detail-panel-wrapper >> records-lwc-detail-panel >> records-base-record-form >> the page
 * layout in edit mode (records/*), and the save-error popover. The page script (record-ui-script.ts) posts it.
 */
export function recordModal(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  mode: Exclude<RecordMode, 'view'>,
  row: Row,
  recordType?: string,
  // Under the "lightning" latency profile each section is a part of its own, arriving separately.
  deferredSection?: (index: number) => SafeHtml,
): SafeHtml {
  const name = String(row[type.options.nameField ?? 'Name'] ?? '');
  const title = mode === 'create' ? `New ${type.label}` : `Edit ${name}`;
  const sections = modalSections(state, user, type, mode, recordType);
  const form = lwc(
    'records-modal-lwc-detail-panel-wrapper',
    '',
    html`<records-record-layout-event-broker>${lwc(
      'records-lwc-detail-panel',
      '',
      lwc(
        'records-base-record-form',
        '',
        html`<div class="record-layout-container">${recordLayout(state, user, type, row, sections, mode, deferredSection && ((_section, index) => deferredSection(index)))}</div>`,
      ),
    )}</records-record-layout-event-broker>`,
  );
  return html`<div class="uiModal forceModal open active" data-record-modal>
<section role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="record-modal-title" class="slds-modal slds-fade-in-open slds-modal_medium" data-object="${type.name}" data-record-id="${mode === 'edit' ? row.Id : ''}" data-mode="${mode}">
  <div class="modal-container slds-modal__container">
    <button type="button" class="slds-button slds-button_icon slds-modal__close" title="Cancel and close" data-action="cancel-modal"><span class="slds-assistive-text">Cancel and close</span>&#x2715;</button>
    <div class="modal-header slds-modal__header"><h2 id="record-modal-title" class="slds-modal__title slds-hyphenate inlineTitle">${title}</h2></div>
    <div class="modal-body slds-modal__content slds-p-around_medium">
      <div class="oneRecordActionWrapper isModal active">
        <div class="actionBody">
          <div class="record-edit-errors" hidden>${errorHeader()}</div>
          <div class="slds-text-align_right required-legend"><abbr class="slds-required" title="required">*</abbr> = Required Information</div>
          ${form}
          ${mode === 'create' && row.RecordTypeId ? html`<input type="hidden" name="RecordTypeId" value="${String(row.RecordTypeId)}" data-field-input="text">` : ''}
          ${hasAssignmentRule(state, type) ? assignmentCheckbox() : ''}
        </div>
        ${lwc('records-form-footer', html`class="slds-modal__footer inlineFooter"`, html`<div class="slds-docked-form-footer">${footerButtons('modal')}</div>`)}
      </div>
    </div>
  </div>
</section>
<div class="slds-backdrop slds-backdrop_open"></div>
</div>`;
}

/** The form's sections: the layout's in edit or create mode, without the record id. */
export function modalSections(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  mode: Exclude<RecordMode, 'view'>,
  recordType?: string,
): LayoutSection[] {
  return layoutSections(state, user, type, mode, recordType)
    .map((section) => ({ ...section, items: section.items.filter((item) => item.field.name !== 'Id') }))
    .filter((section) => section.items.length > 0);
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

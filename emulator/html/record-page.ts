import { objectAccess } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import {
  compactFields,
  layoutSections,
  type ResolvedItem,
  recordActions,
  recordTypeOf,
} from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { formField } from './field-input';
import { fieldOutput } from './field-output';
import { opportunityPath } from './opportunity-path';
import { relatedListsPanel } from './related-lists';
import { html, type SafeHtml, shadow } from './safe-html';

/**
 * A Lightning record page (UTAM's component chain): highlights from the compact layout, the actions ribbon,
 * Details (the viewer's page layout, filtered by field-level security) and Related tabs.
 * Layout items are open shadow hosts; editable ones carry their inline-edit input in a <template>.
 */
export function recordPageBody(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const recordType = recordTypeOf(state, row);
  const title = String(row[type.options.nameField ?? 'Id'] ?? row.Id);
  const actions = recordActions(state, user, type, recordType).map(
    (name) =>
      html`<li class="slds-button-group-item"><button class="slds-button slds-button_neutral" name="${name}" type="button" data-action="${name.toLowerCase()}-record">${name}</button></li>`,
  );
  const highlights = compactFields(state, user, type, recordType).map(
    (field) =>
      html`<records-highlights-details-item class="slds-page-header__detail-block">${shadow(html`<p class="slds-text-title slds-truncate" title="${field.label}">${field.label}</p><p class="fieldComponent slds-text-body--regular">${fieldOutput(state, field, row[field.name] ?? null)}</p>`)}</records-highlights-details-item>`,
  );
  const sections = layoutSections(state, user, type, 'view', recordType).map((section) =>
    layoutSection(state, user, type, row, section.label, section.columns, section.items),
  );
  return html`<one-record-home-flexipage2 data-record-id="${row.Id}" data-object="${type.name}" data-record-name="${title}">${shadow(html`
<record_flexipage-record-page-decorator>${shadow(html`
<div class="record-page-decorator">
  <div class="slds-page-header slds-page-header_record-home">
    <records-highlights2>${shadow(html`
      <div class="slds-grid primaryFieldRow">
        <div class="slds-media__figure"><span class="slds-icon_container slds-icon-standard-${type.name.toLowerCase()} record-icon"></span></div>
        <div class="slds-media__body">
          <div class="entityNameTitle slds-line-height_reset">${type.label}</div>
          <h1 class="slds-page-header__title slds-m-right_small"><lightning-formatted-text slot="primaryField">${title}</lightning-formatted-text></h1>
        </div>
        <div class="actionsContainer"><ul class="slds-button-group-row">${actions}</ul></div>
      </div>
      <div class="slds-page-header__detail-row secondaryFields" slot="secondaryFields">${highlights}</div>`)}
    </records-highlights2>
  </div>
  ${opportunityPath(state, user, type, row)}
  <div class="slds-tabs_default record-tabs">
    <ul class="slds-tabs_default__nav" role="tablist">
      <li class="slds-tabs_default__item slds-is-active" role="presentation"><a class="slds-tabs_default__link" data-label="Details" data-tab="details" role="tab" aria-selected="true" href="#details">Details</a></li>
      <li class="slds-tabs_default__item" role="presentation"><a class="slds-tabs_default__link" title="Related" data-label="Related" data-tab="related" role="tab" aria-selected="false" href="#related">Related</a></li>
    </ul>
    <div class="slds-tabs_default__content slds-show" role="tabpanel" data-tab-panel="details">
      <records-lwc-record-layout>${shadow(html`<div class="record-layout">${sections}</div>`)}</records-lwc-record-layout>
    </div>
    <div class="slds-tabs_default__content slds-hide" role="tabpanel" data-tab-panel="related" hidden>
      ${relatedListsPanel(state, user, type, row, recordType)}
    </div>
  </div>
</div>`)}</record_flexipage-record-page-decorator>`)}</one-record-home-flexipage2>`;
}

function layoutSection(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  label: string,
  columns: number,
  items: ResolvedItem[],
): SafeHtml {
  const rows: ResolvedItem[][] = [];
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
  const reveals = items.map((item) => `sfdc:RecordField.${type.name}.${item.field.name}`).join(',');
  return html`<records-record-layout-section data-target-reveals="${reveals}">${shadow(html`
<div class="slds-section has-header slds-is-open">
  <h3 class="slds-section__title test-id__section-header-container">
    <button class="slds-button section-header-button slds-section__title-action" aria-expanded="true" type="button"><span class="slds-truncate" title="${label}">${label}</span></button>
  </h3>
  <div class="slds-section__content section__content test-id__section-content">
    ${rows.map(
      (cells) =>
        html`<records-record-layout-row>${shadow(html`<div class="slds-form__row slds-grid">${cells.map((item) => html`<div class="slds-form__item-cell slds-size_1-of-${columns}">${layoutItem(state, user, type, row, item)}</div>`)}</div>`)}</records-record-layout-row>`,
    )}
  </div>
</div>`)}</records-record-layout-section>`;
}

function layoutItem(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  item: ResolvedItem,
): SafeHtml {
  const { field } = item;
  const editable = item.editable && objectAccess(user, type).edit;
  const label = field.label;
  return html`<records-record-layout-item class="slds-form__item" field-label="${label}" data-target-selection-name="sfdc:RecordField.${type.name}.${field.name}">${shadow(html`
<div class="slds-form-element slds-form-element_readonly slds-form-element_horizontal slds-hint-parent test-id__output-root" data-inline-field="${field.name}">
  <div class="test-id__field-label-container slds-form-element__label"><span class="test-id__field-label">${label}</span></div>
  <div class="slds-form-element__control">
    <span class="test-id__field-value slds-form-element__static slds-grow${editable ? '' : ' is-read-only'}">${fieldOutput(state, field, row[field.name] ?? null)}</span>
    ${editable ? html`<button class="slds-button test-id__inline-edit-trigger slds-button_icon-bare" title="Edit ${label}" type="button" data-action="inline-edit"><span class="slds-assistive-text">Edit ${label}</span>&#x270E;</button>` : ''}
  </div>
  ${editable ? html`<template class="inline-edit-input">${formField(state, user, type.name, item, row, 'inline-')}<div class="inline-edit-errors" hidden></div><div class="slds-docked-form-footer inline-edit-footer"><button type="button" class="slds-button slds-button_neutral" name="CancelEdit" data-action="inline-cancel">Cancel</button><button type="button" class="slds-button slds-button_brand" name="SaveEdit" data-action="inline-save">Save</button></div></template>` : ''}
</div>`)}</records-record-layout-item>`;
}

import { objectAccess } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import type { RecordMode, ResolvedItem } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { formFieldInput } from './field-input';
import { fieldOutput } from './field-output';
import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/**
 * A page layout as Lightning renders it (salesforce-pageobjects records/*):
 * records-lwc-record-layout >> .forcegenerated-record-layout2 >> records-record-layout-block >
 * records-record-layout-section > records-record-layout-row > records-record-layout-item, with the value
 * slotted into the item ([slot="outputField"], or the input component in edit mode) and the inline-edit
 * button inside the item's shadow root. The generated component's tag encodes object, record type, layout
 * mode and view, as seen on real orgs (docs/salesforce-facts.md).
 */
export interface LayoutSection {
  label: string;
  columns: number;
  items: ResolvedItem[];
}

export function recordLayout(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  sections: LayoutSection[],
  mode: RecordMode,
  // Under the "lightning" latency profile each section is a part of its own, arriving separately.
  sectionMarkup: (section: LayoutSection, index: number) => SafeHtml = (section) =>
    layoutSection(state, user, type, row, section, mode),
): SafeHtml {
  const view = mode === 'view' ? 'view' : 'edit';
  const recordTypeId = String(row.RecordTypeId ?? '012000000000000AAA');
  const generated = `forcegenerated-detailpanel_${type.name.toLowerCase()}___${recordTypeId}___full___${view}___recordlayout2`;
  return lwc(
    'records-lwc-record-layout',
    '',
    lwc(
      generated,
      html`class="forcegenerated-record-layout2"`,
      lwc(
        'records-record-layout-block',
        '',
        (slot) => html`<div class="slds-form" role="list">${slot()}</div>`,
        { '': sections.map(sectionMarkup) },
      ),
    ),
  );
}

export function layoutSection(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  section: LayoutSection,
  mode: RecordMode,
): SafeHtml {
  const { label, columns, items } = section;
  const rows: ResolvedItem[][] = [];
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
  const reveals = items.map((item) => `sfdc:RecordField.${type.name}.${item.field.name}`).join(',');
  return lwc(
    'records-record-layout-section',
    html`data-target-reveals="${reveals}"`,
    (slot) => html`<div class="slds-section has-header slds-is-open">
  <h3 class="slds-section__title test-id__section-header-container">
    <button class="slds-button section-header-button slds-section__title-action" aria-expanded="true" type="button" data-action="toggle-section"><span class="slds-truncate test-id__section-header-title" title="${label}">${label}</span></button>
  </h3>
  <div class="slds-section__content section__content test-id__section-content">${slot()}</div>
</div>`,
    {
      '': rows.map((cells) =>
        lwc(
          'records-record-layout-row',
          '',
          (slot) => html`<div class="slds-form__row slds-grid">${slot()}</div>`,
          { '': cells.map((item) => layoutItem(state, user, type, row, item, columns, mode)) },
        ),
      ),
    },
  );
}

function layoutItem(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  item: ResolvedItem,
  columns: number,
  mode: RecordMode,
): SafeHtml {
  const { field } = item;
  const label = field.label;
  const attributes = html`class="slds-form__item slds-size_1-of-${columns}" field-label="${label}" data-target-selection-name="sfdc:RecordField.${type.name}.${field.name}"`;
  if (mode !== 'view') {
    const input = formFieldInput(state, user, type.name, item, row);
    return lwc(
      'records-record-layout-item',
      attributes,
      // A field the user may not edit keeps its label and value, without an input.
      (slot) =>
        html`<div class="slds-form-element slds-form-element_stacked slds-hint-parent" data-field="${field.name}">${input.slot === 'outputField' ? html`<span class="slds-form-element__label">${label}</span><div class="slds-form-element__static" data-read-only-field="${field.name}">${slot(input.slot)}</div>` : slot(input.slot)}</div>`,
      { [input.slot]: input.markup },
    );
  }
  const editable = item.editable && objectAccess(user, type).edit;
  return lwc(
    'records-record-layout-item',
    attributes,
    (
      slot,
    ) => html`<div class="slds-form-element slds-form-element_readonly slds-form-element_horizontal slds-hint-parent test-id__output-root" data-inline-field="${field.name}">
  <div class="slds-form-element__label test-id__field-label-container"><span class="test-id__field-label">${label}</span></div>
  <div class="slds-form-element__control">
    <span class="test-id__field-value slds-form-element__static slds-grow${editable ? '' : ' is-read-only'}">${slot('outputField')}</span>
    ${editable ? html`<button class="slds-button slds-button_icon inline-edit-trigger test-id__inline-edit-trigger" title="Edit ${label}" type="button" data-action="inline-edit"><span class="slds-assistive-text">Edit ${label}</span>&#x270E;</button>` : ''}
  </div>
</div>`,
    { outputField: fieldOutput(state, field, row[field.name] ?? null) },
  );
}

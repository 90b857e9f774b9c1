import { fieldAccess, objectAccess, readableFields } from '../model/access';
import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import type { LayoutDefinition } from '../org/schema';
import { fieldOutput } from './field-output';
import { html, type SafeHtml, shadow } from './safe-html';

/**
 * A Lightning record page (UTAM's component chain), showing exactly the fields that the viewer's page
 * layout contains and field-level security lets them read. Layout items are open shadow hosts.
 */
interface LayoutItem {
  field: SObjectField;
  readOnlyOnLayout: boolean;
}

export function recordPageBody(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const access = objectAccess(user, type);
  const title = String(row[type.options.nameField ?? 'Id'] ?? row.Id);
  const actions = [
    access.edit
      ? html`<li><button class="slds-button slds-button_neutral" name="Edit" type="button">Edit</button></li>`
      : '',
    access.delete
      ? html`<li><button class="slds-button slds-button_neutral" name="Delete" type="button">Delete</button></li>`
      : '',
  ];
  const sections = sectionsFor(state, user, type).map((section) =>
    layoutSection(state, user, type, row, section.label, section.columns, section.items),
  );
  return html`<one-record-home-flexipage2 data-record-id="${row.Id}">${shadow(html`
<record_flexipage-record-page-decorator>${shadow(html`
<div class="record-page-decorator">
  <div class="slds-page-header slds-page-header_record-home">
    <records-highlights2>${shadow(html`
      <div class="slds-grid primaryFieldRow">
        <div class="slds-media__body">
          <div class="entityNameTitle slds-line-height_reset">${type.label}</div>
          <h1 class="slds-page-header__title slds-m-right_small"><lightning-formatted-text slot="primaryField">${title}</lightning-formatted-text></h1>
        </div>
        <div class="actionsContainer"><ul class="slds-button-group-row">${actions}</ul></div>
      </div>`)}
    </records-highlights2>
  </div>
  <div class="slds-tabs_default">
    <ul class="slds-tabs_default__nav" role="tablist">
      <li class="slds-tabs_default__item slds-is-active" role="presentation"><a class="slds-tabs_default__link" data-label="Details" role="tab" aria-selected="true" href="#details">Details</a></li>
      <li class="slds-tabs_default__item" role="presentation"><a class="slds-tabs_default__link" title="Related" data-label="Related" role="tab" aria-selected="false" href="#related">Related</a></li>
    </ul>
    <div class="slds-tabs_default__content" role="tabpanel">
      <records-lwc-record-layout>${shadow(html`<div class="record-layout">${sections}</div>`)}</records-lwc-record-layout>
    </div>
  </div>
</div>`)}</record_flexipage-record-page-decorator>`)}</one-record-home-flexipage2>`;
}

function sectionsFor(state: OrgState, user: OrgUser, type: SObjectType) {
  const layout: LayoutDefinition | undefined =
    state.layoutFor(user, type.name) ??
    [...state.layouts.values()].find((candidate) => candidate.object === type.name);
  const readable = (field: SObjectField | undefined): field is SObjectField =>
    field !== undefined && fieldAccess(user, type, field) !== 'none';
  if (!layout) {
    return [
      {
        label: 'Information',
        columns: 2,
        items: readableFields(user, type).map((field) => ({ field, readOnlyOnLayout: false })),
      },
    ];
  }
  return layout.sections
    .map((section) => ({
      label: section.label,
      columns: section.columns,
      items: section.fields
        .map((entry) => (typeof entry === 'string' ? { field: entry, behavior: 'edit' } : entry))
        .map((entry) => ({ field: type.field(entry.field), readOnlyOnLayout: entry.behavior === 'readonly' }))
        .filter((item): item is LayoutItem => readable(item.field)),
    }))
    .filter((section) => section.items.length > 0);
}

function layoutSection(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  label: string,
  columns: number,
  items: LayoutItem[],
): SafeHtml {
  const rows: LayoutItem[][] = [];
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
        html`<records-record-layout-row>${shadow(html`<div class="slds-form__row">${cells.map((item) => layoutItem(state, user, type, row, item))}</div>`)}</records-record-layout-row>`,
    )}
  </div>
</div>`)}</records-record-layout-section>`;
}

function layoutItem(state: OrgState, user: OrgUser, type: SObjectType, row: Row, item: LayoutItem): SafeHtml {
  const { field } = item;
  const editable =
    objectAccess(user, type).edit &&
    fieldAccess(user, type, field) === 'edit' &&
    field.updateable &&
    !item.readOnlyOnLayout;
  const label = field.label;
  return html`<records-record-layout-item class="slds-form__item" field-label="${label}" data-target-selection-name="sfdc:RecordField.${type.name}.${field.name}">${shadow(html`
<div class="slds-form-element slds-form-element_readonly slds-form-element_horizontal slds-hint-parent test-id__output-root">
  <div class="test-id__field-label-container slds-form-element__label"><span class="test-id__field-label">${label}</span></div>
  <div class="slds-form-element__control">
    <span class="test-id__field-value slds-form-element__static slds-grow${editable ? '' : ' is-read-only'}">${fieldOutput(state, field, row[field.name] ?? null)}</span>
    ${editable ? html`<button class="slds-button test-id__inline-edit-trigger slds-button_icon-bare" title="Edit ${label}" type="button"><span class="slds-assistive-text">Edit ${label}</span></button>` : ''}
  </div>
</div>`)}</records-record-layout-item>`;
}

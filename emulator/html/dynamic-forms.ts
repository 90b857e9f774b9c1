import { objectAccess } from '../model/access';
import { fieldVisibilityRule, sectionVisibilityRule, shownFor } from '../model/field-visibility';
import type { LightningPage } from '../model/lightning-pages';
import type { OrgState, OrgUser } from '../model/org-state';
import { dynamicFormsSections, type ResolvedItem } from '../model/record-layouts';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { fieldOutput } from './field-output';
import { lwc } from './lwc';
import type { LayoutSection } from './record-layout';
import { html, type SafeHtml } from './safe-html';

/**
 * A Lightning record page built with Dynamic Forms (org definition `recordUi.dynamicForms`): instead of the
 * Record Detail component, one Field Section component per section of the object's first page layout, as
 * Lightning App Builder's "Upgrade Now" migrates them. Markup from salesforce-pageobjects (docs/salesforce-facts.md,
 * Dynamic Forms record pages): flexipage-component2 > flexipage-field-section2, its columns slotted in
 * ([slot='columns']) as flexipage-column2 > flexipage-field > record_flexipage-record-field, whose template
 * holds the label, the read-only mark and the inline edit button, and whose value is slotted in
 * (slot="outputField"). The sections are the same for every viewer (the Lightning page places the fields, not
 * the viewer's layout), less the fields their field-level security hides; a field or section with a visibility
 * rule (`recordUi.fieldVisibility`, `recordUi.sectionVisibility`) shows only while the record meets it.
 */
export function usesDynamicForms(state: OrgState, type: SObjectType): boolean {
  return state.definition.recordUi.dynamicForms.includes(type.name);
}

/**
 * The field sections, each in its flexipage-component2 (`slot`: the template region holding them, if any);
 * `tab` keeps those placed on that tab (`fieldSectionTabs`; Details: those placed on no other tab), none keeps all.
 */
export function dynamicFormSections(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  page: LightningPage,
  slot: string | undefined,
  sectionMarkup: (section: LayoutSection, index: number) => SafeHtml = (section) =>
    fieldSection(state, user, type, row, section),
  tab?: string,
): SafeHtml {
  const sections = dynamicFormsSections(state, user, type, page);
  return html`${sections.map((section, index) =>
    (tab !== undefined && sectionTab(state, type, section.label) !== tab) ||
    !shownFor(state, user, type.name, row, sectionVisibilityRule(state, type.name, section.label))
      ? ''
      : html`<flexipage-component2 ${slot ? html`slot="${slot}" ` : ''}data-component-id="flexipage_fieldSection${index + 1}">${sectionMarkup(section, index)}</flexipage-component2>`,
  )}`;
}

/** The tab a field section is placed on: Details unless `recordUi.fieldSectionTabs` places it on another. */
export function sectionTab(state: OrgState, type: SObjectType, sectionLabel: string): string {
  const placed = state.definition.recordUi.fieldSectionTabs.find(
    (entry) => entry.object === type.name && entry.section === sectionLabel,
  );
  return usesDynamicForms(state, type) && placed ? placed.tab : 'Details';
}

/** The tabs a Dynamic Forms page adds after Details to hold field sections, in the order first named. */
export function fieldSectionTabs(state: OrgState, type: SObjectType): string[] {
  if (!usesDynamicForms(state, type)) return [];
  const tabs = state.definition.recordUi.fieldSectionTabs
    .filter((entry) => entry.object === type.name)
    .map((entry) => entry.tab);
  return [...new Set(tabs)].filter((tab) => tab !== 'Details' && tab !== 'Related');
}

export function fieldSection(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  section: LayoutSection,
): SafeHtml {
  const { label, columns } = section;
  const items = section.items.filter((item) =>
    shownFor(state, user, type.name, row, fieldVisibilityRule(state, type.name, item.field.name)),
  );
  // Read across, as the layout's rows: column c holds items c, c + columns, …
  const byColumn = Array.from({ length: columns }, (_, c) => items.filter((_item, i) => i % columns === c));
  return lwc(
    'flexipage-field-section2',
    '',
    (slot) => html`<div class="slds-section slds-is-open">
  <h3 class="slds-section__title test-id__section-header-container"><button class="slds-button slds-section__title-action" aria-expanded="true" type="button" data-action="toggle-section"><span class="slds-truncate test-id__section-header-title" title="${label}">${label}</span></button></h3>
  <div class="slds-section__content">${slot('columns')}</div>
</div>`,
    {
      columns: html`<div slot="columns" class="slds-grid slds-wrap">${byColumn.map((column) =>
        lwc(
          'flexipage-column2',
          html`class="slds-col slds-size_1-of-${columns}"`,
          (slot) => html`<div class="column">${slot()}</div>`,
          { '': column.map((item) => dynamicField(state, user, type, row, item)) },
        ),
      )}</div>`,
    },
  );
}

function dynamicField(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  item: ResolvedItem,
): SafeHtml {
  const { field } = item;
  const editable = item.editable && objectAccess(user, type).edit;
  const recordField = lwc(
    'record_flexipage-record-field',
    '',
    (
      slot,
    ) => html`<div class="slds-form-element slds-form-element_readonly slds-form-element_horizontal slds-hint-parent" data-target-selection-name="sfdc:RecordField.${type.name}.${field.name}">
  <div class="slds-form-element__label test-id__field-label-container"><span class="test-id__field-label">${field.label}</span></div>
  <div class="slds-form-element__control">
    <span class="test-id__field-value slds-form-element__static slds-grow${editable ? '' : ' is-read-only'}">${slot('outputField')}</span>
    ${editable ? html`<button class="slds-button slds-button_icon inline-edit-trigger test-id__inline-edit-trigger" title="Edit ${field.label}" type="button"><span class="slds-assistive-text">Edit ${field.label}</span>&#x270E;</button>` : ''}
  </div>
</div>`,
    { outputField: fieldOutput(state, field, row[field.name] ?? null) },
  );
  return lwc('flexipage-field', html`data-field-id="${fieldIdentifier(field.name)}"`, (slot) => slot(), {
    '': recordField,
  });
}

/**
 * The field item's identifier on the Lightning page, which the field renders as data-field-id: "Record", the API
 * name with "__c" as "_c", "Field" (FlexiPage metadata written by Lightning App Builder; public suites read
 * RecordNameField, RecordClient_Id_formula_cField2 on real pages).
 */
export function fieldIdentifier(apiName: string): string {
  return `Record${apiName.replace(/__c$/, '_c')}Field`;
}

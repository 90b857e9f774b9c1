import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { ResolvedItem } from '../model/record-layouts';
import { picklistSubset } from '../model/record-types';
import { visibleRecords } from '../model/record-visibility';
import type { FieldValue, Row } from '../model/store';
import { fieldOutput } from './field-output';
import { html, type SafeHtml } from './safe-html';

/**
 * One field of an edit form (modal or inline edit), in the markup of salesforce-ui.md §4: a wrapper with
 * data-target-selection-name, a real <label> (getByLabel works), input[name], lightning-combobox for
 * picklists and lightning-lookup for lookups. Inputs carry data-field-input for the page script.
 */
export function formField(
  state: OrgState,
  user: OrgUser,
  objectName: string,
  item: ResolvedItem,
  row: Row,
  idPrefix: string,
): SafeHtml {
  const { field } = item;
  const required = item.behavior === 'required' || (field.required && !field.compoundOf);
  const control = item.editable
    ? field.compoundOf
      ? compoundInputs(field, row, idPrefix)
      : fieldControl(
          state,
          user,
          field,
          row[field.name] ?? null,
          idPrefix,
          required,
          picklistOptions(state, objectName, row, field),
        )
    : html`<div class="slds-form-element__static">${fieldOutput(state, field, row[field.name] ?? null)}</div>`;
  const labelled = item.editable && !field.compoundOf && !isPicklist(field);
  return html`<div class="slds-form__item" data-target-selection-name="sfdc:RecordField.${objectName}.${field.name}">
  <div class="slds-form-element slds-form-element_stacked${item.editable ? '' : ' slds-form-element_readonly'}" data-field="${field.name}">
    ${labelled ? html`<label class="slds-form-element__label" for="${idPrefix}${field.name}">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${field.label}</label>` : isPicklist(field) && item.editable ? '' : html`<span class="slds-form-element__label">${field.label}</span>`}
    <div class="slds-form-element__control">${control}</div>
    <div class="slds-form-element__help" data-error-for="${field.name}" hidden></div>
  </div>
</div>`;
}

/** A picklist offers its record type's values when the record has a record type that narrows them. */
function picklistOptions(state: OrgState, objectName: string, row: Row, field: SObjectField): string[] {
  const type = state.object(objectName);
  const subset = type && field.type === 'picklist' ? picklistSubset(state, type, row, field.name) : undefined;
  return subset ?? field.picklistValues ?? [];
}

function isPicklist(field: SObjectField): boolean {
  return field.type === 'picklist';
}

function fieldControl(
  state: OrgState,
  user: OrgUser,
  field: SObjectField,
  value: FieldValue,
  idPrefix: string,
  required: boolean,
  options: string[],
): SafeHtml {
  const id = `${idPrefix}${field.name}`;
  const text = value === null || value === undefined ? '' : String(value);
  const req = required ? html` required aria-required="true"` : html``;
  switch (field.type) {
    case 'picklist':
      return combobox(field, options, text, id, required);
    case 'reference':
      return lookup(state, user, field, text, id, req);
    case 'boolean':
      return html`<input type="checkbox" class="slds-checkbox" id="${id}" name="${field.name}" data-field-input="checkbox" ${value === true ? 'checked' : ''}>`;
    case 'textarea':
      return html`<textarea class="slds-textarea" id="${id}" name="${field.name}" data-field-input="text"${req}>${text}</textarea>`;
    case 'date':
      return html`<input type="date" class="slds-input" id="${id}" name="${field.name}" value="${text}" data-field-input="text"${req}>`;
    default:
      return html`<input type="text" class="slds-input" id="${id}" name="${field.name}" value="${text}" data-field-input="text"${req}${field.length ? html` maxlength="${field.length}"` : ''}>`;
  }
}

function compoundInputs(field: SObjectField, row: Row, idPrefix: string): SafeHtml {
  return html`<fieldset class="slds-form-element slds-form-element_compound"><legend class="slds-assistive-text">${field.label}</legend>
  ${(field.compoundOf ?? []).map((part) => {
    const value = row[part];
    const label = part.replace(/([a-z])([A-Z])/g, '$1 $2');
    const required = part === 'LastName';
    return html`<div class="slds-form-element"><label class="slds-form-element__label" for="${idPrefix}${part}">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${label}</label>
    <input type="text" class="slds-input" id="${idPrefix}${part}" name="${part}" value="${value === null || value === undefined ? '' : String(value)}" data-field-input="text"${required ? html` required aria-required="true"` : ''}>
    <div class="slds-form-element__help" data-error-for="${part}" hidden></div></div>`;
  })}
</fieldset>`;
}

/** lightning-combobox: a button with role combobox; options are lightning-base-combobox-item chosen by text. */
function combobox(
  field: SObjectField,
  values: string[],
  value: string,
  id: string,
  required: boolean,
): SafeHtml {
  const options = ['', ...values];
  return html`<lightning-combobox class="slds-form-element" data-field-name="${field.name}">
  <label class="slds-form-element__label" id="${id}-label">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${field.label}</label>
  <div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click">
    <button type="button" role="combobox" class="slds-combobox__input slds-input_faux" id="${id}" name="${field.name}" aria-labelledby="${id}-label" aria-expanded="false" aria-haspopup="listbox" data-field-input="combobox" data-value="${value}"${required ? html` aria-required="true"` : ''}><span class="slds-truncate">${value || '--None--'}</span></button>
    <div class="slds-dropdown slds-dropdown_fluid slds-dropdown_left" role="listbox" aria-label="${field.label}" hidden>
      ${options.map(
        (option) =>
          html`<lightning-base-combobox-item role="option" class="slds-listbox__option slds-media" data-value="${option}" aria-checked="${option === value ? 'true' : 'false'}"><span class="slds-media__body"><span class="slds-truncate" title="${option || '--None--'}">${option || '--None--'}</span></span></lightning-base-combobox-item>`,
      )}
    </div>
  </div></div>
</lightning-combobox>`;
}

/** lightning-lookup: a search input; the page script filters the candidate records as the user types. */
function lookup(
  state: OrgState,
  user: OrgUser,
  field: SObjectField,
  id: string,
  inputId: string,
  req: SafeHtml,
): SafeHtml {
  const target = state.object(field.referenceTo?.[0] ?? '');
  const nameField = target?.options.nameField ?? 'Name';
  const candidates = target
    ? visibleRecords(state, user, target)
        .filter((row) => row.IsDeleted !== true)
        .slice(0, 50)
    : [];
  const current = candidates.find((row) => row.Id === id);
  const label = current ? String(current[nameField] ?? id) : '';
  return html`<lightning-lookup class="slds-form-element" data-field-name="${field.name}">
  <div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger">
    <input type="search" role="combobox" autocomplete="off" class="slds-input slds-combobox__input" id="${inputId}" name="${field.name}" placeholder="Search ${target?.labelPlural ?? ''}..." value="${label}" data-field-input="lookup" data-value="${id}" aria-expanded="false"${req}>
    <div class="slds-dropdown slds-dropdown_fluid" role="listbox" hidden>
      ${candidates.map(
        (row) =>
          html`<lightning-base-combobox-item role="option" class="slds-listbox__option" data-value="${row.Id}"><span class="slds-truncate" title="${String(row[nameField] ?? row.Id)}">${String(row[nameField] ?? row.Id)}</span></lightning-base-combobox-item>`,
      )}
    </div>
  </div></div>
</lightning-lookup>`;
}

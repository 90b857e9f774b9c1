import { chosenValues, type SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { ResolvedItem } from '../model/record-layouts';
import { picklistSubset } from '../model/record-types';
import { visibleRecords } from '../model/record-visibility';
import type { FieldValue, Row } from '../model/store';
import { shownDate, shownDateAndTime } from './date-picker-formats';
import { fieldOutput } from './field-output';
import { lwc } from './lwc';
import { richTextMarkup } from './rich-text';
import { html, type SafeHtml } from './safe-html';
import { viewerLanguageTag, viewerTimeZone } from './viewer-locale';

/**
 * What a layout item holds in edit mode (salesforce-pageobjects records/recordLayoutItem): the input
 * component slotted into the item — records-record-layout-base-input >> lightning-input >>
 * lightning-primitive-input-simple >> input; records-record-layout-checkbox; records-record-layout-text-area
 * >> lightning-textarea; records-record-picklist >> … >> lightning-combobox >> lightning-base-combobox;
 * records-record-layout-lookup >> lightning-lookup >> lightning-lookup-desktop >> lightning-grouped-combobox;
 * records-record-layout-input-name >> lightning-input-name. A field the user may not edit keeps its output.
 * Inputs carry name="{Field}" and data-field-input for the page script.
 */
export function formFieldInput(
  state: OrgState,
  user: OrgUser,
  objectName: string,
  item: ResolvedItem,
  row: Row,
): { slot: string; markup: SafeHtml } {
  const { field } = item;
  const value = row[field.name] ?? null;
  if (!item.editable) {
    return { slot: 'outputField', markup: fieldOutput(state, field, value) };
  }
  const required = item.behavior === 'required' || (field.required && !field.compoundOf);
  return { slot: 'inputField', markup: inputComponent(state, user, objectName, field, row, value, required) };
}

function inputComponent(
  state: OrgState,
  user: OrgUser,
  objectName: string,
  field: SObjectField,
  row: Row,
  value: FieldValue,
  required: boolean,
): SafeHtml {
  const text = value === null || value === undefined ? '' : String(value);
  if (field.compoundOf) return nameInput(field, row);
  switch (field.type) {
    case 'picklist':
    case 'multipicklist': {
      // lightning-picklist holds a combobox, or a dual listbox for a multi-select picklist.
      const values = picklistOptions(state, objectName, row, field);
      const control =
        field.type === 'picklist'
          ? combobox(field, values, text, required)
          : dualListbox(field, values, text, required);
      return lwc(
        'records-record-picklist',
        html`slot="inputField"`,
        lwc('records-form-picklist', '', lwc('lightning-picklist', '', control)),
      );
    }
    case 'reference':
      return lwc(
        'records-record-layout-lookup',
        html`slot="inputField"`,
        lookup(state, user, field, text, required),
      );
    case 'boolean':
      return lwc(
        'records-record-layout-checkbox',
        html`slot="inputField"`,
        lightningInput(field.name, field.label, 'checkbox', '', required, value === true),
      );
    case 'textarea':
      if (field.htmlFormatted) return richTextInput(field, text, required);
      return lwc(
        'records-record-layout-text-area',
        html`slot="inputField"`,
        lwc(
          'lightning-textarea',
          html`class="slds-form-element"`,
          html`${label(field.name, field.label, required)}<div class="slds-form-element__control"><textarea class="slds-textarea" id="input-${field.name}" name="${field.name}" data-field-input="text"${required ? html` required aria-required="true"` : ''}>${text}</textarea></div>${help(field.name)}`,
        ),
      );
    case 'date':
    case 'datetime':
      return lwc(
        'records-record-layout-input-date-time',
        html`slot="inputField"`,
        lwc(
          'lightning-input',
          html`class="slds-form-element"`,
          field.type === 'date'
            ? datepicker(field.name, field.label, text && shownDate(text, viewerLanguageTag()), required)
            : datetimepicker(field.name, field.label, text, required),
        ),
      );
    default:
      return lwc(
        'records-record-layout-base-input',
        html`slot="inputField"`,
        lightningInput(field.name, field.label, 'text', text, required, false, field.length),
      );
  }
}

/** lightning-input >> lightning-primitive-input-simple (or -checkbox) >> label, input, .slds-form-element__help */
function lightningInput(
  name: string,
  text: string,
  kind: 'text' | 'checkbox',
  value: string,
  required: boolean,
  checked = false,
  maxLength?: number,
  dataField?: string,
): SafeHtml {
  const id = `input-${name}`;
  const req = required ? html` required aria-required="true"` : '';
  const primitive =
    kind === 'checkbox'
      ? lwc(
          'lightning-primitive-input-checkbox',
          '',
          html`<div class="slds-form-element__control"><span class="slds-checkbox"><input type="checkbox" id="${id}" name="${name}" data-field-input="checkbox"${checked ? ' checked' : ''}><label class="slds-checkbox__label" for="${id}"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${text}</span></label></span></div>${help(name)}`,
        )
      : lwc(
          'lightning-primitive-input-simple',
          '',
          html`${label(name, text, required)}<div class="slds-form-element__control slds-grow"><input type="text" class="slds-input" id="${id}" name="${name}" value="${value}" data-field-input="text"${req}${maxLength ? html` maxlength="${maxLength}"` : ''}></div>${help(name)}`,
        );
  return lwc(
    'lightning-input',
    html`class="slds-form-element"${dataField ? html` data-field="${dataField}"` : ''}`,
    primitive,
  );
}

/**
 * lightning-datepicker >> label, input, .slds-form-element__help (salesforce-pageobjects lightning/datepicker:
 * dateInput). The typed text goes to the server as typed, which reads it as the date picker does.
 */
function datepicker(
  name: string,
  text: string,
  shown: string,
  required: boolean,
  part?: { id: string; kind: string },
): SafeHtml {
  const id = part?.id ?? `input-${name}`;
  return lwc(
    'lightning-datepicker',
    '',
    html`<label class="slds-form-element__label" for="${id}">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${text}</label><div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_right"><input type="text" class="slds-input" id="${id}" name="${name}" value="${shown}" data-field-input="${part?.kind ?? 'date'}"${required ? html` required aria-required="true"` : ''}></div>${part ? '' : help(name)}`,
  );
}

/**
 * lightning-datetimepicker >> legend, lightning-datepicker, lightning-timepicker >> lightning-base-combobox >> input
 * (salesforce-pageobjects lightning/datetimepicker, lightning/timepicker timeCombobox): the date and the time of the
 * viewer's time zone, typed apart.
 */
function datetimepicker(name: string, text: string, value: string, required: boolean): SafeHtml {
  const shown = value
    ? shownDateAndTime(value, viewerLanguageTag(), viewerTimeZone())
    : { date: '', time: '' };
  const timeId = `input-${name}-time`;
  const time = lwc(
    'lightning-timepicker',
    '',
    html`<label class="slds-form-element__label" for="${timeId}">Time</label>${lwc(
      'lightning-base-combobox',
      '',
      html`<div class="slds-combobox_container"><input type="text" role="combobox" class="slds-input slds-combobox__input" id="${timeId}" name="${name}" value="${shown.time}" data-field-input="time-part"${required ? html` required aria-required="true"` : ''}></div>`,
    )}`,
  );
  return lwc(
    'lightning-datetimepicker',
    '',
    html`<fieldset class="slds-form-element"><legend class="slds-form-element__label">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${text}</legend><div class="slds-form-element__control">${datepicker(name, 'Date', shown.date, false, { id: `input-${name}-date`, kind: 'date-part' })}${time}</div>${help(name)}</fieldset>`,
  );
}

function label(name: string, text: string, required: boolean): SafeHtml {
  return html`<label class="slds-form-element__label" for="input-${name}">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${text}</label>`;
}

function help(name: string): SafeHtml {
  return html`<div class="slds-form-element__help" data-error-for="${name}" hidden></div>`;
}

/**
 * records-record-layout-rich-text >> lightning-quill >> lightning-input-rich-text >> .ql-editor, the editable area
 * (salesforce-pageobjects records/recordLayoutRichText, lightning/quill, lightning/inputRichText "textarea").
 */
function richTextInput(field: SObjectField, value: string, required: boolean): SafeHtml {
  const editor = html`<div class="slds-form-element__label" id="label-${field.name}">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${field.label}</div><div class="slds-rich-text-editor slds-grid slds-grid_vertical"><div class="slds-rich-text-editor__toolbar"></div><div class="slds-rich-text-editor__textarea"><div class="ql-container"><div class="ql-editor slds-rich-text-area__content" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="label-${field.name}">${richTextMarkup(value)}</div></div></div></div>${help(field.name)}`;
  return lwc(
    'records-record-layout-rich-text',
    html`slot="inputField"`,
    lwc(
      'lightning-quill',
      '',
      lwc(
        'lightning-input-rich-text',
        html`class="slds-form-element" data-field-name="${field.name}" data-field-input="richtext"`,
        editor,
      ),
    ),
  );
}

/** records-record-layout-input-name >> lightning-input-name >> lightning-input[data-field=firstName|lastName…] */
function nameInput(field: SObjectField, row: Row): SafeHtml {
  const parts = (field.compoundOf ?? []).map((part) => {
    const value = row[part];
    const label = part.replace(/([a-z])([A-Z])/g, '$1 $2');
    const dataField = part.charAt(0).toLowerCase() + part.slice(1);
    const text = value === null || value === undefined ? '' : String(value);
    return lightningInput(part, label, 'text', text, part === 'LastName', false, undefined, dataField);
  });
  return lwc(
    'records-record-layout-input-name',
    html`slot="inputField"`,
    lwc(
      'lightning-input-name',
      '',
      html`<fieldset class="slds-form-element slds-form-element_compound"><legend class="slds-form-element__legend slds-form-element__label">${field.label}</legend>${parts}</fieldset>`,
    ),
  );
}

/** A picklist offers its record type's values when the record has a record type that narrows them. */
function picklistOptions(state: OrgState, objectName: string, row: Row, field: SObjectField): string[] {
  const type = state.object(objectName);
  const subset =
    type && field.type.endsWith('picklist') ? picklistSubset(state, type, row, field.name) : undefined;
  return subset ?? field.picklistValues ?? [];
}

/** lightning-combobox >> label, lightning-base-combobox >> button.slds-combobox__input, lightning-base-combobox-item */
function combobox(field: SObjectField, values: string[], value: string, required: boolean): SafeHtml {
  const id = `input-${field.name}`;
  const options = ['', ...values];
  return lwc(
    'lightning-combobox',
    html`class="slds-form-element" data-field-name="${field.name}"`,
    html`<label class="slds-form-element__label" id="${id}-label">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${field.label}</label>
<div class="slds-form-element__control">${lwc(
      'lightning-base-combobox',
      html`class="slds-combobox_container"`,
      html`<div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click">
    <button type="button" role="combobox" class="slds-combobox__input slds-input_faux" id="${id}" name="${field.name}" aria-label="${field.label}" aria-expanded="false" aria-haspopup="listbox" data-field-input="combobox" data-value="${value}"${required ? html` aria-required="true"` : ''}><span class="slds-truncate">${value || '--None--'}</span></button>
    <div class="slds-dropdown slds-dropdown_fluid slds-dropdown_left" role="listbox" aria-label="${field.label}" hidden>
      ${options.map((option) => comboboxItem(option, option || '--None--', option === value))}
    </div>
  </div>`,
    )}</div>${help(field.name)}`,
  );
}

function comboboxItem(value: string, text: string, checked: boolean): SafeHtml {
  return lwc(
    'lightning-base-combobox-item',
    html`role="option" class="slds-listbox__option slds-media" data-value="${value}" aria-checked="${checked ? 'true' : 'false'}"`,
    html`<span class="slds-media__body"><span class="slds-truncate" title="${text}">${text}</span></span>`,
  );
}

/**
 * lightning-dual-listbox, as its template renders it (salesforce/base-components-recipes dualListbox.html;
 * salesforce-pageobjects lightning/dualListbox): "Available" and "Chosen" lists of options carrying data-value,
 * an option selected by a click (aria-selected), then moved by the first or second button icon. Each list shows
 * the field's order; a value moved goes to the end of the other list.
 */
function dualListbox(field: SObjectField, values: string[], value: string, required: boolean): SafeHtml {
  const chosen = new Set(chosenValues(value));
  const option = (each: string) =>
    html`<li role="presentation" class="slds-listbox__item"><div class="slds-listbox__option slds-listbox__option_plain slds-media slds-media_small slds-media_inline" aria-selected="false" role="option" tabindex="-1" data-value="${each}" data-dual-option><span class="slds-media__body"><span class="slds-truncate" title="${each}">${each}</span></span></div></li>`;
  const list = (kind: 'source' | 'selected', label: string, shown: string[]) =>
    html`<div class="slds-dueling-list__column slds-dueling-list__column_responsive"><span class="slds-form-element__label" id="${kind}-list-label-${field.name}">${label}</span><div class="slds-dueling-list__options"><ul data-${kind}-list id="${kind}-list-${field.name}" aria-labelledby="${kind}-list-label-${field.name}" aria-multiselectable="true" class="slds-listbox slds-listbox_vertical" role="listbox">${shown.map(option)}</ul></div></div>`;
  const move = (to: 'Chosen' | 'Available', arrow: string) =>
    lwc(
      'lightning-button-icon',
      '',
      html`<button type="button" class="slds-button slds-button_icon slds-button_icon-container" title="Move selection to ${to}" data-action="move-to-${to === 'Chosen' ? 'selected' : 'source'}"><span aria-hidden="true">${arrow}</span><span class="slds-assistive-text">Move selection to ${to}</span></button>`,
    );
  const kept = [...chosen].filter((each) => !values.includes(each));
  return lwc(
    'lightning-dual-listbox',
    html`class="slds-form-element" data-field-name="${field.name}" data-field-input="multipicklist"`,
    html`<div role="group" aria-labelledby="group-label-${field.name}"><div id="group-label-${field.name}" class="slds-form-element__legend slds-form-element__label">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${field.label}</div><div class="slds-form-element__control"><div class="slds-dueling-list"><div class="slds-assistive-text" id="assertive-thing-${field.name}" aria-live="assertive"></div>${list(
      'source',
      'Available',
      values.filter((each) => !chosen.has(each)),
    )}<div class="slds-dueling-list__column">${move('Chosen', '▸')}${move('Available', '◂')}</div>${list(
      'selected',
      'Chosen',
      [...values.filter((each) => chosen.has(each)), ...kept],
    )}</div></div>${help(field.name)}</div>`,
  );
}

/** lightning-lookup >> lightning-lookup-desktop >> lightning-grouped-combobox >> lightning-base-combobox[data-lookup] */
function lookup(
  state: OrgState,
  user: OrgUser,
  field: SObjectField,
  id: string,
  required: boolean,
): SafeHtml {
  const target = state.object(field.referenceTo?.[0] ?? '');
  const nameField = target?.options.nameField ?? 'Name';
  const candidates = target
    ? visibleRecords(state, user, target)
        .filter((row) => row.IsDeleted !== true)
        .slice(0, 50)
    : [];
  const current = candidates.find((row) => row.Id === id);
  const shown = current ? String(current[nameField] ?? id) : '';
  const inputId = `input-${field.name}`;
  const base = lwc(
    'lightning-base-combobox',
    html`data-lookup class="slds-combobox_container"`,
    html`<div class="slds-combobox slds-dropdown-trigger">
    <input type="text" role="combobox" autocomplete="off" class="slds-input slds-combobox__input" id="${inputId}" name="${field.name}" placeholder="Search ${target?.labelPlural ?? ''}..." value="${shown}" data-field-input="lookup" data-value="${id}" aria-expanded="false"${required ? html` required aria-required="true"` : ''}>
    <div class="slds-dropdown slds-dropdown_fluid" role="listbox" hidden>
      ${candidates.map((row) => comboboxItem(row.Id, String(row[nameField] ?? row.Id), row.Id === id))}
    </div>
  </div>`,
  );
  return lwc(
    'lightning-lookup',
    html`class="slds-form-element" data-field-name="${field.name}"`,
    lwc(
      'lightning-lookup-desktop',
      '',
      lwc(
        'lightning-grouped-combobox',
        '',
        html`<label class="slds-form-element__label" data-main-label for="${inputId}">${required ? html`<abbr class="slds-required" title="required">*</abbr>` : ''}${field.label}</label><div class="slds-form-element__control">${base}</div><div data-help-message class="slds-form-element__help" data-error-for="${field.name}" hidden></div>`,
      ),
    ),
  );
}

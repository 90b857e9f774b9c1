/**
 * Hand-written Lightning markup, as salesforce-pageobjects declares it (native shadow roots, slotted values),
 * for unit tests of the steps without the emulator: a record page with its Edit modal and, optionally, a Path,
 * and a list view. The only script makes Edit open the dialog and Save close it, recording what was typed, and
 * Path's "Mark Stage as Complete" answer with a toast. Each shows what it saved `window.renderSavedAfterMs`
 * after answering (0 unless a test sets it), as Lightning may render the saved record after its answer.
 */
const shadow = (content: string) => `<template shadowrootmode="open">${content}</template>`;

export interface FixedField {
  apiName: string;
  label: string;
  value: string;
  /** Offers inline edit on the page and an input in the Edit modal. */
  editable: boolean;
}

function item(object: string, field: FixedField, mode: 'view' | 'edit'): string {
  const attributes = `field-label="${field.label}" data-target-selection-name="sfdc:RecordField.${object}.${field.apiName}"`;
  const output = `<lightning-formatted-text slot="outputField">${shadow(field.value)}</lightning-formatted-text>`;
  if (mode === 'edit' && field.editable) {
    const input = `<lightning-input>${shadow(`<lightning-primitive-input-simple>${shadow(`<label for="i-${field.apiName}">${field.label}</label><input id="i-${field.apiName}" name="${field.apiName}" value="${field.value}">`)}</lightning-primitive-input-simple>`)}</lightning-input>`;
    return `<records-record-layout-item ${attributes}>${shadow('<slot name="inputField"></slot>')}<records-record-layout-base-input slot="inputField">${shadow(input)}</records-record-layout-base-input></records-record-layout-item>`;
  }
  const edit =
    mode === 'view' && field.editable
      ? `<button class="inline-edit-trigger" title="Edit ${field.label}">✎</button>`
      : '';
  return `<records-record-layout-item ${attributes}>${shadow(`<span class="test-id__field-value"><slot name="outputField"></slot></span>${edit}`)}${output}</records-record-layout-item>`;
}

/** A Path whose stages are `stages`, the current one `current`. */
export interface FixedPath {
  stages: string[];
  current: string;
}

function pathHtml(path: FixedPath): string {
  const steps = path.stages.map((stage) => {
    const state = stage === path.current ? 'slds-is-current slds-is-active' : 'slds-is-incomplete';
    const link = `<a class="slds-path__link" role="option" title="${stage}"><span class="slds-path__title" data-label="${stage}">${stage}</span></a>`;
    return `<runtime_sales_pathassistant-path-step role="presentation">${shadow(`<li class="slds-path__item ${state}">${link}</li>`)}</runtime_sales_pathassistant-path-step>`;
  });
  return `<runtime_sales_pathassistant-path>${shadow(`<ul class="slds-path__nav" role="listbox">${steps.join('')}</ul><button onclick="completeStage()">Mark Stage as Complete</button>`)}</runtime_sales_pathassistant-path>`;
}

export function recordPageHtml(object: string, fields: FixedField[], path?: FixedPath): string {
  const layout = (mode: 'view' | 'edit') =>
    `<records-record-layout-section>${shadow('<div class="slds-section"><slot></slot></div>')}<records-record-layout-row>${shadow('<slot></slot>')}${fields.map((field) => item(object, field, mode)).join('')}</records-record-layout-row></records-record-layout-section>`;
  const edit = `<runtime_platform_actions-actions-ribbon>${shadow(`<runtime_platform_actions-action-renderer title="Edit">${shadow(`<lightning-button>${shadow('<button name="Edit" onclick="openEdit()">Edit</button>')}</lightning-button>`)}</runtime_platform_actions-action-renderer>`)}</runtime_platform_actions-actions-ribbon>`;
  const modal = `<section role="dialog" aria-label="Edit" class="slds-modal" hidden><records-modal-lwc-detail-panel-wrapper>${shadow(layout('edit'))}</records-modal-lwc-detail-panel-wrapper><records-form-footer>${shadow('<button name="CancelEdit" onclick="closeEdit()">Cancel</button><button name="SaveEdit" onclick="saveEdit()">Save</button>')}</records-form-footer></section>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><header id="oneHeader"></header>
<one-record-home-flexipage2>${shadow(`<records-lwc-highlights-panel>${shadow(edit)}</records-lwc-highlights-panel>${path ? pathHtml(path) : ''}${layout('view')}`)}</one-record-home-flexipage2>
${modal}
<script>
window.renderSavedAfterMs = 0;
const dialog = () => document.querySelector('section[role=dialog]');
const page = () => document.querySelector('one-record-home-flexipage2').shadowRoot;
const later = (render) => setTimeout(render, window.renderSavedAfterMs);
function toast(message) {
  document.body.insertAdjacentHTML('beforeend', '<div class="forceToastMessage" role="alert" data-key="success"><span class="toastMessage">' + message + '</span><button class="toastClose" onclick="this.parentElement.remove()">Close</button></div>');
}
function openEdit() { dialog().hidden = false; }
function closeEdit() { dialog().hidden = true; }
function saveEdit() {
  const inputs = [];
  const walk = (root) => root.querySelectorAll('*').forEach((el) => { if (el.localName === 'input') inputs.push(el); if (el.shadowRoot) walk(el.shadowRoot); });
  walk(dialog());
  const saved = Object.fromEntries(inputs.map((input) => [input.name, input.value]));
  window.saved = saved;
  dialog().remove();
  toast('${object} was saved.');
  later(() => {
    for (const [name, value] of Object.entries(saved))
      page().querySelector('[data-target-selection-name$=".' + name + '"] lightning-formatted-text').shadowRoot.textContent = value;
  });
}
function completeStage() {
  toast('Stage changed successfully.');
  later(() => {
    const steps = page().querySelector('runtime_sales_pathassistant-path').shadowRoot.querySelectorAll('runtime_sales_pathassistant-path-step');
    const items = [...steps].map((step) => step.shadowRoot.querySelector('li'));
    const at = items.findIndex((item) => item.classList.contains('slds-is-current'));
    items[at].className = 'slds-path__item slds-is-complete';
    items[at + 1].className = 'slds-path__item slds-is-current slds-is-active';
  });
}
</script></body></html>`;
}

/** `status`: the status line's count as the persona's UI language words it. */
export function listViewHtml(
  recordIds: string[],
  status = `${recordIds.length} items • Sorted by Name`,
): string {
  const rows = recordIds
    .map(
      (id) => `<tr data-row-key-value="${id}"><th><a href="/lightning/r/Lead/${id}/view">${id}</a></th></tr>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<lst-object-home>${shadow(`<force-list-view-manager-status-info>${shadow(`<span class="countSortedByFilteredBy">${status}</span>`)}</force-list-view-manager-status-info><lightning-datatable>${shadow(`<table><tbody>${rows}</tbody></table>`)}</lightning-datatable>`)}</lst-object-home>
</body></html>`;
}

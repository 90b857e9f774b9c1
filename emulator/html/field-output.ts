import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import type { FieldValue } from '../model/store';
import { html, type SafeHtml } from './safe-html';

/** The read-mode output component Lightning uses for each field type, with slot="outputField". */
export function fieldOutput(state: OrgState, field: SObjectField, value: FieldValue): SafeHtml {
  if (value === null || value === undefined || value === '') {
    if (field.type === 'boolean') return checkbox(false);
    return html`<lightning-formatted-text slot="outputField"></lightning-formatted-text>`;
  }
  switch (field.type) {
    case 'email':
      return html`<lightning-formatted-email slot="outputField"><a href="mailto:${String(value)}">${String(value)}</a></lightning-formatted-email>`;
    case 'phone':
      return html`<lightning-formatted-phone slot="outputField"><a href="tel:${String(value)}">${String(value)}</a></lightning-formatted-phone>`;
    case 'url':
      return html`<lightning-formatted-url slot="outputField"><a href="${safeUrl(String(value))}" target="_blank" rel="noopener">${String(value)}</a></lightning-formatted-url>`;
    case 'double':
    case 'int':
      return html`<lightning-formatted-number slot="outputField">${formatNumber(Number(value), field.scale ?? 0)}</lightning-formatted-number>`;
    case 'currency':
      return html`<lightning-formatted-number slot="outputField">${currencyFormat.format(Number(value))}</lightning-formatted-number>`;
    case 'percent':
      return html`<lightning-formatted-number slot="outputField">${formatNumber(Number(value), field.scale ?? 0)}%</lightning-formatted-number>`;
    case 'boolean':
      return checkbox(value === true);
    case 'date':
    case 'datetime':
      return html`<lightning-formatted-date-time slot="outputField">${formatDate(String(value), field.type)}</lightning-formatted-date-time>`;
    case 'reference':
      return lookup(state, field, String(value));
    default:
      if (field.compoundOf)
        return html`<lightning-formatted-name slot="outputField">${String(value)}</lightning-formatted-name>`;
      return html`<lightning-formatted-text slot="outputField">${String(value)}</lightning-formatted-text>`;
  }
}

function lookup(state: OrgState, field: SObjectField, id: string): SafeHtml {
  const target = state.objectByKeyPrefix(id.slice(0, 3));
  const row = target ? state.store.get(target.name, id) : undefined;
  const nameField = target?.options.nameField;
  const label = row && nameField ? String(row[nameField] ?? id) : id;
  const link = html`<a href="/lightning/r/${target?.name ?? 'User'}/${id}/view" data-navigation="enable" data-refid="recordId" data-recordid="${id}">${label}</a>`;
  if (field.name === 'OwnerId')
    return html`<force-owner-lookup slot="outputField">${link}</force-owner-lookup>`;
  return html`<force-lookup slot="outputField">${link}</force-lookup>`;
}

function checkbox(checked: boolean): SafeHtml {
  return html`<lightning-input slot="outputField" class="slds-form-element"><input type="checkbox" disabled ${checked ? 'checked' : ''}></lightning-input>`;
}

// Intl formatters are costly to build (toLocaleString builds one per call): one per scale, reused (bench/).
const numberFormats = new Map<number, Intl.NumberFormat>();
const currencyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  dateStyle: 'short',
  timeStyle: 'short',
});

function formatNumber(value: number, scale: number): string {
  let format = numberFormats.get(scale);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: scale });
    numberFormats.set(scale, format);
  }
  return format.format(value);
}

function formatDate(value: string, type: 'date' | 'datetime'): string {
  const date = new Date(type === 'date' ? `${value}T00:00:00Z` : value.replace('+0000', 'Z'));
  if (Number.isNaN(date.getTime())) return value;
  return type === 'date' ? dateFormat.format(date) : dateTimeFormat.format(date);
}

function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `http://${url.replace(/^[a-z]+:/i, '')}`;
}

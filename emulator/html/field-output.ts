import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import type { FieldValue } from '../model/store';
import { lwc } from './lwc';
import { richTextMarkup } from './rich-text';
import { type HtmlPart, html, type SafeHtml } from './safe-html';
import { viewerLanguageTag, viewerTimeZone } from './viewer-locale';

/**
 * The read-mode output component Lightning uses for each field type, slotted into the layout item with
 * slot="outputField" (salesforce-pageobjects records/recordLayoutItem: outputField). Base components keep
 * their rendered text in their own shadow root (lightning-formatted-*), so readers must walk the flat tree.
 */
export function fieldOutput(state: OrgState, field: SObjectField, value: FieldValue): SafeHtml {
  if (value === null || value === undefined || value === '') {
    if (field.type === 'boolean') return checkbox(false);
    return formatted('lightning-formatted-text', '');
  }
  switch (field.type) {
    case 'email':
      return formatted(
        'lightning-formatted-email',
        html`<a href="mailto:${String(value)}">${String(value)}</a>`,
      );
    case 'phone':
      return formatted(
        'lightning-formatted-phone',
        html`<a href="tel:${String(value)}">${String(value)}</a>`,
      );
    case 'url':
      return formatted(
        'lightning-formatted-url',
        html`<a href="${safeUrl(String(value))}" target="_blank" rel="noopener">${String(value)}</a>`,
      );
    case 'double':
    case 'int':
      return formatted('lightning-formatted-number', formatNumber(Number(value), field.scale ?? 0));
    case 'currency':
      return formatted('lightning-formatted-number', formatCurrency(Number(value)));
    case 'percent':
      return formatted('lightning-formatted-number', `${formatNumber(Number(value), field.scale ?? 0)}%`);
    case 'boolean':
      return checkbox(value === true);
    case 'date':
    case 'datetime':
      return formatted('lightning-formatted-date-time', formatDate(String(value), field.type));
    case 'reference':
      return lookup(state, field, String(value));
    case 'textarea':
      if (field.htmlFormatted)
        return formatted('lightning-formatted-rich-text', richTextMarkup(String(value)));
      return formatted('lightning-formatted-text', String(value));
    default:
      if (field.compoundOf) return formatted('lightning-formatted-name', String(value));
      return formatted('lightning-formatted-text', String(value));
  }
}

function formatted(tag: string, content: HtmlPart): SafeHtml {
  return lwc(tag, html`slot="outputField"`, content);
}

/** force-lookup >> div a (force/lookup); the owner inside force-owner-lookup >> force-lookup (force/ownerLookup). */
function lookup(state: OrgState, field: SObjectField, id: string): SafeHtml {
  const target = state.objectByKeyPrefix(id.slice(0, 3));
  const row = target ? state.store.get(target.name, id) : undefined;
  const nameField = target?.options.nameField;
  const label = row && nameField ? String(row[nameField] ?? id) : id;
  const link = html`<div class="slds-grid"><a href="/lightning/r/${target?.name ?? 'User'}/${id}/view" data-navigation="enable" data-refid="recordId" data-recordid="${id}"><span>${label}</span></a></div>`;
  if (field.name === 'OwnerId')
    return lwc('force-owner-lookup', html`slot="outputField"`, lwc('force-lookup', '', link));
  return lwc('force-lookup', html`slot="outputField"`, link);
}

/** A checkbox field reads as a disabled lightning-input checkbox. */
function checkbox(checked: boolean): SafeHtml {
  return lwc(
    'lightning-input',
    html`slot="outputField" class="slds-form-element"`,
    lwc(
      'lightning-primitive-input-checkbox',
      '',
      html`<span class="slds-checkbox slds-checkbox_standalone"><input type="checkbox" disabled${checked ? ' checked' : ''} aria-label="${checked ? 'True' : 'False'}"><span class="slds-checkbox_faux"></span></span>`,
    ),
  );
}

// Intl formatters are costly to build (toLocaleString builds one per call): one per locale and style, reused
// (bench/). Values are formatted for the viewer's locale (User.LocaleSidKey), as Lightning does; Intl's short
// formats stand in for Salesforce's per-locale patterns (unconfirmed where they differ, e.g. de_DE pads days).
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  build: (tag: string) => T,
): T {
  const tag = viewerLanguageTag();
  let format = formats.get(`${tag}|${key}`) as T | undefined;
  if (!format) {
    format = build(tag);
    formats.set(`${tag}|${key}`, format);
  }
  return format;
}

function formatNumber(value: number, scale: number): string {
  return formatter(
    `number:${scale}`,
    (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: scale }),
  ).format(value);
}

// The org's currency is USD in every emulated org (no multi-currency); its symbol and grouping follow the locale.
function formatCurrency(value: number): string {
  return formatter(
    'currency',
    (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' }),
  ).format(value);
}

/**
 * A date as the calendar day it is (no time zone); a date/time in the viewer's time zone, to the minute, in the
 * locale's short formats with a four-digit year ("12/30/2026, 7:00 AM"), as Salesforce's ICU formats show them.
 */
function formatDate(value: string, type: 'date' | 'datetime'): string {
  const date = new Date(type === 'date' ? `${value}T00:00:00Z` : value.replace('+0000', 'Z'));
  if (Number.isNaN(date.getTime())) return value;
  if (type === 'date')
    return formatter('date', (tag) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC' })).format(date);
  const timeZone = viewerTimeZone();
  return formatter(
    `datetime:${timeZone}`,
    (tag) =>
      new Intl.DateTimeFormat(tag, {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }),
  ).format(date);
}

function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `http://${url.replace(/^[a-z]+:/i, '')}`;
}

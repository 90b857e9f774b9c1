import type { DescribedField } from '../../fixtures';
import type { Viewer } from '../../fixtures/persona-viewer';
import { looksLikeRecordId } from '../../salesforce/record-ids';
import type { FieldValue } from '../model';
import { DATE_TIME_TO_WRITE, expectedInstant, sameMinute, shownAs, shownInstant } from './shown-date-time';

/**
 * Compares what a field shows with what a scenario expects, by the field's type: numbers, currency and
 * percent independent of grouping and symbols (1200 matches "1,200", "$1,200.00" and, for a German user,
 * "1.200,00 $"), dates as dates ("2026-12-30" matches "12/30/2026" for en_US and "30.12.2026" for de_DE),
 * date/times as instants to the minute in the persona's time zone, picklists by API value or label (a multi-select
 * picklist as the set of values chosen, "A;B"), checkboxes as true/false, the rest as whitespace-normalised text.
 * The displayed text is read in the persona's locale (User.LocaleSidKey) and time zone (User.TimeZoneSidKey).
 */
export type Shown = { text: string; checked?: boolean };

export function showsExpected(
  field: DescribedField,
  expected: FieldValue,
  shown: Shown,
  viewer: Viewer,
): boolean {
  const { locale } = viewer;
  const wanted = normalise(String(expected));
  switch (field.type) {
    case 'boolean':
      return shown.checked === (expected === true || wanted.toLowerCase() === 'true');
    case 'int':
    case 'double':
    case 'currency':
    case 'percent': {
      const seen = numberIn(shown.text, locale);
      const want = typeof expected === 'number' ? expected : numberIn(wanted, locale);
      return seen !== undefined && want !== undefined ? seen === want : shown.text === wanted;
    }
    case 'date': {
      const seen = isoDate(shown.text, locale);
      return seen !== undefined ? seen === isoDate(wanted, locale) : shown.text === wanted;
    }
    case 'datetime': {
      const seen = shownInstant(shown.text, viewer);
      const want = expectedInstant(wanted, viewer);
      return seen && want ? sameMinute(seen, want) : shown.text === wanted;
    }
    case 'picklist': {
      const entry = field.picklistValues?.find((value) => value.value === wanted || value.label === wanted);
      return shown.text === wanted || (entry !== undefined && shown.text === entry.label);
    }
    case 'multipicklist': {
      // The API joins the chosen values with ";"; a page lists their labels, in any order, however it separates them.
      const label = (text: string) =>
        field.picklistValues?.find((value) => value.value === text || value.label === text)?.label ?? text;
      const chosen = (text: string) =>
        [
          ...new Set(
            text
              .split(';')
              .map((part) => label(part.trim()))
              .filter(Boolean),
          ),
        ].sort();
      return JSON.stringify(chosen(shown.text)) === JSON.stringify(chosen(wanted));
    }
    default:
      return shown.text === wanted;
  }
}

/** Why an expected value can never be what `field` shows, saying what to write; undefined when it can be. */
export function expectedValueProblem(field: DescribedField, expected: FieldValue): string | undefined {
  if (field.type !== 'boolean' || typeof expected === 'boolean') return undefined;
  return /^(true|false)$/i.test(normalise(String(expected)))
    ? undefined
    : `${field.name} is a checkbox: ${JSON.stringify(expected)} is neither checked nor unchecked. Write true or false.`;
}

/**
 * Whether a cell whose field type is unknown (a report's, a dashboard component's) shows the value expected: the
 * same text, the same number read in the persona's locale ("250000" is "$250,000.00", and "250.000,00 €" for de_DE)
 * or the same date ("2027-01-31" is "1/31/2027"). Text with letters other than a currency code is no number.
 * A user's locale formats numbers, currency and dates wherever Salesforce shows them (Salesforce Help, "Language,
 * Locale, and Currency Settings", https://help.salesforce.com/s/articleView?id=xcloud.admin_language_locale_currency.htm);
 * that reports and dashboards follow it as record pages do is not confirmed (the emulator assumes it); the same
 * text always matches.
 */
export function sameShownValue(expected: string, seen: string, locale: string): boolean {
  const [want, text] = [normalise(expected), normalise(seen)];
  if (want === text) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(want)) return isoDate(text, locale) === want;
  const [a, b] = [plainNumber(want, locale), plainNumber(text, locale)];
  return a !== undefined && a === b;
}

function plainNumber(text: string, locale: string): number | undefined {
  return /[A-Za-z]/.test(text.replace(/\b[A-Z]{3}\b/, '')) ? undefined : numberIn(text, locale);
}

/**
 * What an expected value means where the persona is, for a failure: a date/time's instant in their time zone
 * (' (in the persona's time zone, America/Los_Angeles, 12/30/2026, 7:00 AM)') or what to write when it is no
 * date/time; for a lookup written as an Id, that a page shows the name instead; '' otherwise.
 */
export function expectedMeaning(field: DescribedField, expected: FieldValue, viewer: Viewer): string {
  if (field.type === 'reference' && looksLikeRecordId(normalise(String(expected)))) {
    return ' (an Id: a lookup shows the name of the record it points to, so write that name)';
  }
  if (field.type !== 'datetime') return '';
  const want = expectedInstant(normalise(String(expected)), viewer);
  if (!want) {
    return ` (not a date/time: write ${DATE_TIME_TO_WRITE})`;
  }
  return ` (in the persona's time zone, ${viewer.timeZone}, ${shownAs(want, viewer)})`;
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The locale's group and decimal separators, as Intl formats them. */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

/**
 * The number a text stands for: grouped as the persona's locale groups ("1.200,50" for de_DE, "12,34,567.00" for
 * en_IN), or, where a dot groups and that cannot be the reading, as the API writes numbers ("12.5", "1200.50": a
 * group has three digits).
 */
function numberIn(text: string, locale: string): number | undefined {
  const { group, decimal } = separators(locale);
  const api = text.replace(/[^\d.,'’+-]/g, '');
  if (group === '.' && /^[-+]?\d+\.\d+$/.test(api) && !/\.\d{3}$/.test(api)) return Number(api);
  const cleaned = text
    .split(group)
    .join('')
    .replace(/\s/g, '')
    .split(decimal)
    .join('.')
    .replace(/[^0-9.-]/g, '');
  if (cleaned === '' || cleaned === '-' || cleaned === '.') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** "2026-12-30", or a short date in the locale's order ("12/30/2026", "30.12.2026"), as "2026-12-30". */
function isoDate(text: string, locale: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const numbers = text.match(/\d+/g);
  if (numbers?.length !== 3) return undefined;
  const order = new Intl.DateTimeFormat(locale.replace('_', '-'), { timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 11, 30)))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
  const value = Object.fromEntries(order.map((type, index) => [type, numbers[index]]));
  if (!value.year || !value.month || !value.day) return undefined;
  return `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
}

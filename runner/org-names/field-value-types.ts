import { DateTime } from 'luxon';
import { looksLikeRecordId } from '../../salesforce/record-ids';
import type { FieldValue } from '../model';
import { DATE_TIME_TO_WRITE, DATE_TO_WRITE, isCalendarDay } from '../steps/shown-date-time';
import { parsePlaceholder, placeholdersIn } from '../template';
import { numericDateProblem } from './numeric-dates';
import type { DescribedField } from './org-catalog';

const NUMBER_TYPES = ['double', 'currency', 'percent', 'int', 'long'];
// Salesforce's names for the API's number types, as Setup shows them.
const NUMBER_TYPE_LABELS: Readonly<Record<string, string>> = { currency: 'Currency', percent: 'Percent' };
/** The field types whose values are checked; text, picklists and the like take any text. */
export const TYPED_FIELDS = ['date', 'datetime', 'boolean', 'reference', ...NUMBER_TYPES];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const API_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
// What a persona types into a number input: digits with the locale's separators, a sign, a percent sign.
const TYPED_NUMBER = /^[-+]?[\d\s.,'’]*\d[\d\s.,'’]*%?$/;
// What no locale shows for a number: text without a digit, or a word longer than a currency's code or symbol
// ("USD", "kr", "zł", "R$", "руб."), such as "80 points".
const NOT_SHOWN_NUMBER = /^\D*$|\p{L}{4,}/u;

// What each kind of placeholder renders to, so that text around it is checked as the org will get it.
const SAMPLE = { date: '2026-12-31', id: '005000000000001AAA' };

/**
 * Where a value of a field is written: test data (`data`, sent to the API), a form a persona types it into
 * (`form`), or what a page must show the persona (`shown`, an expectation's `values`).
 */
export type ValueUse = 'data' | 'form' | 'shown';

/**
 * Why `value` cannot be `field`'s as written, with what to write instead; undefined when it can. Test data goes
 * to the API, which wants YYYY-MM-DD dates, numbers, true/false and record Ids. A value a persona enters in a form
 * or is expected to be shown is checked as far as the persona's locale (`locale`, when known) leaves no doubt:
 * checkboxes, a YYYY-MM-DD date that is a day of the calendar, a date of digits that the locale reads, a date/time
 * in ISO 8601 or with a time of day (as the persona is shown it, which only the run can read in the persona's
 * locale); numbers typed into a form (a page may show a currency sign, but no number written short, "25k"); a
 * lookup is entered and shown by its record's name, not an Id.
 */
export function fieldValueProblem(
  object: string,
  field: DescribedField,
  value: FieldValue,
  use: ValueUse,
  locale?: string,
): string | undefined {
  if (value === null || !TYPED_FIELDS.includes(field.type)) return undefined;
  const rendered = typeof value === 'string' ? renderedForCheck(value, field.type) : value;
  if (rendered === undefined) return undefined; // a copy of another record's value: its type is the org's
  if (typeof rendered === 'string' && rendered.trim() === '') return undefined; // blank, as null
  const name = `${object}.${field.name}`;
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  const isNumber = NUMBER_TYPES.includes(field.type);
  if (isNumber) {
    if (typeof rendered === 'number') return undefined;
    const type = NUMBER_TYPE_LABELS[field.type] ?? 'Number';
    const text = String(rendered).trim();
    const percent = field.type === 'percent';
    if (use === 'shown') {
      if (text.includes('{') || !(NOT_SHOWN_NUMBER.test(text) || LETTER_AFTER_DIGIT.test(text)))
        return undefined;
      const whole = wholeNumberOf(text);
      if (whole !== undefined)
        return `${name} is a ${type} field: ${shown} is not a number it can show: a page shows the whole number. Write ${whole}, or as the persona sees it, such as "${Number(whole).toLocaleString('en-US')}".`;
      const instead = percent
        ? 'the percent as the persona sees it, such as 20 or "20%"'
        : 'the number as the persona sees it, such as 25000 or "$25,000.00"';
      return `${name} is a ${type} field: ${shown} is not a number it can show. Write ${instead}.`;
    }
    if ((use === 'form' ? TYPED_NUMBER : API_NUMBER).test(text)) return undefined;
    if (percent) {
      return `${name} is a Percent field: ${shown} is not a number. Write the percent as a number, such as 20 for 20%${use === 'form' ? '' : ' (no percent sign)'}.`;
    }
    return `${name} is a ${type} field: ${shown} is not a number. Write a number such as 25000${use === 'form' ? '' : ' (no currency sign or thousands separator)'}.`;
  }
  if (field.type === 'boolean') {
    if (typeof rendered === 'boolean' || /^(true|false)$/i.test(String(rendered))) return undefined;
    return `${name} is a checkbox: ${shown} is not true or false. Write true or false.`;
  }
  const text = String(rendered);
  if (use !== 'data' && field.type === 'reference' && looksLikeRecordId(text) && /\d/.test(text)) {
    const byName =
      use === 'form'
        ? 'a persona finds the record it points to by its name'
        : 'a page shows the name of the record it points to';
    return `${name} is a lookup: ${byName}, not an Id such as ${shown}. Write that name, such as "{{persona.name}}" or "{{data.<data key>.Name}}".`;
  }
  if (use !== 'data') return enteredDateProblem(name, field.type, text, shown, locale);
  if (field.type === 'date') {
    if (typeof rendered === 'string' && validDate(text)) return undefined;
    return `${name} is a date: ${shown} is not one the API takes. Write YYYY-MM-DD${isoOf(text)} or a date relative to the run, such as "{{today+30}}".`;
  }
  if (field.type === 'datetime') {
    if (typeof rendered === 'string' && ISO_DATETIME.test(text) && validDate(text.slice(0, 10)))
      return undefined;
    return `${name} is a date/time: ${shown} is not one the API takes. Write ISO 8601, such as 2026-12-31T17:00:00Z, or "{{today}}".`;
  }
  // reference
  if (typeof rendered === 'string' && looksLikeRecordId(text)) return undefined;
  const example = field.referenceTo.includes('User')
    ? '"{{persona.id}}" or "{{personas.<persona>.id}}"'
    : '"{{data.<data key>.Id}}"';
  return `${name} is a lookup${field.referenceTo.length > 0 ? ` to ${field.referenceTo.join(' or ')}` : ''}: ${shown} is not a record Id. Write ${example}, or a 15- or 18-character Id.`;
}

// A letter right after a digit ("25k", "1.5M", "2e4"): no locale shows a number so (a currency's code or symbol
// stands apart, "1 200,00 kr"), and the run, which reads the digits, would take "25k" for 25.
const LETTER_AFTER_DIGIT = /\d\p{L}/u;
const ABBREVIATED = /^([-+]?\d+(?:\.\d+)?)(k|m|mm|mn|b|bn)$/i;
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

/** The whole number a number written short stands for ("25000" for "25k", "1500000" for "1.5M"). */
function wholeNumberOf(text: string): string | undefined {
  const [, digits, suffix] = ABBREVIATED.exec(text) ?? [];
  const times = suffix === undefined ? undefined : MULTIPLIERS[suffix.toLowerCase()];
  return digits === undefined || times === undefined ? undefined : String(Math.round(Number(digits) * times));
}

/**
 * Why `text` cannot be a date or date/time a persona enters or is shown (in `locale`, the persona's when known);
 * undefined when it can, or for other types.
 */
function enteredDateProblem(
  name: string,
  type: string,
  text: string,
  shown: string,
  locale: string | undefined,
): string | undefined {
  const isoShaped = ISO_DATE.test(text.slice(0, 10));
  if (type === 'date') {
    if (!ISO_DATE.test(text)) return numericDateProblem(name, text, shown, locale);
    return isCalendarDay(text)
      ? undefined
      : `${name} is a date: ${shown} is no day of the calendar. Write ${DATE_TO_WRITE}.`;
  }
  if (type !== 'datetime' || DateTime.fromISO(text.trim()).isValid) return undefined;
  const asShown = !isoShaped && /\d{1,2}[:.]\d{2}/.test(text) && (text.match(/\d+/g)?.length ?? 0) >= 4;
  return asShown
    ? undefined
    : `${name} is a date/time: ${shown} is not one. Write ${DATE_TIME_TO_WRITE}, or as the persona is shown it ("12/30/2026, 7:00 AM" in en_US).`;
}

/**
 * The value with each placeholder replaced by what it renders to, as far as its kind tells: a date, an Id, or
 * other text. Undefined when the whole value is `{{data.<key>.<Field>}}` other than Id, a copy of a value whose
 * type this check cannot know.
 */
function renderedForCheck(value: string, type: string): string | undefined {
  const names = placeholdersIn(value);
  if (names.length === 0) return value;
  const whole = /^\{\{[^{}]*\}\}$/.test(value.trim());
  let unknownCopy = false;
  const rendered = value.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_text, name: string) => {
    const placeholder = parsePlaceholder(name);
    if (placeholder?.kind === 'date') return SAMPLE.date;
    if (placeholder?.kind === 'record') {
      if (placeholder.field === 'Id') return SAMPLE.id;
      unknownCopy = true;
      return '';
    }
    if (placeholder?.kind === 'persona') return placeholder.field === 'id' ? SAMPLE.id : `{${name}}`;
    if (placeholder?.kind === 'variable' && placeholder.name === 'persona.id') return SAMPLE.id;
    return `{${name}}`;
  });
  if (unknownCopy && (whole || !['date', 'datetime', 'reference'].includes(type))) return undefined;
  return rendered;
}

function validDate(text: string): boolean {
  return ISO_DATE.test(text) && isCalendarDay(text);
}

/** " (2026-12-31)" for 12/31/2026 or 31.12.2026, the same date as the API wants it; '' when unclear. */
function isoOf(text: string): string {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [month, day, year] = us
    ? [us[1], us[2], us[3]]
    : european
      ? [european[2], european[1], european[3]]
      : [];
  if (!year || !month || !day) return '';
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return validDate(iso) ? `, here ${iso},` : '';
}

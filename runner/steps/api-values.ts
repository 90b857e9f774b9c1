import { DateTime } from 'luxon';
import { sameId } from '../../fixtures/same-id';
import { richTextParagraphs, textParagraphs } from '../../salesforce/rich-text';

/**
 * Whether a field's value as the API answers it is the value a `wait` / `expectApi` condition expects: null is
 * an empty field, a number is that number (an empty field is none, not 0), a checkbox true or false, an Id
 * either length, a date/time written with its zone the same instant however it is written (the API answers
 * "2026-12-30T15:00:00.000+0000" for 2026-12-30T15:00:00Z); anything else the same text.
 */
export function sameApiValue(seen: unknown, expected: string | number | boolean | null): boolean {
  if (expected === null) return seen === null || seen === undefined || seen === '';
  if (typeof expected === 'number')
    return typeof seen === 'number'
      ? seen === expected
      : typeof seen === 'string' && seen.trim() !== '' && Number(seen) === expected;
  if (typeof expected === 'boolean') return seen === expected || String(seen) === String(expected);
  if (typeof seen !== 'string') return String(seen ?? '') === expected;
  // Ids compare on their 15-character prefix (the API answers 18, a scenario may hold 15).
  if (/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(expected) && /^[a-zA-Z0-9]{18}$/.test(seen)) {
    return sameId(seen, expected);
  }
  const [at, want] = [instant(seen), instant(expected)];
  if (at && want) return at.toMillis() === want.toMillis();
  return seen === expected;
}

/** A date/time with its zone (Z, +01:00, +0000); undefined for other text, a date or a time without a zone. */
function instant(text: string): DateTime | undefined {
  if (!/T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  const parsed = DateTime.fromISO(text, { setZone: true });
  return parsed.isValid ? parsed : undefined;
}

/**
 * Whether a rich text area's HTML, as the API answers it, reads as the text a scenario expects: the same
 * paragraphs, each trimmed (`"Call back\nThen demo"` for `<p>Call back</p><p>Then demo</p>`).
 */
export function sameRichText(seen: unknown, expected: string): boolean {
  if (typeof seen !== 'string') return false;
  const [shown, wanted] = [richTextParagraphs(seen), textParagraphs(expected)];
  return shown.length === wanted.length && shown.every((paragraph, index) => paragraph === wanted[index]);
}

/**
 * Whether a multi-select picklist's value, as the API answers it ("Web;Events"), holds the values a scenario
 * expects, in any order, each once.
 */
export function sameValueSet(seen: unknown, expected: string): boolean {
  return typeof seen === 'string' && valueSet(seen) === valueSet(expected);
}

const valueSet = (text: string): string =>
  [...new Set(text.split(';').map((value) => value.trim()))].filter(Boolean).sort().join(';');

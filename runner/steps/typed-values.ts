import type { DescribedField } from '../../fixtures';
import type { FieldValue } from '../model';

/**
 * Compares what a field shows with what a scenario expects, by the field's type: numbers, currency and
 * percent independent of grouping and symbols (1200 matches "1,200" and "$1,200.00"), dates as dates
 * ("2026-12-30" matches "12/30/2026"), picklists by API value or label, checkboxes as true/false, the rest
 * as whitespace-normalised text. Displayed values are read in the en_US format the emulator and a default
 * org use; a persona with another locale is compared as text.
 */
export type Shown = { text: string; checked?: boolean };

export function showsExpected(field: DescribedField, expected: FieldValue, shown: Shown): boolean {
  const wanted = normalise(String(expected));
  switch (field.type) {
    case 'boolean':
      return shown.checked === (expected === true || wanted.toLowerCase() === 'true');
    case 'int':
    case 'double':
    case 'currency':
    case 'percent': {
      const seen = numberIn(shown.text);
      const want = numberIn(wanted);
      return seen !== undefined && want !== undefined ? seen === want : shown.text === wanted;
    }
    case 'date': {
      const seen = isoDate(shown.text);
      return seen !== undefined ? seen === isoDate(wanted) : shown.text === wanted;
    }
    case 'picklist': {
      const entry = field.picklistValues?.find((value) => value.value === wanted || value.label === wanted);
      return shown.text === wanted || (entry !== undefined && shown.text === entry.label);
    }
    default:
      return shown.text === wanted;
  }
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function numberIn(text: string): number | undefined {
  const cleaned = text.replace(/[^0-9.-]/g, '');
  if (cleaned === '' || cleaned === '-' || cleaned === '.') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** "2026-12-30" or en_US "12/30/2026" → "2026-12-30". */
function isoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return undefined;
}

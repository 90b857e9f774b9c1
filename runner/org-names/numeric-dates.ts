import { isCalendarDay } from '../steps/shown-date-time';

type Part = 'day' | 'month' | 'year';

// Three numbers and their separators, as a date is written with digits only ("31/01/2027", "1.31.27").
const NUMERIC_DATE = /^(\d{1,4})[./\-\s]+(\d{1,2})[./\-\s]+(\d{1,4})$/;
// The orders people write dates in: month first (en_US), day first (en_GB, de_DE), year first (ja_JP).
const ORDERS: Part[][] = [
  ['month', 'day', 'year'],
  ['day', 'month', 'year'],
  ['year', 'month', 'day'],
];
const SAMPLE = new Date(Date.UTC(2027, 0, 31));

/**
 * Why a date written with digits only cannot be one the persona's locale reads, with the YYYY-MM-DD to write; undefined
 * when it can, or when it is not written with digits only (month names are left to the run). A date picker reads
 * typed text in the locale's own formats, and an expected date is read in the locale's order of day, month and year
 * (docs/salesforce-facts.md#dates-and-times-on-a-page), so "31/01/2027" is no date for en_US, whose dates put the
 * month first. Without a known `locale`, only text no order reads is refused.
 */
export function numericDateProblem(
  name: string,
  text: string,
  shown: string,
  locale: string | undefined,
): string | undefined {
  const numbers = NUMERIC_DATE.exec(text.trim())?.slice(1);
  if (!numbers) return undefined;
  const readings = ORDERS.map((order) => read(numbers, order));
  const own = locale === undefined ? undefined : orderOf(locale);
  if (own?.length === 3 ? read(numbers, own) : readings.some(Boolean)) return undefined;
  const meant = [...new Set(readings.filter((reading): reading is string => reading !== undefined))];
  const where =
    locale !== undefined && own?.length === 3
      ? `the persona's locale, ${locale}, which writes ${written(locale)} for 2027-01-31`
      : 'any order of day, month and year';
  const write = meant.length === 1 ? meant[0] : 'YYYY-MM-DD';
  return `${name} is a date: ${shown} is no date in ${where}. Write ${write}, or a date relative to the run, such as "{{today+30}}".`;
}

/** The order of day, month and year in the locale's dates written with digits, as Intl formats them. */
function orderOf(locale: string): Part[] {
  return new Intl.DateTimeFormat(locale.replace('_', '-'), { dateStyle: 'short', timeZone: 'UTC' })
    .formatToParts(SAMPLE)
    .map((part) => part.type)
    .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
}

function written(locale: string): string {
  return new Intl.DateTimeFormat(locale.replace('_', '-'), {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(SAMPLE);
}

/** YYYY-MM-DD of three numbers read in `order` (a two-digit year is this century's); undefined when no day. */
function read(numbers: readonly string[], order: readonly Part[]): string | undefined {
  const value = Object.fromEntries(order.map((part, index) => [part, numbers[index] ?? ''])) as Record<
    Part,
    string
  >;
  if (value.year.length !== 2 && value.year.length !== 4) return undefined;
  if (value.day.length > 2 || value.month.length > 2) return undefined;
  const year = value.year.length === 2 ? `20${value.year}` : value.year;
  const iso = `${year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isCalendarDay(iso) ? iso : undefined;
}

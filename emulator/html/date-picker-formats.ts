import { DateTime } from 'luxon';

/**
 * What Lightning's date and time pickers show and read (lightning-datepicker, lightning-timepicker). A date picker
 * shows its date in the user's locale's medium format ("Dec 30, 2026", "30.12.2026") and reads what is typed
 * strictly in the long, medium or short format; anything else, an ISO date included, is refused with "Your entry
 * does not match the allowed format MMM d, yyyy." A time picker shows and reads the short time ("7:00 AM"). Date/
 * times are shown and read in the user's time zone. Source: docs/salesforce-facts.md#dates-and-times-on-a-page.
 * Intl's CLDR patterns stand in for Salesforce's per-locale ones.
 */
type DateStyle = 'long' | 'medium' | 'short';
const PARSED_STYLES: DateStyle[] = ['long', 'medium', 'short'];

export function shownDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return plain(new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date));
}

/** A date/time as its date picker and time picker show it in the user's zone. */
export function shownDateAndTime(
  value: string,
  locale: string,
  timeZone: string,
): { date: string; time: string } {
  const instant = new Date(value.replace('+0000', 'Z'));
  if (Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const format = (options: Intl.DateTimeFormatOptions) =>
    plain(new Intl.DateTimeFormat(tag(locale), { ...options, timeZone }).format(instant));
  return { date: format({ dateStyle: 'medium' }), time: format({ timeStyle: 'short' }) };
}

/** YYYY-MM-DD of a typed date; undefined when no allowed format reads it. */
export function typedDate(text: string, locale: string): string | undefined {
  return readDate(text, locale, 'UTC')?.toISODate() ?? undefined;
}

/** The instant a typed date and time stand for in the user's zone; undefined when either is not readable. */
export function typedDateTime(
  typed: { date: string; time: string },
  locale: string,
  timeZone: string,
): string | undefined {
  const day = readDate(typed.date, locale, timeZone);
  const time = DateTime.fromFormat(plain(typed.time).trim(), luxonPattern(locale, { timeStyle: 'short' }), {
    locale: tag(locale),
  });
  if (!day || !time.isValid) return undefined;
  const instant = day.set({ hour: time.hour, minute: time.minute });
  return instant.isValid ? (instant.toUTC().toISO() ?? undefined) : undefined;
}

/** "Your entry does not match the allowed format MMM d, yyyy." */
export function disallowedDate(locale: string): string {
  const pattern = luxonPattern(locale, { dateStyle: 'medium' }).replace(/'([^']*)'/g, '$1');
  return `Your entry does not match the allowed format ${pattern}.`;
}

function readDate(text: string, locale: string, zone: string): DateTime | undefined {
  const typed = plain(text).trim();
  for (const dateStyle of PARSED_STYLES) {
    const parsed = DateTime.fromFormat(typed, luxonPattern(locale, { dateStyle }), {
      locale: tag(locale),
      zone,
    });
    if (parsed.isValid) return parsed;
  }
  return undefined;
}

/**
 * The locale's pattern for a date or time style, as luxon tokens ("MMM d, yyyy", "dd.MM.yyyy", "h:mm a"), read
 * from how Intl formats 5 January 2026, 7:08.
 */
function luxonPattern(locale: string, style: { dateStyle: DateStyle } | { timeStyle: 'short' }): string {
  const sample = new Date(Date.UTC(2026, 0, 5, 7, 8));
  const parts = new Intl.DateTimeFormat(tag(locale), { ...style, timeZone: 'UTC' }).formatToParts(sample);
  const monthName = (month: 'short' | 'long') =>
    new Intl.DateTimeFormat(tag(locale), { month, timeZone: 'UTC' }).format(sample);
  return parts
    .map(({ type, value }) => {
      switch (type) {
        case 'year':
          return value.length === 2 ? 'yy' : 'yyyy';
        case 'month':
          if (/^\d+$/.test(value)) return value.length === 2 ? 'MM' : 'M';
          return value === monthName('long') ? 'MMMM' : 'MMM';
        case 'day':
          return value.length === 2 ? 'dd' : 'd';
        case 'weekday':
          return value.length > 3 ? 'EEEE' : 'EEE';
        case 'hour':
          return value.length === 2 ? 'HH' : parts.some((part) => part.type === 'dayPeriod') ? 'h' : 'H';
        case 'minute':
          return 'mm';
        case 'dayPeriod':
          return 'a';
        default:
          return `'${plain(value)}'`;
      }
    })
    .join('');
}

/** Intl writes narrow and no-break spaces ("7:00 AM"); people type spaces. */
function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

function tag(locale: string): string {
  return locale.replace('_', '-');
}

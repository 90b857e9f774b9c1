import { DateTime } from 'luxon';
import type { Viewer } from '../../fixtures/persona-viewer';

/*
 * Date/time fields as a persona sees them. Lightning shows a date/time in the viewing user's time zone
 * (User.TimeZoneSidKey) and locale (User.LocaleSidKey), to the minute: "12/30/2026, 7:00 AM" for en_US in
 * America/Los_Angeles, "30.12.2026, 16:00" for de_DE in Europe/Berlin (ICU formats; orgs still on JDK formats
 * leave out the comma). Sources: docs/salesforce-facts.md#dates-and-times-on-a-page.
 */

/** What to write for a date/time a persona enters or is expected to be shown. */
export const DATE_TIME_TO_WRITE =
  "ISO 8601, such as 2026-12-30T15:00:00Z, or 2026-12-30T07:00 for the persona's own time zone";

/** What to write for a date a persona enters. */
export const DATE_TO_WRITE =
  'YYYY-MM-DD, such as 2026-12-30, or a date relative to the run, such as "{{today+30}}"';

/** Whether YYYY-MM-DD names a day of the calendar (2026-02-30 does not). */
export function isCalendarDay(isoDate: string): boolean {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).isValid;
}

// Intl's short date/time, then the same without the comma (JDK formats).
const SHOWN_FORMATS = ['f', 'D, t', 'D t'];

/** The instant a shown date/time stands for in the viewer's zone; undefined when it is not one. */
export function shownInstant(text: string, viewer: Viewer): DateTime | undefined {
  const options = { locale: languageTag(viewer.locale), zone: viewer.timeZone };
  for (const format of SHOWN_FORMATS) {
    const parsed = DateTime.fromFormat(text.replace(/\s+/g, ' ').trim(), format, options);
    if (parsed.isValid) return parsed;
  }
  return undefined;
}

/**
 * The instant a scenario means: ISO 8601 with a zone (2026-12-30T15:00:00Z) is that instant; without one
 * (2026-12-30T07:00) it is the persona's wall-clock time; else it is read as the persona would see it shown.
 */
export function expectedInstant(value: string, viewer: Viewer): DateTime | undefined {
  const iso = DateTime.fromISO(value.trim(), { zone: viewer.timeZone, setZone: true });
  return iso.isValid ? iso : shownInstant(value, viewer);
}

/** Whether two instants fall in the same minute: what a page shows has no seconds. */
export function sameMinute(a: DateTime, b: DateTime): boolean {
  return a.startOf('minute').toMillis() === b.startOf('minute').toMillis();
}

/** The instant as the viewer is shown it, e.g. "12/30/2026, 7:00 AM". */
export function shownAs(instant: DateTime, viewer: Viewer): string {
  return instant.setZone(viewer.timeZone).setLocale(languageTag(viewer.locale)).toFormat('f');
}

function languageTag(locale: string): string {
  return locale.replace('_', '-');
}

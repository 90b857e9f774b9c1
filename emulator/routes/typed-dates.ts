import { disallowedDate, typedDate, typedDateTime } from '../html/date-picker-formats';
import type { OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';

/**
 * A form's date and date/time fields as their pickers read them for the user who typed them: a date typed in
 * the locale's long, medium or short format, a date/time's date and time in the user's time zone. What the
 * pickers would refuse is a field error under the field, and nothing is saved.
 */
export function readTypedDates(
  type: SObjectType,
  user: OrgUser,
  values: unknown,
): { values: unknown; fieldErrors: Record<string, string> } {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return { values, fieldErrors: {} };
  const read: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  const fieldErrors: Record<string, string> = {};
  for (const [name, value] of Object.entries(read)) {
    const field = type.field(name);
    if (field?.type === 'date' && typeof value === 'string') {
      const date = typedDate(value, user.locale);
      if (date) read[name] = date;
      else fieldErrors[name] = disallowedDate(user.locale);
    }
    if (field?.type === 'datetime' && value && typeof value === 'object') {
      const typed = value as { date?: string; time?: string };
      const parts = { date: typed.date ?? '', time: typed.time ?? '' };
      if (parts.date.trim() === '' && parts.time.trim() === '') {
        read[name] = null;
        continue;
      }
      const instant = typedDateTime(parts, user.locale, user.timeZone);
      if (instant) read[name] = instant;
      else fieldErrors[name] = disallowedDate(user.locale);
    }
  }
  return { values: read, fieldErrors };
}

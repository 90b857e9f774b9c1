import type { DescribedField } from '../../fixtures';
import { readViewer, type Viewer } from '../../fixtures/persona-viewer';
import type { EditValue } from '../../pages/record-edit-modal';
import type { FieldValue } from '../model';
import type { StepContext } from './context';
import { DATE_TIME_TO_WRITE, DATE_TO_WRITE, expectedInstant, isCalendarDay } from './shown-date-time';

/**
 * What a persona types into each field of a form. Lightning's date picker reads a date typed in the persona's
 * locale (its long, medium or short format) and refuses an ISO date, so a date written YYYY-MM-DD (as
 * `{{today+30}}` renders) is typed as the picker shows dates: the locale's medium format, "Dec 30, 2026". A
 * date/time has a date picker and a time picker: it is typed as a date and a time of the persona's time zone,
 * from ISO 8601 (with a zone, that instant; without, the persona's own clock) or from how the persona is shown it
 * ("12/30/2026, 7:00 AM"). A checkbox is set for true or false, and nothing else. A multi-select picklist's
 * values, by API value or label, are chosen by their labels. Anything else is typed as written. Sources:
 * docs/salesforce-facts.md#dates-and-times-on-a-page.
 */
export async function typedIntoForm(
  context: StepContext,
  sobject: string,
  fields: Record<string, FieldValue>,
): Promise<Record<string, EditValue>> {
  const typed: Record<string, EditValue> = {};
  const described = await typedFields(context, sobject, fields);
  const anyDated = [...described.values()].some((field) => field.type.startsWith('date'));
  const viewer = context.org && anyDated ? await readViewer(context.org, context.persona.user.id) : undefined;
  for (const [name, value] of Object.entries(fields)) {
    const field = described.get(name);
    if (field?.type === 'boolean') typed[name] = checkedOrNot(field, value);
    else if (field?.type === 'multipicklist') typed[name] = chosenLabels(field, String(value ?? ''));
    else
      typed[name] =
        field && viewer && typeof value === 'string' ? pickerText(field, value, viewer) : (value ?? '');
  }
  return typed;
}

/** A checkbox is checked for true and cleared for false; anything else would clear it unasked. */
function checkedOrNot(field: DescribedField, value: FieldValue): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === 'true' || text === 'false') return text === 'true';
  throw new Error(
    `${field.name} is a checkbox: ${JSON.stringify(value)} is neither checked nor unchecked. Write true or false.`,
  );
}

/**
 * A multi-select picklist's values, written by API value or label ("Web;Events"), as the labels its dual listbox
 * shows; a value that is none of them is kept as written, for the form to say what it offers instead.
 */
function chosenLabels(field: DescribedField, value: string): string {
  const values = field.picklistValues ?? [];
  return value
    .split(';')
    .map((written) => written.trim())
    .filter(Boolean)
    .map(
      (written) => values.find((each) => each.value === written || each.label === written)?.label ?? written,
    )
    .join(';');
}

function pickerText(field: DescribedField, value: string, viewer: Viewer): EditValue {
  if (field.type === 'date') {
    const text = value.trim();
    // Other text is typed as written: a date in the persona's own format, or one the picker refuses, saying why.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return value;
    if (!isCalendarDay(text)) {
      throw new Error(
        `${field.name} is a date: "${value}" is no day of the calendar. Write ${DATE_TO_WRITE}.`,
      );
    }
    return mediumDate(text, viewer);
  }
  const instant = expectedInstant(value, viewer);
  if (!instant) {
    throw new Error(`${field.name} is a date/time: "${value}" is not one. Write ${DATE_TIME_TO_WRITE}.`);
  }
  const at = instant.toJSDate();
  const format = (options: Intl.DateTimeFormatOptions) =>
    plain(new Intl.DateTimeFormat(tag(viewer), { ...options, timeZone: viewer.timeZone }).format(at));
  return { date: format({ dateStyle: 'medium' }), time: format({ timeStyle: 'short' }) };
}

function mediumDate(isoDate: string, viewer: Viewer): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return plain(new Intl.DateTimeFormat(tag(viewer), { dateStyle: 'medium', timeZone: 'UTC' }).format(date));
}

/** The form's date, date/time, checkbox and multi-select picklist fields that the scenario gives a value, by name; describe is cached. */
async function typedFields(
  context: StepContext,
  sobject: string,
  fields: Record<string, FieldValue>,
): Promise<Map<string, DescribedField>> {
  const org = context.org;
  if (!org) return new Map();
  const describe = await org.conn.sobject(sobject).describe$();
  const typed = (describe.fields as DescribedField[]).filter(
    (field) => ['date', 'datetime', 'boolean', 'multipicklist'].includes(field.type) && field.name in fields,
  );
  return new Map(typed.map((field) => [field.name, field]));
}

/** Intl writes narrow and no-break spaces ("7:00 AM"); people type spaces. */
function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

function tag(viewer: Viewer): string {
  return viewer.locale.replace('_', '-');
}

import { autoNumberNameField } from '../../salesforce/auto-number-names';
import type { ParsedScenario } from '../schema/scenario';
import { didYouMean, oneOf } from '../schema/wording';
import { recordReferencesIn } from '../template';
import { findCycle } from './data-order';
import type { PropertyPath } from './property-path';
import type { Violation } from './violation';

/** Every `{{data.<key>.<Field>}}` names a data record, and a value that record has: Id or a field it is given. */
export function dataReferencesExist(scenario: ParsedScenario): Violation[] {
  const keys = Object.keys(scenario.data);
  return placeholderTexts(scenario).flatMap(({ path, value }) =>
    recordReferencesIn(value).flatMap(({ key, field }): Violation[] => {
      const record = scenario.data[key];
      if (!record) {
        return [
          {
            path,
            message:
              `"{{data.${key}.${field}}}" refers to no data record "${key}". ` +
              (keys.length > 0
                ? `Expected a key of data: ${oneOf(keys)}.${didYouMean(key, keys)}`
                : 'This scenario has no data records.'),
          },
        ];
      }
      const given = ['Id', ...Object.keys(record.fields)];
      const named = nameReadBack(record.sobject, given);
      const known = named ? [...given, named] : given;
      if (known.includes(field)) return [];
      return [
        {
          path,
          message:
            `"{{data.${key}.${field}}}": the data record "${key}" is not given ${field}. ` +
            `Expected Id or a field it is created with: ${oneOf(given)}` +
            `${named ? `, or ${named}, the name the org gives it` : ''}.${didYouMean(field, known)}`,
        },
      ];
    }),
  );
}

/**
 * The name field a record gets from the org, read back after insert (fixtures/test-data.ts), when it is known
 * before asking the org: a standard object's Auto Number name (CaseNumber), or a custom object's Name, which
 * may be an Auto Number. Undefined when the record is given its name.
 */
function nameReadBack(sobject: string, given: readonly string[]): string | undefined {
  const named = autoNumberNameField(sobject) ?? (sobject.endsWith('__c') ? 'Name' : undefined);
  return named && !given.includes(named) ? named : undefined;
}

/** Records are created in the order their references need, so references must not go round in a circle. */
export function dataReferencesHaveNoCycle(scenario: ParsedScenario): Violation[] {
  const cycle = findCycle(scenario.data);
  const first = cycle?.[0];
  if (!cycle || !first) return [];
  const path = ['data', first.from, 'fields', first.field];
  if (cycle.length === 1) return [{ path, message: selfReference(scenario, first.from, first.field) }];
  const circle = [...cycle.map((reference) => `${reference.from}.${reference.field}`), first.from].join(
    ' → ',
  );
  return [
    {
      path,
      message:
        `the data records refer to each other in a circle: ${circle}. Each record is created after the ones it ` +
        'refers to, so one of them must not refer to the other — remove one reference (set it with an edit step instead).',
    },
  ];
}

/** A record's field that refers to the record itself: to its Id, which it has only once created, or to a value. */
function selfReference(scenario: ParsedScenario, key: string, field: string): string {
  const fields = scenario.data[key]?.fields ?? {};
  const written = fields[field];
  const referenced = recordReferencesIn(written).filter((reference) => reference.key === key);
  const placeholders = referenced.map((reference) => `{{data.${key}.${reference.field}}}`).join(', ');
  const about = `the data record "${key}" refers to itself in ${field}: ${placeholders}.`;
  if (referenced.some((reference) => reference.field === 'Id'))
    return `${about} A record cannot use its own Id before it exists — remove the reference.`;
  // When the values referred to are written plainly, the value meant can be shown.
  let meant = typeof written === 'string' ? written : undefined;
  for (const reference of referenced) {
    const value = fields[reference.field];
    const plain = typeof value === 'number' || (typeof value === 'string' && !value.includes('{{'));
    meant = plain ? meant?.replaceAll(`{{data.${key}.${reference.field}}}`, String(value)) : undefined;
  }
  return (
    `${about} A record cannot use its own values: it is given them all at once — write the value itself` +
    (meant === undefined ? ` in ${field}.` : `, e.g. ${field}: "${meant}".`)
  );
}

/** `recordType:` and `fields.RecordTypeId` would both set the record type. */
export function recordTypeSetOnce(scenario: ParsedScenario): Violation[] {
  return Object.entries(scenario.data).flatMap(([key, record]): Violation[] =>
    record.recordType !== undefined && 'RecordTypeId' in record.fields
      ? [
          {
            path: ['data', key, 'fields', 'RecordTypeId'],
            message: `the data record "${key}" sets its record type twice: recordType: ${record.recordType} and RecordTypeId. Expected only recordType (the developer name) — remove RecordTypeId.`,
            target: 'key',
          },
        ]
      : [],
  );
}

/**
 * The text values of data fields and of steps that hold a `{{placeholder}}`, each with the path it is written
 * at: what the rules about placeholders read. Found once per scenario (several rules and the model ask).
 */
export function placeholderTexts(scenario: ParsedScenario): readonly { path: PropertyPath; value: string }[] {
  let found = placeholderTextsOf.get(scenario);
  if (!found) {
    found = findPlaceholderTexts(scenario);
    placeholderTextsOf.set(scenario, found);
  }
  return found;
}

const placeholderTextsOf = new WeakMap<ParsedScenario, { path: PropertyPath; value: string }[]>();

function findPlaceholderTexts(scenario: ParsedScenario): { path: PropertyPath; value: string }[] {
  const found: { path: PropertyPath; value: string }[] = [];
  const path: PropertyKey[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.includes('{{')) found.push({ path: [...path], value });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        path.push(index);
        walk(item);
        path.pop();
      });
    } else if (value && typeof value === 'object') {
      for (const key in value) {
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  for (const [key, record] of Object.entries(scenario.data)) {
    path.push('data', key, 'fields');
    walk(record.fields);
    path.length = 0;
  }
  scenario.steps.forEach((step, index) => {
    const { kind, title: _title, ...rest } = step;
    path.push('steps', index, kind);
    walk(rest);
    path.length = 0;
  });
  return found;
}

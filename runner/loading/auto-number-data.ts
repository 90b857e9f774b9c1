import { autoNumberNameField } from '../../salesforce/auto-number-names';
import type { ParsedScenario } from '../schema/scenario';
import type { Violation } from './violation';

/**
 * What to tell someone who gives test data a value for an Auto Number field. The org numbers the record itself,
 * and refuses the write (INVALID_FIELD_FOR_INSERT_UPDATE); the runner reads a record's name back after insert.
 */
export function autoNumberWritten(object: string, field: string, key: string, isName: boolean): string {
  const readBack = isName
    ? ` To use the number the org gives it, write "{{data.${key}.${field}}}" (read back after the record is created).`
    : '';
  return (
    `${object}.${field} is an Auto Number: the org numbers each record when it is created, so test data cannot set it. ` +
    `Remove ${field} from the fields of "${key}".${readBack}`
  );
}

/** Test data sets no Auto Number name field of a standard object (CaseNumber): known without asking the org. */
export function autoNumberNamesNotWritten(scenario: ParsedScenario): Violation[] {
  return Object.entries(scenario.data).flatMap(([key, record]): Violation[] => {
    const named = autoNumberNameField(record.sobject);
    const written =
      named && Object.keys(record.fields).find((field) => field.toLowerCase() === named.toLowerCase());
    if (!named || !written) return [];
    return [
      {
        path: ['data', key, 'fields', written],
        message: autoNumberWritten(record.sobject, named, key, true),
        target: 'key',
      },
    ];
  });
}

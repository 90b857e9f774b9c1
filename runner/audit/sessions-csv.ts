import { stringify } from 'csv-stringify/sync';
import type { Session } from './sessions';

/** A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return first) is quoted with '. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** sessions.csv: one row per session, every text safe to open in a spreadsheet. */
export function sessionsCsv(rows: (Session & { repeated: boolean })[]): string {
  return stringify(rows, {
    header: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      string: (value) => neutraliseFormula(value),
    },
    columns: [
      'start',
      'end',
      'durationMs',
      'targetUser',
      'targetName',
      'persona',
      'sensitive',
      'reason',
      'ticket',
      'approval',
      'admin',
      'outcome',
      'loggedOut',
      'repeated',
      'scenario',
      'runId',
      'orgId',
      'sandbox',
      'productionReason',
      'orgLoginId',
    ],
  });
}

import { stringify } from 'csv-stringify/sync';
import type { Session } from './sessions';
import { recordsText } from './touched-records';

/** A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return first) is quoted with '. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * sessions.csv: one row per session, every text safe to open in a spreadsheet. Columns added later come last,
 * so that a reader that takes columns by position keeps reading the same ones.
 */
export function sessionsCsv(rows: (Session & { repeated: boolean })[]): string {
  const withRun = rows.map((row) => ({
    ...row,
    records: recordsText(row.records),
    operator: row.operator?.name ?? '',
    operatorVia: row.operator?.via ?? '',
    operatorOsUser: row.operator?.osUser ?? '',
    operatorHost: row.operator?.host ?? '',
    scenariosCommit: row.scenariosCommit?.commit ?? '',
    scenariosRef: row.scenariosCommit?.ref ?? '',
    toolVersion: row.tool?.version ?? '',
  }));
  return stringify(withRun, {
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
      'records',
      'operator',
      'operatorVia',
      'operatorOsUser',
      'operatorHost',
      'scenariosCommit',
      'scenariosRef',
      'toolVersion',
    ],
  });
}

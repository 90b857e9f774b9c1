import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SalesforceError } from './errors';

/** CSV as Bulk API 2.0 reads and writes it: a header row of field names, the job's delimiter and line ending. */

// columnDelimiter values of a job (Bulk API 2.0 Developer Guide, "Create a Job").
export const DELIMITERS: Record<string, string> = {
  COMMA: ',',
  TAB: '\t',
  SEMICOLON: ';',
  PIPE: '|',
  CARET: '^',
  BACKQUOTE: '`',
};

export interface CsvFormat {
  columnDelimiter: string;
  lineEnding: 'LF' | 'CRLF';
}

export function readCsv(text: string, format: CsvFormat): { header: string[]; rows: string[][] } {
  let table: string[][];
  try {
    table = parse(text, {
      delimiter: DELIMITERS[format.columnDelimiter] ?? ',',
      relax_column_count: false,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    throw new SalesforceError(
      400,
      'INVALIDJOBSTATE',
      `Unable to parse the CSV data: ${(error as Error).message}`,
    );
  }
  const [header = [], ...rows] = table;
  return { header: header.map((name) => name.trim()), rows };
}

export function writeCsv(
  header: string[],
  rows: (string | number | boolean | null)[][],
  format: CsvFormat,
): string {
  return stringify([header, ...rows.map((row) => row.map(csvValue))], {
    delimiter: DELIMITERS[format.columnDelimiter] ?? ',',
    record_delimiter: format.lineEnding === 'CRLF' ? '\r\n' : '\n',
    quoted: true,
  });
}

/** Nulls are empty; date-times are UTC with a "Z", as Bulk API CSV writes them. */
function csvValue(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/.test(text) ? text.replace('+0000', 'Z') : text;
}

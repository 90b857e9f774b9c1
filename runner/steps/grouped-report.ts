import type { ReportExpectation } from '../model-views';

/**
 * Only a tabular report's grid is one row per record. A summary or matrix report's grid also holds group rows,
 * subtotals and a total, and a group's value can link a record (an owner, an account); how Lightning's Report
 * Viewer marks these rows apart is not confirmed (docs/salesforce-facts.md#reports-and-dashboards), so checks
 * that read the grid's rows are refused for it rather than risk a wrong verdict. Its "Total Records" still counts
 * its records.
 */
export function isTabular(format: string | undefined): boolean {
  return format === 'Tabular';
}

const KINDS: Record<string, string> = {
  Summary: 'a summary report (rows grouped, with subtotals)',
  Matrix: 'a matrix report (rows and columns grouped)',
  MultiBlock: 'a joined report (several blocks side by side)',
};

/** The checks of a report expectation that read its grid's rows: all but rows: and columnsAbsent: (its header). */
export function rowReadingChecks(expected: Partial<ReportExpectation>): string[] {
  return (['includes', 'excludes', 'values', 'columns'] as const).filter(
    (key) => Object.keys(expected[key] ?? {}).length > 0,
  );
}

/** The checks asked of a grouped report that read its grid's rows, explained; undefined when none are asked. */
export function groupedReportProblem(asked: string[], format: string | undefined): string | undefined {
  if (asked.length === 0) return undefined;
  return `${asked.join(', ')}: cannot be read from this report — it is ${describeFormat(format)}. Its grid mixes group rows, subtotals and a total with the record rows, and a group's value can itself link a record; which rows are records is not confirmed for Lightning's Report Viewer, so reading it could pass or fail wrongly. Instead check rows: (read from its "Total Records"), or open a tabular report with the same filters for includes, excludes, values and columns, or a list view (open: { object, listView } then expect: { list })`;
}

/** Why rows cannot be counted in a grouped report whose "Total Records" is not shown readably. */
export function groupedRowsProblem(format: string | undefined, noTotal: string): string {
  return `rows: cannot be counted — the report's "Total Records" could not be read (${noTotal}), and the rows of ${describeFormat(format)} are not all records`;
}

function describeFormat(format: string | undefined): string {
  if (format === undefined) return 'a report whose format the org did not give (Report.Format)';
  return `${KINDS[format] ?? `a ${format} report`} (Report.Format ${format})`;
}

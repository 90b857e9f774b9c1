import type { Connection } from 'jsforce';
import { isTabular } from '../steps/grouped-report';
import { columnMeant, type DescribedColumn, describeReportColumns } from '../steps/why-column-missing';
import { soqlText } from './org-catalog';
import type { ReportColumnReference } from './report-column-names';
import { readsAdminLanguage, readViewerLanguages, type ViewerLanguages } from './viewer-languages';

/** The columns of the reports whose labels scenarios use, described as the admin, and who reads them alike. */
export interface ReportColumns {
  /** Report developer name → its columns; a report the org lacks, or that refuses the describe, is not here. */
  described: Map<string, DescribedColumn[]>;
  formats: Map<string, string>;
  languages: ViewerLanguages;
}

/**
 * Reads the columns of each report a checkable label is used on, once however many scenarios use it. A label is
 * checkable when its persona reads the admin's language and the run would look for it: `columns` and `values`
 * are read only from a tabular report (Report.Format), `columnsAbsent` from any.
 */
export async function readReportColumns(
  conn: Connection,
  references: readonly ReportColumnReference[],
  formats: Map<string, string>,
): Promise<ReportColumns> {
  const none: ReportColumns = {
    described: new Map(),
    formats,
    languages: { read: true, byUsername: new Map() },
  };
  const allowed = references.filter((reference) => runLooksFor(reference, formats));
  if (allowed.length === 0) return none;
  const languages = await readViewerLanguages(conn, [
    ...new Set(allowed.flatMap((reference) => reference.usernames)),
  ]);
  const reports = [
    ...new Set(
      allowed
        .filter((reference) => readsAdminLanguage(languages, reference.usernames))
        .map((reference) => reference.report),
    ),
  ];
  if (reports.length === 0) return { ...none, languages };
  const rows = await conn.query<{ Id: string; DeveloperName: string }>(
    `SELECT Id, DeveloperName FROM Report WHERE DeveloperName IN (${reports.map((name) => `'${soqlText(name)}'`).join(', ')})`,
  );
  const described = new Map<string, DescribedColumn[]>();
  await Promise.all(
    rows.records.map(async (row) => {
      const columns = await describeReportColumns(conn, row.Id);
      if (columns) described.set(row.DeveloperName, columns);
    }),
  );
  return { described, formats, languages };
}

/** A grouped report refuses `columns` and `values` before reading them (reported by the grouped-report check). */
function runLooksFor(reference: ReportColumnReference, formats: Map<string, string>): boolean {
  return !reference.readsRows || isTabular(formats.get(reference.report));
}

/** Whether a label is checked: its report was described, the run would look for it, its persona reads alike. */
export function columnChecked(reference: ReportColumnReference, columns: ReportColumns): boolean {
  return (
    columns.described.has(reference.report) &&
    runLooksFor(reference, columns.formats) &&
    readsAdminLanguage(columns.languages, reference.usernames)
  );
}

export function reportColumnProblem(
  reference: ReportColumnReference,
  columns: ReportColumns,
): string | undefined {
  const described = columns.described.get(reference.report);
  if (!described || !columnChecked(reference, columns)) return undefined;
  if (described.some((each) => each.label === reference.column)) return undefined;
  return (
    `report "${reference.report}" has no column "${reference.column}" (its columns, described as the admin: ` +
    `${described.map((each) => each.label).join(', ')}).${columnMeant(reference.column, described)}`
  );
}

/** Which personas' labels were left to the run because their language is not known to be the admin's, and why. */
export function uncheckedColumnsNote(
  references: readonly ReportColumnReference[],
  columns: ReportColumns,
): string | undefined {
  const { languages } = columns;
  const personas = [
    ...new Set(
      references
        .filter(
          (reference) =>
            columns.formats.has(reference.report) &&
            runLooksFor(reference, columns.formats) &&
            !readsAdminLanguage(languages, reference.usernames),
        )
        .map((reference) => reference.persona ?? 'unnamed'),
    ),
  ];
  if (personas.length === 0) return undefined;
  const why = !languages.read
    ? `the users' languages could not be read (${languages.why})`
    : "their user's language is not the admin's, or their user is not known before the run";
  return (
    `Report column labels used by ${personas.join(', ')} were left to the run: ${why}, and a report's column ` +
    "labels follow the viewer's language (User.LanguageLocaleKey)."
  );
}

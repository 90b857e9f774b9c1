import { sameId } from '../../fixtures/same-id';
import type { ReportRowShown } from '../../pages/report-page';
import type { ReportExpectation } from '../model-views';
import type { StepContext } from './context';
import { recordOf, rowCountProblem, whyListed, whyNotListed } from './expect-list';
import { groupedReportProblem, groupedRowsProblem, isTabular, rowReadingChecks } from './grouped-report';
import type { OpenedView } from './opened-view';
import { recordName } from './record-name';
import { shownCellComparer } from './shown-cells';
import { noReadAccess, objectReadable } from './view-names';
import { columnReasons, describedColumns } from './why-column-missing';
import { shownColumnProblems } from './why-column-shown';
import { whyNotInReport } from './why-not-in-report';

type OpenedReport = Extract<OpenedView, { kind: 'report' }>;

const NO_TOTAL =
  "its header shows no such metric, or a Lightning release changed the metric's markup (report.metric in pages/locators.ts)";

/** Checks a report as the persona ran it: the rows it shows them (their sharing, field-level security). */
export async function reportProblems(
  expected: ReportExpectation,
  opened: OpenedReport,
  context: StepContext,
): Promise<string[]> {
  const run = await opened.report.read({ wholeWidth: expected.columnsAbsent.length > 0 });
  if (!run.ok) {
    const objects = [
      ...new Set([...expected.includes, ...expected.excludes].map((key) => recordOf(key, context).sobject)),
    ];
    const reasons = await Promise.all(
      objects.map(async (sobject) =>
        (await objectReadable(context, sobject)) === false ? noReadAccess(sobject) : '',
      ),
    );
    const why =
      reasons.filter(Boolean).join('; ') ||
      `reports run with the viewer's access: its folder "${opened.folder}" is not shared with them (folders are shared with users, roles and groups), or they cannot read the report's object`;
    return [`the report did not run for them: it says "${run.error}" — ${why}`];
  }
  const total = run.totalRecords;
  if (!isTabular(opened.format))
    return [
      ...(await groupedProblems(expected, opened.format, total, context)),
      // The header row is read whatever the format; only which rows are records is unconfirmed for grouped ones.
      ...(await shownColumnProblems(
        expected.columnsAbsent,
        run,
        describedColumns(context.org, opened.id),
        context,
      )),
    ];
  // Complete = the header's count is read and equals the rows shown; only then can a row's absence be concluded.
  const complete = total === run.rows.length;
  const evidence =
    total === undefined
      ? `the report's "Total Records" could not be read in the Report Viewer: ${NO_TOTAL}; the ${run.rows.length} row(s) shown may be only part of the report`
      : `the report says Total Records ${total} and shows ${run.rows.length} row(s)`;
  const problems: string[] = [];
  const listed = (id: string) => run.rows.some((row) => linksTo(row, id));
  for (const key of expected.includes) {
    const record = recordOf(key, context);
    if (listed(record.id)) continue;
    problems.push(
      `${recordName(context, record)}: expected in the report, but it is not — ${
        complete
          ? await whyNotListed(record, context, {
              noun: 'report',
              verdict: (org) => whyNotInReport(org, record, opened.id, context.persona.user),
            })
          : evidence
      }`,
    );
  }
  for (const key of expected.excludes) {
    const record = recordOf(key, context);
    if (listed(record.id))
      problems.push(
        `${recordName(context, record)}: expected not in the report, but it is — ${await whyListed(record, context)}`,
      );
    else if (!complete)
      problems.push(
        `${recordName(context, record)}: expected not in the report, but its absence cannot be proven: ${evidence}`,
      );
  }
  if (expected.rows) {
    // Without the count, the rows shown are only a lower bound ("2+").
    const problem = rowCountProblem(expected.rows, total ?? run.rows.length, total === undefined);
    if (problem)
      problems.push(`${problem} (${evidence})${total === 0 ? ` — ${await whyBlank(context)}` : ''}`);
  }
  const sameCell = shownCellComparer(context);
  // One describe for every column a failure explains, missing or shown.
  const described = describedColumns(context.org, opened.id);
  const whyNoColumn = columnReasons(described);
  const sameCells = async (want: string[], shown: string[]) =>
    want.length === shown.length &&
    (await Promise.all(want.map((value, row) => sameCell(value, shown[row] ?? '')))).every(Boolean);
  for (const [key, cells] of Object.entries(expected.values)) {
    const record = recordOf(key, context);
    const row = run.rows.find((shown) => linksTo(shown, record.id));
    if (!row) {
      problems.push(
        `${recordName(context, record)}: expected its row to show ${JSON.stringify(cells)}, but the report has no row for it`,
      );
      continue;
    }
    for (const [column, value] of Object.entries(cells)) {
      if (!run.columns.includes(column)) {
        problems.push(
          `${key}: column "${column}" is not in the report as they see it (columns: ${run.columns.join(', ')}) — ${await whyNoColumn(column)}`,
        );
      } else if (!(await sameCell(value, row.cells[column] ?? ''))) {
        problems.push(
          `${key}: column "${column}": expected "${value}", but it shows "${row.cells[column] ?? ''}"`,
        );
      }
    }
  }
  for (const [column, values] of Object.entries(expected.columns)) {
    if (!run.columns.includes(column)) {
      problems.push(
        `column "${column}": not in the report as they see it (columns: ${run.columns.join(', ')}) — ${await whyNoColumn(column)}`,
      );
      continue;
    }
    const seen = run.rows.map((row) => row.cells[column] ?? '');
    if (!(await sameCells(values, seen))) {
      problems.push(
        `column "${column}": expected ${JSON.stringify(values)}, but it shows ${JSON.stringify(seen)}`,
      );
    } else if (!complete) {
      problems.push(`column "${column}": its values cannot be proven complete: ${evidence}`);
    }
  }
  const keyed = [...expected.includes, ...Object.keys(expected.values)];
  const cellOf = (column: string) => {
    for (const key of keyed) {
      const row = run.rows.find((shown) => linksTo(shown, recordOf(key, context).id));
      if (row && column in row.cells) return `${key}'s row shows "${row.cells[column]}"`;
    }
    return undefined;
  };
  problems.push(...(await shownColumnProblems(expected.columnsAbsent, run, described, context, cellOf)));
  return problems;
}

/** A grouped report: its count is checked from its "Total Records"; checks reading its rows are refused. */
async function groupedProblems(
  expected: ReportExpectation,
  format: string | undefined,
  total: number | undefined,
  context: StepContext,
): Promise<string[]> {
  const unreadable = groupedReportProblem(rowReadingChecks(expected), format);
  const problems = unreadable ? [unreadable] : [];
  if (!expected.rows) return problems;
  if (total === undefined) return [...problems, groupedRowsProblem(format, NO_TOTAL)];
  const problem = rowCountProblem(expected.rows, total, false);
  if (problem)
    problems.push(
      `${problem} (the report says Total Records ${total})${total === 0 ? ` — ${await whyBlank(context)}` : ''}`,
    );
  return problems;
}

/** Report links carry 15- or 18-character ids; a 15-character id is the first 15 of the 18. */
function linksTo(row: ReportRowShown, id: string): boolean {
  return row.recordIds.some((shown) => sameId(shown, id));
}

/** A report blank for one persona: reports run with the viewer's sharing, set by their role and profile. */
async function whyBlank(context: StepContext): Promise<string> {
  const base =
    'reports run with the viewer\'s sharing (org-wide defaults, role hierarchy, sharing rules) and filters such as "My" records';
  if (!context.org) return base;
  const user = (
    await context.org.conn.query<{ UserRole: { Name: string } | null; Profile: { Name: string } | null }>(
      `SELECT UserRole.Name, Profile.Name FROM User WHERE Id = '${context.persona.user.id}'`,
    )
  ).records[0];
  return `${base}; ${context.persona.user.name} has role ${user?.UserRole?.Name ?? '(none)'} and profile ${user?.Profile?.Name ?? '(unknown)'}, and none of the report's records is visible to them through these`;
}

import type { ReportRunShown } from '../../pages/report-page';
import type { StepContext } from './context';
import { columnMeant, type ReportColumnsReader } from './why-column-missing';

type ReportRan = Extract<ReportRunShown, { ok: true }>;

const NO_HEADER =
  "their run shows no column header to read (a report without rows may show none, or a Lightning release changed the header's markup: report.headerCells in pages/locators.ts)";

const NOT_ACROSS =
  'the grid, which renders only the columns in view, could not be read to its right edge (its rows carry no place to merge what each scroll position shows)';

const READABLE =
  'field-level security lets them read its field (a report shows its viewer only the columns of fields they can read)';

/**
 * Columns the persona's run must not show. Absence is concluded only from a run whose header was read; a column
 * shown is explained from the report's columns as the admin describes them (Analytics REST API, describe:
 * reportMetadata.detailColumns with reportExtendedMetadata.detailColumnInfo labels) and the field-level security
 * of its field, when its name is Object.Field (a report names a custom field's column Lead.Internal_Revenue__c).
 */
export async function shownColumnProblems(
  absent: string[],
  run: ReportRan,
  described: ReportColumnsReader,
  context: StepContext,
  cellOf: (column: string) => string | undefined = () => undefined,
): Promise<string[]> {
  if (absent.length === 0) return [];
  if (run.columns.length === 0)
    return absent.map(
      (column) => `column "${column}": expected absent, but its absence cannot be proven: ${NO_HEADER}`,
    );
  const problems: string[] = [];
  for (const column of absent) {
    if (run.columns.includes(column)) {
      const cell = cellOf(column);
      problems.push(
        `column "${column}": expected absent, but the report shows it to them (columns: ${run.columns.join(', ')})${
          cell === undefined ? '' : `; ${cell}`
        } — ${await whyShown(column, await described(), context)}`,
      );
      continue;
    }
    if (!run.allColumns) {
      problems.push(
        `column "${column}": expected absent, but its absence cannot be proven: ${NOT_ACROSS} (columns read: ${run.columns.join(', ')})`,
      );
      continue;
    }
    const columns = await described();
    const labels = columns?.map((each) => each.label);
    if (columns && labels && !labels.includes(column))
      problems.push(
        `column "${column}": expected absent, but the report has no such column even as the admin (described as the admin: ${labels.join(', ')}), so its absence proves nothing about what they can read.${columnMeant(column, columns)}`,
      );
  }
  return problems;
}

async function whyShown(
  column: string,
  described: { name: string; label: string }[] | undefined,
  context: StepContext,
): Promise<string> {
  const found = described?.find((each) => each.label === column);
  if (!found) return READABLE;
  const field = /^(\w+)[.$](\w+)$/.exec(found.name);
  const reason = field ? await context.explainField(field[1] ?? '', field[2] ?? '', true) : undefined;
  const has = `the report has this column (described as the admin: ${found.name})`;
  return reason?.startsWith('field-level security grants Read')
    ? `${has}, and ${reason}`
    : `${has}, and ${READABLE}`;
}

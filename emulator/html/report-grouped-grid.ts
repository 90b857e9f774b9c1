import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import { aggregate } from '../model/reports';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { fieldOutput } from './field-output';
import { cellValue, headerCell } from './report-grid';
import { formatMetric } from './report-metric';
import { html, type SafeHtml } from './safe-html';

/**
 * A summary report's grid in the Report Viewer. What is known of real Lightning (docs/salesforce-facts.md,
 * Reports and dashboards): the same table.data-grid-full-table and header row as a tabular report, the grouping
 * columns first, each group's value shown once in a cell spanning its rows with its record count, "Value (3)";
 * each group closed by a subtotal row and the whole by a total row. The classes of group, subtotal and total rows
 * are not confirmed: here every row is a tr.data-grid-table-row and every cell under a column carries
 * data-column-index, as a tabular report's do, so that a reader which does not tell them apart is caught out.
 */
export function groupedReportGrid(
  state: OrgState,
  run: { groupings: SObjectField[]; columns: SObjectField[]; rows: Row[] },
  type: SObjectType,
  summaries: { field: SObjectField; aggregate: string }[],
): SafeHtml {
  const { groupings, columns } = run;
  const all = [...groupings, ...columns];
  const header = html`<tr class="data-grid-table-row data-grid-table-row-start data-grid-header-row">
  ${all.map(headerCell)}
</tr>`;
  const cell = (row: Row, field: SObjectField) => cellValue(state, type, row, field);
  const totals = (rows: Row[], label: string, level: number): SafeHtml[] => [
    html`<td data-column-index="${level}" colspan="${groupings.length - level + 1}"><div class="wave-table-cell-text">${label}</div></td>`,
    ...columns.slice(1).map((field, index) => {
      const summary = summaries.find((candidate) => candidate.field.name === field.name);
      const value = summary ? formatMetric(field, aggregate(rows, field.name, summary.aggregate)) : '';
      return html`<td data-column-index="${groupings.length + index + 1}"><div class="wave-table-cell-text">${value}</div></td>`;
    }),
  ];

  /** A group's rows (each a list of cells): its value once, spanning its rows, then its inner rows, then its subtotal. */
  const group = (rows: Row[], level: number): SafeHtml[][] => {
    if (level === groupings.length) {
      return rows.map((row) =>
        columns.map(
          (field, index) =>
            html`<td data-column-index="${groupings.length + index}"><div class="wave-table-cell-text">${cell(row, field)}</div></td>`,
        ),
      );
    }
    const field = groupings[level] as SObjectField;
    return groupsOf(rows, field).flatMap((members) => {
      const [first = [], ...rest] = group(members, level + 1);
      const value = html`<td data-column-index="${level}" rowspan="${rest.length + 1}"><div class="wave-table-cell-text">${fieldOutput(state, field, members[0]?.[field.name] ?? null)} (${members.length})</div></td>`;
      return [[value, ...first], ...rest, totals(members, 'Subtotal', level)];
    });
  };

  const rows = [...group(run.rows, 0), totals(run.rows, `Total (${run.rows.length})`, 0)];
  return html`<div class="report-table-widget widgetReady finalState">
<table class="data-grid-table data-grid-full-table" role="grid"><tbody>
${header}
${rows.map(
  (cells) => html`<tr class="data-grid-table-row">${cells}</tr>
`,
)}
</tbody></table>
${run.rows.length === 0 ? html`<div class="report-table-widget-noData">No records to display</div>` : ''}
</div>`;
}

/** Consecutive rows with the same value of the field (rows come ordered by their groups). */
function groupsOf(rows: Row[], field: SObjectField): Row[][] {
  const groups: Row[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last[0]?.[field.name] === row[field.name]) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

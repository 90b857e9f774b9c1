import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { fieldOutput } from './field-output';
import { html, type SafeHtml, trusted } from './safe-html';

/**
 * The Report Viewer's grid as public suites read it on real orgs (docs/salesforce-facts.md#reports-and-dashboards):
 * table.data-grid-table.data-grid-full-table whose first row is the header (tr.data-grid-header-row, labels in
 * span.lightning-table-cell-measure-header-value), then tr.data-grid-table-row per record. Each row starts with
 * its row number; every other cell carries data-column-index. The name cell links the record.
 *
 * The grid is virtualised, as public scrapers of real orgs find it: it scrolls inside div.widgets and renders only
 * the rows in view, spacer rows (tr.data-grid-table-row-spacer) standing for the rows before and after them. Here
 * the first RENDERED_ROWS rows come with the page and every row's markup in an inert script, from which the Report
 * Viewer's page script (browser/report-viewer.ts) renders the rows in view; of a grid wider than its container
 * (columns of a fixed width), it renders the cells of the columns in view only.
 */
export function reportGrid(
  state: OrgState,
  columns: SObjectField[],
  rows: Row[],
  type: SObjectType,
): SafeHtml {
  const header = html`<tr class="data-grid-table-row data-grid-table-row-start data-grid-header-row">
  <th class="data-grid-header-cell" scope="col"><span class="lightning-table-cell-measure-header-value"></span></th>
  ${columns.map(headerCell)}
</tr>`;
  const cell = (row: Row, field: SObjectField) => cellValue(state, type, row, field);
  const body = rows.map(
    (row, rowIndex) => html`<tr class="data-grid-table-row">
  <th class="data-grid-row-number" scope="row" data-row-index="${rowIndex}">${rowIndex + 1}</th>
  ${columns.map(
    (field, index) =>
      html`<td data-row-index="${rowIndex}" data-column-index="${index}"><div class="wave-table-cell-text">${cell(row, field)}</div></td>`,
  )}
</tr>`,
  );
  const spacer = (place: 'before' | 'after', rowsFor: number) =>
    html`<tr class="data-grid-table-row-spacer" data-spacer="${place}" data-rows="${rowsFor}"><td colspan="${columns.length + 1}"></td></tr>`;
  const rendered = body.slice(0, RENDERED_ROWS);
  const waiting = body.slice(RENDERED_ROWS);
  return html`<div class="report-table-widget widgetReady finalState">
<div class="widgets"${waiting.length > 0 ? html` data-virtual-rows` : ''}>
<table class="data-grid-table data-grid-full-table" role="grid" style="table-layout:fixed;width:${ROW_NUMBER_WIDTH + columns.length * COLUMN_WIDTH}px">
<colgroup><col style="width:${ROW_NUMBER_WIDTH}px">${columns.map(() => html`<col style="width:${COLUMN_WIDTH}px">`)}</colgroup>
<tbody>
${header}
${spacer('before', 0)}
${rendered}
${spacer('after', waiting.length)}
</tbody></table>
${waiting.length > 0 ? rowsToRender(body) : ''}
</div>
${rows.length === 0 ? html`<div class="report-table-widget-noData">No records to display</div>` : ''}
</div>`;
}

// Columns of a fixed width: a grid wider than its container renders the cells of the columns in view only.
const ROW_NUMBER_WIDTH = 48;
const COLUMN_WIDTH = 160;

/** The rows a report run renders before its grid is scrolled. */
const RENDERED_ROWS = 40;

/** Every row's markup, for the page script to render the rows scrolled into view (markup in JSON: inert). */
function rowsToRender(rows: SafeHtml[]): SafeHtml {
  const json = JSON.stringify(rows.map((row) => row.value)).replace(/</g, '\\u003c');
  return trusted(`<script type="application/json" class="report-rows">${json}</script>`);
}

/** A column's header cell: its label where public suites read it. */
export function headerCell(field: SObjectField, index: number): SafeHtml {
  return html`<th class="data-grid-header-cell" scope="col" data-column-index="${index}"><div><span class="lightning-table-cell-measure-header-value">${field.label}</span></div></th>`;
}

/** What a record's cell shows: the name field links the record, any other field its value as Lightning formats it. */
export function cellValue(state: OrgState, type: SObjectType, row: Row, field: SObjectField): SafeHtml {
  return field.name === type.options.nameField
    ? html`<a href="/lightning/r/${type.name}/${row.Id}/view">${String(row[field.name] ?? '')}</a>`
    : fieldOutput(state, field, row[field.name] ?? null);
}

/**
 * Hand-written report and dashboard pages as public suites read them on real orgs
 * (docs/salesforce-facts.md#reports-and-dashboards), for unit tests of the steps without the emulator: the Lightning
 * page holds only an iframe, and the run is the iframe's own document.
 */

export const REPORT_VIEWER_PATH = '/reports/lightningReportApp.app';
export const DASHBOARD_APP_PATH = '/desktopDashboards/dashboardApp.app';

/** The Lightning page of a report or dashboard: the shell and the iframe, nothing of the run. */
export function lightningPageWithFrame(kind: 'report' | 'dashboard', id: string): string {
  const frame =
    kind === 'report'
      ? `<iframe class="isView reportsReportBuilder" title="Report Viewer" src="${REPORT_VIEWER_PATH}?reportId=${id}&isView=true&filterValues=%7B%7D"></iframe>`
      : `<div class="dashboardContainer"><iframe name="sfxdash-1700000000000-123456" title="dashboard" src="${DASHBOARD_APP_PATH}?dashboardId=${id}&displayMode=view&networkId=000000000000000&userId=005000000000001AAA"></iframe></div>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><header id="oneHeader"></header>${frame}</body></html>`;
}

export interface FixedReportRow {
  /** The record the name cell links, /lightning/r/{id}/view. */
  id: string;
  cells: string[];
}

/** The Report Viewer's document; `totalRecords` undefined leaves the "Total Records" metric out. */
export function reportViewerHtml(
  columns: string[],
  rows: FixedReportRow[],
  totalRecords?: number,
  notice = '',
): string {
  const metric =
    totalRecords === undefined
      ? ''
      : `<ul><li><div title="Total Records">Total Records</div><div>${totalRecords}</div></li></ul>`;
  const header = `<tr class="data-grid-table-row data-grid-table-row-start data-grid-header-row"><th class="data-grid-header-cell"><span class="lightning-table-cell-measure-header-value"></span></th>${columns
    .map(
      (label, index) =>
        `<th class="data-grid-header-cell" data-column-index="${index}"><div><span class="lightning-table-cell-measure-header-value">${label}</span></div></th>`,
    )
    .join('')}</tr>`;
  const body = rows
    .map(
      (row, rowIndex) =>
        `<tr class="data-grid-table-row"><th data-row-index="${rowIndex}">${rowIndex + 1}</th>${row.cells
          .map((text, index) => {
            const value = index === 0 ? `<a href="/lightning/r/${row.id}/view">${text}</a>` : text;
            return `<td data-row-index="${rowIndex}" data-column-index="${index}"><div class="wave-table-cell-text">${value}</div></td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div class="slds-page-header"><h1 class="report-title">Open Leads</h1></div>${notice}${metric}
<div class="report-table-widget widgetReady finalState"><table class="data-grid-table data-grid-full-table"><tbody>${header}${body}<tr class="data-grid-table-row-spacer"><td></td></tr></tbody></table></div>
</body></html>`;
}

/** The dashboard app's document: one SLDS card per component (the widget markup is unconfirmed). */
export function dashboardAppHtml(components: Record<string, string>): string {
  const cards = Object.entries(components)
    .map(
      ([title, value]) =>
        `<article class="slds-card"><header><h2 class="slds-card__header-title">${title}</h2></header><div class="slds-card__body">${value}</div></article>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div class="slds-page-header"><h1 class="slds-page-header__title">Sales Pipeline</h1></div>${cards}
</body></html>`;
}

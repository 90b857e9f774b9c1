import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import { REPORT_NO_ACCESS, type ReportRun } from '../model/reports';
import type { Row } from '../model/store';
import type { ReportDefinition } from '../org/schema-navigation';
import { fieldOutput } from './field-output';
import { reportGrid } from './report-grid';
import { groupedReportGrid } from './report-grouped-grid';
import { formatMetric } from './report-metric';
import { html, type SafeHtml } from './safe-html';

/**
 * A report run, as the Report Viewer's document shows it (html/analytics-frames.ts): the header, its metrics
 * ("Total Records" and the summaries, each an li holding div[title="{Label}"] then the value) and the grid; or the
 * message the run was refused with.
 */
export function reportRunBody(state: OrgState, report: ReportDefinition, run: ReportRun): SafeHtml {
  const header = html`<div class="slds-page-header report-header">
  <div class="slds-page-header__name-meta slds-text-title_caps">Report: ${state.object(report.object)?.labelPlural ?? report.object}</div>
  <h1 class="slds-page-header__title report-title" title="${report.name}">${report.name}</h1>
</div>`;
  const type = state.object(report.object);
  if (!run.ok || !type) {
    const message = run.ok ? REPORT_NO_ACCESS : run.message;
    return html`${header}<div class="slds-notify slds-notify_alert slds-theme_error report-error" role="alert">${message}</div>`;
  }
  const metrics = [
    metric('Total Records', String(run.rows.length)),
    ...run.summaries.map((summary) =>
      metric(
        summaryLabel(summary.aggregate, summary.field.label),
        formatMetric(summary.field, summary.value),
      ),
    ),
  ];
  return html`${header}
<ul class="report-header-metrics slds-grid">${metrics}</ul>
${
  run.groupings.length > 0
    ? groupedReportGrid(state, run, type, run.summaries)
    : reportGrid(state, run.columns, run.rows, type)
}`;
}

function metric(label: string, value: string): SafeHtml {
  return html`<li class="slds-p-right_large"><div class="slds-text-title" title="${label}">${label}</div><div class="slds-text-heading_medium">${value}</div></li>`;
}

function summaryLabel(aggregate: string, label: string): string {
  const words: Record<string, string> = { sum: 'Total', avg: 'Average', min: 'Smallest', max: 'Largest' };
  return `${words[aggregate] ?? 'Total'} ${label}`;
}

/** A plain table of rows (a dashboard's table component). */
export function recordTable(
  state: OrgState,
  columns: SObjectField[],
  rows: Row[],
  classes: string,
): SafeHtml {
  return html`<table class="slds-table slds-table_bordered ${classes}" role="grid">
  <thead><tr>${columns.map((field) => html`<th scope="col" title="${field.label}"><span class="slds-truncate">${field.label}</span></th>`)}</tr></thead>
  <tbody>${rows.map((row) => html`<tr>${columns.map((field) => html`<td>${fieldOutput(state, field, row[field.name] ?? null)}</td>`)}</tr>`)}</tbody>
</table>`;
}

/** /lightning/o/Report/home and /lightning/o/Dashboard/home: the items with their folders. */
export function analyticsHomeBody(
  plural: string,
  items: { id: string; name: string; folder: string; object: 'Report' | 'Dashboard' }[],
): SafeHtml {
  return html`<div class="slds-page-header analyticsHome"><h1 class="slds-page-header__title">${plural}</h1></div>
<table class="slds-table slds-table_bordered" role="grid" aria-label="${plural}">
  <thead><tr><th scope="col"><span class="slds-truncate" title="${plural === 'Reports' ? 'Report Name' : 'Dashboard Name'}">${plural === 'Reports' ? 'Report Name' : 'Dashboard Name'}</span></th><th scope="col"><span class="slds-truncate" title="Folder">Folder</span></th></tr></thead>
  <tbody>${items.map(
    (item) =>
      html`<tr><th scope="row"><a href="/lightning/r/${item.object}/${item.id}/view" title="${item.name}" data-refid="recordId" data-recordid="${item.id}">${item.name}</a></th><td>${item.folder}</td></tr>`,
  )}</tbody>
</table>`;
}

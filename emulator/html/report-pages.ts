import type { SObjectField } from '../model/fields';
import type { OrgState } from '../model/org-state';
import type { ReportRun } from '../model/reports';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import type { ReportDefinition } from '../org/schema-navigation';
import { fieldOutput } from './field-output';
import { html, type SafeHtml } from './safe-html';

/**
 * The report run page and the Reports tab. Real Lightning renders the report viewer in an iframe
 * (Lightning Report Builder); here it renders inline with the same header metrics ("Total Records 12").
 */
export function reportPageBody(state: OrgState, report: ReportDefinition, run: ReportRun): SafeHtml {
  const header = html`<div class="slds-page-header report-header">
  <div class="slds-page-header__name-meta slds-text-title_caps">Report: ${state.object(report.object)?.labelPlural ?? report.object}</div>
  <h1 class="slds-page-header__title report-title" title="${report.name}">${report.name}</h1>
</div>`;
  if (!run.ok) {
    return html`<div class="reportsReportPage">${header}<div class="slds-notify slds-notify_alert slds-theme_error report-error" role="alert">${run.message}</div></div>`;
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
  return html`<div class="reportsReportPage">${header}
<div class="metricsBar slds-grid" role="group" aria-label="Report metrics">${metrics}</div>
${recordTable(state, run.columns, run.rows, 'data-grid-table data-grid-full-table', state.object(report.object))}
</div>`;
}

export function metric(label: string, value: string): SafeHtml {
  return html`<div class="metricsBar-item slds-p-right_large" data-metric="${label}"><div class="metric-label slds-text-title">${label}</div><div class="metric-value slds-text-heading_medium">${value}</div></div>`;
}

function summaryLabel(aggregate: string, label: string): string {
  const words: Record<string, string> = { sum: 'Total', avg: 'Average', min: 'Smallest', max: 'Largest' };
  return `${words[aggregate] ?? 'Total'} ${label}`;
}

export function formatMetric(field: SObjectField | undefined, value: number): string {
  if (field?.type === 'currency')
    return value.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function recordTable(
  state: OrgState,
  columns: SObjectField[],
  rows: Row[],
  classes: string,
  type?: SObjectType,
): SafeHtml {
  const nameField = type?.options.nameField;
  const cell = (row: Row, field: SObjectField) =>
    type && field.name === nameField
      ? html`<td><a href="/lightning/r/${type.name}/${row.Id}/view" data-refid="recordId" data-recordid="${row.Id}">${String(row[field.name] ?? '')}</a></td>`
      : html`<td>${fieldOutput(state, field, row[field.name] ?? null)}</td>`;
  return html`<table class="slds-table slds-table_bordered ${classes}" role="grid">
  <thead><tr>${columns.map((field) => html`<th scope="col" title="${field.label}"><span class="slds-truncate">${field.label}</span></th>`)}</tr></thead>
  <tbody>${rows.map((row) => html`<tr data-row-id="${row.Id}">${columns.map((field) => cell(row, field))}</tr>`)}</tbody>
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

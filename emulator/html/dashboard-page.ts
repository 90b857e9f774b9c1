import type { OrgState, OrgUser } from '../model/org-state';
import { aggregate, type ReportRun } from '../model/reports';
import type { DashboardDefinition } from '../org/schema-navigation';
import { fieldOutput } from './field-output';
import { formatMetric } from './report-metric';
import { recordTable } from './report-pages';
import { html, type SafeHtml } from './safe-html';

/**
 * A dashboard, as the dashboard app's document shows it (html/analytics-frames.ts): every component runs its
 * source report as the dashboard's running user (fixed, or the viewer for a dynamic dashboard) and says so:
 * "View dashboard as: {Name}" (unconfirmed wording and markup, as is the component card).
 */
export interface DashboardComponentRun {
  component: DashboardDefinition['components'][number];
  run: ReportRun | undefined;
}

export function dashboardPageBody(
  state: OrgState,
  dashboard: DashboardDefinition,
  runAs: OrgUser,
  components: DashboardComponentRun[],
): SafeHtml {
  const dynamic = dashboard.runningUser === 'viewer';
  return html`<div class="dashboardPage" data-dynamic="${dynamic}">
<div class="slds-page-header dashboard-header">
  <div class="slds-page-header__name-meta slds-text-title_caps">Dashboard</div>
  <h1 class="slds-page-header__title dashboardTitle" title="${dashboard.title}">${dashboard.title}</h1>
  <div class="dashboardRunningUser slds-text-body_small">View dashboard as: <span class="runningUserName">${runAs.name}</span></div>
</div>
<div class="dashboardGrid slds-grid slds-wrap">${components.map((entry) => componentCard(state, entry))}</div>
</div>`;
}

function componentCard(state: OrgState, { component, run }: DashboardComponentRun): SafeHtml {
  let body: SafeHtml;
  if (!run) body = html`<p class="componentError">The source report is missing.</p>`;
  else if (!run.ok) body = html`<p class="componentError" role="alert">${run.message}</p>`;
  else if (component.type === 'table') body = recordTable(state, run.columns, run.rows, 'dashboardTable');
  else if (component.type === 'chart') body = chartAsTable(state, component.field, run);
  else {
    const field = component.field ? run.columns.find((column) => column.name === component.field) : undefined;
    const value =
      component.field && field
        ? formatMetric(field, aggregate(run.rows, field.name, 'sum'))
        : String(run.rows.length);
    body = html`<div class="metricValue slds-text-heading_large">${value}</div>`;
  }
  return html`<article class="slds-card dashboardComponent">
  <header class="slds-card__header"><h2 class="slds-card__header-title componentTitle">${component.title}</h2></header>
  <div class="slds-card__body slds-card__body_inner">${body}</div>
</article>`;
}

/** A chart rendered as its data table: one row per group with the record count. */
function chartAsTable(
  state: OrgState,
  fieldName: string | undefined,
  run: Extract<ReportRun, { ok: true }>,
): SafeHtml {
  const field = fieldName ? run.columns.find((column) => column.name === fieldName) : undefined;
  if (!field) return html`<div class="metricValue slds-text-heading_large">${run.rows.length}</div>`;
  const groups = new Map<string, number>();
  for (const row of run.rows) {
    const key = String(row[field.name] ?? '');
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return html`<table class="slds-table slds-table_bordered chartAsTable" role="grid">
  <thead><tr><th scope="col">${field.label}</th><th scope="col">Record Count</th></tr></thead>
  <tbody>${[...groups].map(
    ([key, count]) =>
      html`<tr><td>${key === '' ? '-' : fieldOutput(state, field, key)}</td><td>${count}</td></tr>`,
  )}</tbody>
</table>`;
}

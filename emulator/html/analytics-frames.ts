import { browserScript } from './browser-script';
import {
  DOCUMENT_END,
  documentStart,
  type HtmlPart,
  html,
  renderHtml,
  type SafeHtml,
  trusted,
} from './safe-html';

/**
 * Lightning shows a report run and a dashboard in iframes, each a document at a URL of its own
 * (docs/salesforce-facts.md#reports-and-dashboards): the Report Viewer (`iframe[title="Report Viewer"]`,
 * reports/lightningReportApp.app) and the dashboard app (`iframe[title="dashboard"]` named sfxdash-…,
 * desktopDashboards/dashboardApp.app). The Lightning page around them holds nothing of the run.
 */

export function reportViewerUrl(reportId: string): string {
  return `/reports/lightningReportApp.app?reportId=${encodeURIComponent(reportId)}&isView=true&filterValues=%7B%7D`;
}

export function dashboardAppUrl(dashboardId: string, userId: string): string {
  return `/desktopDashboards/dashboardApp.app?dashboardId=${encodeURIComponent(dashboardId)}&displayMode=view&networkId=000000000000000&userId=${encodeURIComponent(userId)}`;
}

export function reportViewerFrame(reportId: string): SafeHtml {
  return html`<div class="reportsReportPage">
  <iframe class="isView reportsReportBuilder" title="Report Viewer" src="${reportViewerUrl(reportId)}" style="${FRAME_STYLE}"></iframe>
</div>`;
}

export function dashboardFrame(dashboardId: string, userId: string): SafeHtml {
  const name = `sfxdash-${Date.now()}-${Math.floor(Math.random() * 1_000_000)}`;
  return html`<div class="dashboardContainer">
  <iframe name="${name}" title="dashboard" src="${dashboardAppUrl(dashboardId, userId)}" style="${FRAME_STYLE}"></iframe>
</div>`;
}

/**
 * The document an analytics iframe loads: the run or the dashboard alone, with the Lightning look; the Report
 * Viewer with the script that renders its grid's rows as they are scrolled into view.
 */
export function analyticsFrameDocument(title: string, bodyClass: string, body: HtmlPart): string {
  const script = title === 'Report Viewer' ? browserScript('report-viewer').value : '';
  return `${documentStart(title, bodyClass)}<link rel="stylesheet" href="/slds/emulator.css">${FRAME_DOCUMENT_STYLE.value}${renderHtml(body)}${script}${DOCUMENT_END}`;
}

const FRAME_STYLE = 'border:0;width:100%;height:75vh;min-height:600px;background:#fff';

const FRAME_DOCUMENT_STYLE = trusted(`<style>
body{background:#fff;padding:12px}
.report-header-metrics{display:flex;gap:24px;list-style:none;margin:12px 0;padding:0}
.dashboardGrid{display:flex;gap:12px;flex-wrap:wrap}
.dashboardGrid .slds-card{border:1px solid #ddd;border-radius:4px;padding:8px;min-width:240px}
.metricValue{font-size:2rem}
table[role="grid"]{border-collapse:collapse}
table[role="grid"] th,table[role="grid"] td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}
.widgets{max-height:420px;overflow:auto}
.data-grid-table-row td,.data-grid-table-row th{white-space:nowrap}
.data-grid-table-row td,.data-grid-table-row th{overflow:hidden;text-overflow:ellipsis}
tr.data-grid-table-row-spacer td{padding:0;border:0}
</style>`);

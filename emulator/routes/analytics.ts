import { Hono } from 'hono';
import { analyticsFrameDocument, dashboardFrame, reportViewerFrame } from '../html/analytics-frames';
import { dashboardPageBody } from '../html/dashboard-page';
import { maybeDeferred } from '../html/deferred-navigation';
import { lightningErrorBody } from '../html/error-pages';
import { lightningPage } from '../html/lightning-shell';
import { analyticsHomeBody, reportRunBody } from '../html/report-pages';
import { to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import {
  dashboardRunningUser,
  folderOpenTo,
  REPORT_NO_ACCESS,
  reportByDeveloperName,
  reportById,
  runReport,
} from '../model/reports';
import { sfDateTime } from '../model/store';
import { type PagePart, pageWithPart, servePart } from './deferred-parts';
import { type UiSession, uiSession } from './ui-session';

/**
 * Reports and dashboards (docs/salesforce-facts.md#reports-and-dashboards): the Reports and Dashboards tabs, their
 * run pages, and the Report Viewer's and the dashboard app's iframe documents.
 */
export function analyticsRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);

  // The Reports and Dashboards tabs list what is in folders open to the user; a dashboard's name is its Title.
  const homes = [
    { object: 'Report', tab: 'Reports', nameField: 'Name' },
    { object: 'Dashboard', tab: 'Dashboards', nameField: 'Title' },
  ] as const;
  for (const { object, tab, nameField } of homes) {
    app.get(`/lightning/o/${object}/home`, signedIn, (c) => {
      const { ui } = c.var;
      const items = openItems(state, ui.user, object).map((row) => ({
        id: row.Id,
        name: String(row[nameField]),
        folder: String(row.FolderName ?? ''),
        object,
      }));
      return c.html(lightningPage({ state, ...ui }, tab, analyticsHomeBody(tab, items)));
    });
  }

  // The Lightning page holds only the iframe (html/analytics-frames.ts); the run happens in the iframe's document.
  const reportPage = (_ui: UiSession, rawId: string): PagePart => {
    const found = reportById(state, rawId);
    if (!found) return { body: lightningErrorBody('record') };
    return { body: reportViewerFrame(found.row.Id), title: `${found.report.name} | Report` };
  };

  const dashboardPage = (ui: UiSession, rawId: string): PagePart => {
    const found = dashboardById(state, rawId);
    if (!found) return { body: lightningErrorBody('record') };
    if (!folderOpenTo(state, ui.user, found.dashboard.folder)) {
      return { body: lightningErrorBody('insufficientPrivileges') };
    }
    return { body: dashboardFrame(found.row.Id, ui.user.id), title: `${found.dashboard.title} | Dashboard` };
  };

  const pages = { Report: reportPage, Dashboard: dashboardPage };
  for (const object of ['Report', 'Dashboard'] as const) {
    app.get(`/lightning/r/${object}/:id/view`, signedIn, (c) => {
      const id = c.req.param('id');
      const part = pages[object](c.var.ui, id);
      return pageWithPart(c, state, part, `/aura/navigation/${object}/${encodeURIComponent(id)}`);
    });
    servePart(app, state, `/aura/navigation/${object}/:id`, (ui, c) => pages[object](ui, c.req.param('id')));
  }

  // The iframes' documents; under the "lightning" latency profile their content arrives after a spinner.
  const reportRun = (ui: UiSession, rawId: string): PagePart => {
    const found = reportById(state, rawId);
    if (!found) return { body: lightningErrorBody('record') };
    const { row, report } = found;
    // Reports always run as the viewer, with the viewer's sharing; a folder not shared with them refuses the run.
    const run = folderOpenTo(state, ui.user, report.folder)
      ? runReport(state, ui.user, report)
      : { ok: false as const, runAs: ui.user, message: REPORT_NO_ACCESS };
    row.LastRunDate = sfDateTime(new Date());
    return { body: reportRunBody(state, report, run) };
  };

  const dashboardRun = (ui: UiSession, rawId: string): PagePart => {
    const found = dashboardById(state, rawId);
    if (!found) return { body: lightningErrorBody('record') };
    const { dashboard } = found;
    if (!folderOpenTo(state, ui.user, dashboard.folder)) {
      return { body: lightningErrorBody('insufficientPrivileges') };
    }
    const runAs = dashboardRunningUser(state, ui.user, dashboard);
    const components = dashboard.components.map((component) => {
      const report = reportByDeveloperName(state, component.report);
      return { component, run: report ? runReport(state, runAs, report) : undefined };
    });
    return { body: dashboardPageBody(state, dashboard, runAs, components) };
  };

  const frames = [
    {
      object: 'Report',
      path: '/reports/lightningReportApp.app',
      idParam: 'reportId',
      title: 'Report Viewer',
      run: reportRun,
    },
    {
      object: 'Dashboard',
      path: '/desktopDashboards/dashboardApp.app',
      idParam: 'dashboardId',
      title: 'dashboard',
      run: dashboardRun,
    },
  ] as const;
  for (const { object, path, idParam, title, run } of frames) {
    const partPath = `/aura/analytics/${object}`;
    app.get(path, signedIn, (c) => {
      const id = c.req.query(idParam) ?? '';
      const body = maybeDeferred(
        state,
        `${partPath}/${encodeURIComponent(id)}`,
        () => run(c.var.ui, id).body,
      );
      return c.html(analyticsFrameDocument(title, `${object.toLowerCase()}Frame`, body));
    });
    servePart(app, state, `${partPath}/:id`, (ui, c) => run(ui, c.req.param('id')));
  }

  return app;
}

function rowById(state: OrgState, object: 'Report' | 'Dashboard', raw: string) {
  const id = to18(raw);
  return id ? state.store.get(object, id) : undefined;
}

function dashboardById(state: OrgState, raw: string) {
  const row = rowById(state, 'Dashboard', raw);
  const dashboard = row
    ? state.definition.dashboards.find((candidate) => candidate.developerName === row.DeveloperName)
    : undefined;
  return row && dashboard ? { row, dashboard } : undefined;
}

/** The Reports and Dashboards tabs list what sits in folders open to the viewer. */
function openItems(state: OrgState, user: UiSession['user'], object: 'Report' | 'Dashboard') {
  return state.store.all(object).filter((row) => folderOpenTo(state, user, String(row.FolderName ?? '')));
}

import { Hono } from 'hono';
import { dashboardPageBody } from '../html/dashboard-page';
import { lightningErrorBody } from '../html/error-pages';
import { lightningPage } from '../html/lightning-shell';
import { analyticsHomeBody, reportPageBody } from '../html/report-pages';
import { to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import {
  dashboardRunningUser,
  folderOpenTo,
  REPORT_NO_ACCESS,
  reportByDeveloperName,
  runReport,
} from '../model/reports';
import { sfDateTime } from '../model/store';
import { pageWithPart, servePart } from './deferred-parts';
import { type UiSession, uiSession } from './ui-session';

/**
 * Reports and dashboards (docs/salesforce-facts.md#reports-and-dashboards): the Reports and Dashboards tabs and
 * their run pages.
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

  const reportPart = (ui: UiSession, rawId: string) => {
    const row = rowById(state, 'Report', rawId);
    const report = row ? reportByDeveloperName(state, String(row.DeveloperName)) : undefined;
    if (!row || !report) return { body: lightningErrorBody('record') };
    // Reports always run as the viewer, with the viewer's sharing; a folder not shared with them refuses the run.
    const run = folderOpenTo(state, ui.user, report.folder)
      ? runReport(state, ui.user, report)
      : { ok: false as const, runAs: ui.user, message: REPORT_NO_ACCESS };
    row.LastRunDate = sfDateTime(new Date());
    return { body: reportPageBody(state, report, run), title: `${report.name} | Report` };
  };

  const dashboardPart = (ui: UiSession, rawId: string) => {
    const row = rowById(state, 'Dashboard', rawId);
    const dashboard = row
      ? state.definition.dashboards.find((candidate) => candidate.developerName === row.DeveloperName)
      : undefined;
    if (!dashboard) return { body: lightningErrorBody('record') };
    if (!folderOpenTo(state, ui.user, dashboard.folder)) {
      return { body: lightningErrorBody('insufficientPrivileges') };
    }
    const runAs = dashboardRunningUser(state, ui.user, dashboard);
    const components = dashboard.components.map((component) => {
      const report = reportByDeveloperName(state, component.report);
      return { component, run: report ? runReport(state, runAs, report) : undefined };
    });
    return {
      body: dashboardPageBody(state, dashboard, runAs, components),
      title: `${dashboard.title} | Dashboard`,
    };
  };

  const parts = { Report: reportPart, Dashboard: dashboardPart };
  for (const object of ['Report', 'Dashboard'] as const) {
    app.get(`/lightning/r/${object}/:id/view`, signedIn, (c) => {
      const id = c.req.param('id');
      // Rendered now even when deferred, so the run (and its title) happens once per view.
      const part = parts[object](c.var.ui, id);
      return pageWithPart(c, state, part, `/aura/navigation/${object}/${encodeURIComponent(id)}`);
    });
    servePart(app, state, `/aura/navigation/${object}/:id`, (ui, c) => parts[object](ui, c.req.param('id')));
  }

  return app;
}

function rowById(state: OrgState, object: 'Report' | 'Dashboard', raw: string) {
  const id = to18(raw);
  return id ? state.store.get(object, id) : undefined;
}

/** The Reports and Dashboards tabs list what sits in folders open to the viewer. */
function openItems(state: OrgState, user: UiSession['user'], object: 'Report' | 'Dashboard') {
  return state.store.all(object).filter((row) => folderOpenTo(state, user, String(row.FolderName ?? '')));
}

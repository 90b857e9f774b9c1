import { type Context, Hono } from 'hono';
import { SalesforceError } from '../api/errors';
import { valuesToWrite } from '../api/record-values';
import { appTabsFor, setCurrentApp } from '../html/app-navigation';
import { lightningErrorBody } from '../html/error-pages';
import { queueToast } from '../html/flash-toast';
import { lightningPage } from '../html/lightning-shell';
import { type ListViewPageModel, listViewPageBody, moreListViewRows } from '../html/list-view-page';
import { pathFor, pathStages } from '../html/opportunity-path';
import { objectAccess } from '../model/access';
import { findApp } from '../model/apps';
import { to18 } from '../model/ids';
import { findListView, listViewColumns, listViewRows, listViewsFor } from '../model/list-views';
import type { OrgState } from '../model/org-state';
import { updateRecord } from '../save/dml';
import { type PagePart, pageWithPart, servePart } from './deferred-parts';
import { formOf } from './form-body';
import { type UiEnv, type UiSession, uiSession } from './ui-session';

/** Navigation pages: apps (App Launcher targets), object homes and list views, Path stage changes. */
export function navigationRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);

  app.get('/lightning/app/:app', signedIn, (c) => {
    const { ui } = c.var;
    const chosen = findApp(state, c.req.param('app'));
    if (!chosen) {
      return c.html(lightningPage({ state, ...ui }, 'Error', lightningErrorBody('page')));
    }
    setCurrentApp(ui.session, chosen);
    // The app opens on its first tab (its default landing page).
    const first = appTabsFor(state, ui.user, chosen)[0];
    return c.redirect(first?.href ?? '/lightning/page/home', 302);
  });

  /** The list view as the viewer sees it, or the in-page error Lightning shows instead. */
  const listViewFor = (
    ui: UiSession,
    objectName: string,
    filterName: string | undefined,
  ): ListViewPageModel | { error: PagePart } => {
    const type = state.object(objectName);
    if (!type || type.options.system) return { error: { body: lightningErrorBody('page') } };
    if (!objectAccess(ui.user, type).read) {
      return { error: { body: lightningErrorBody('insufficientPrivileges') } };
    }
    const views = listViewsFor(state, ui.user, type);
    const current = findListView(views, filterName);
    if (!current) return { error: { body: lightningErrorBody('page') } };
    return {
      type,
      views,
      current,
      columns: listViewColumns(ui.user, type, current.definition),
      rows: listViewRows(state, ui.user, type, current.definition),
    };
  };

  /** The list view body for the viewer, or the in-page error Lightning shows instead. */
  const listViewPart = (ui: UiSession, objectName: string, filterName: string | undefined): PagePart => {
    const model = listViewFor(ui, objectName, filterName);
    if ('error' in model) return model.error;
    const { type, current } = model;
    return {
      body: listViewPageBody(state, model),
      title: `${current.definition.label} | ${type.labelPlural}`,
    };
  };

  const listView = (c: Context<UiEnv>, objectName: string, filterName: string | undefined) => {
    const part = listViewPart(c.var.ui, objectName, filterName);
    const query = filterName ? `?filterName=${encodeURIComponent(filterName)}` : '';
    return pageWithPart(
      c,
      state,
      part,
      `/aura/navigation/listview/${encodeURIComponent(objectName)}${query}`,
    );
  };

  // The object home opens on Recently Viewed, like Lightning's default.
  app.get('/lightning/o/:object/home', signedIn, (c) => listView(c, c.req.param('object'), undefined));
  app.get('/lightning/o/:object/list', signedIn, (c) =>
    listView(c, c.req.param('object'), c.req.query('filterName')),
  );
  servePart(app, state, '/aura/navigation/listview/:object', (ui, c) =>
    listViewPart(ui, c.req.param('object'), c.req.query('filterName')),
  );
  // The next rows of a long list, fetched when its last row is scrolled into view.
  servePart(app, state, '/aura/navigation/listview/:object/rows', (ui, c) => {
    const model = listViewFor(ui, c.req.param('object'), c.req.query('filterName'));
    if ('error' in model) return model.error;
    return { body: moreListViewRows(state, model, Math.max(0, Number(c.req.query('offset')) || 0)) };
  });

  // Emulator-only endpoint behind the Path buttons; real Lightning saves through an Aura action.
  app.post('/lightning/r/:object/:id/path', signedIn, async (c) => {
    const { ui } = c.var;
    const type = state.object(c.req.param('object'));
    const id = to18(c.req.param('id'));
    const row = type && id ? state.store.get(type.name, id) : undefined;
    const path = type ? pathFor(state, type) : undefined;
    if (!type || !row || row.IsDeleted === true || !path || !objectAccess(ui.user, type).read) {
      return c.html(lightningPage({ state, ...ui }, 'Error', lightningErrorBody('record')));
    }
    const form = await formOf(c.req.raw);
    const current = String(row[path.field] ?? '');
    const stages = pathStages(state, type, path, row);
    let stage = form.get('stage') ?? '';
    if (form.get('action') === 'complete') stage = stages.open[stages.open.indexOf(current) + 1] ?? '';
    try {
      if (![...stages.open, ...stages.closed].includes(stage)) {
        throw new SalesforceError(
          400,
          'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          `bad value for restricted picklist field: ${stage}`,
        );
      }
      const values = valuesToWrite(state, ui.user, type, { [path.field]: stage }, 'update');
      updateRecord(state, type, row, values, { user: ui.user });
      queueToast(ui.session, { variant: 'success', message: 'Stage changed successfully.' });
    } catch (error) {
      if (!(error instanceof SalesforceError)) throw error;
      queueToast(ui.session, { variant: 'error', title: 'We hit a snag.', message: error.message });
    }
    return c.redirect(`/lightning/r/${type.name}/${row.Id}/view`, 302);
  });

  return app;
}

import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { notFound } from '../api/errors';
import { describeListView } from '../api/list-view-describe';
import { to18 } from '../model/ids';
import { listViewsFor } from '../model/list-views';
import { navigationRow } from '../model/navigation-objects';
import type { OrgState } from '../model/org-state';
import { visibleObject } from './rest-records';

/**
 * /sobjects/{T}/listviews (the list views the user may pick) and /sobjects/{T}/listviews/{id}/describe (one
 * list view's columns, query, scope and filters), as the REST API answers them.
 */
export function listViewRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.get('/:type/listviews', (c) => {
    const type = visibleObject(state, c.get('user'), c.req.param('type'));
    const base = `/services/data/v${c.get('version')}/sobjects/${type.name}/listviews`;
    const views = listViewsFor(state, c.get('user'), type).filter((view) => view.id !== 'Recent');
    return c.json({
      done: true,
      listviews: views.map(({ id, definition }) => ({
        describeUrl: `${base}/${id}/describe`,
        developerName: definition.developerName,
        id,
        label: definition.label,
        resultsUrl: `${base}/${id}/results`,
        soqlCompatible: true,
        url: `${base}/${id}`,
      })),
      nextRecordsUrl: null,
      size: views.length,
      sobjectType: type.name,
    });
  });
  api.get('/:type/listviews/:id/describe', (c) => {
    const type = visibleObject(state, c.get('user'), c.req.param('type'));
    const id = to18(c.req.param('id'));
    const definition = state.definition.listViews.find(
      (view) => view.object === type.name && navigationRow(state, 'ListView', view.developerName)?.Id === id,
    );
    if (!id || !definition) throw notFound();
    return c.json(describeListView(state, type, id, definition));
  });
  return api;
}

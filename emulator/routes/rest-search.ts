import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { SalesforceError } from '../api/errors';
import { objectAccess } from '../model/access';
import type { OrgState } from '../model/org-state';
import { visibleRecords } from '../model/record-visibility';
import { runSosl } from '../soql/sosl';

/** /search (SOSL, soql/sosl.ts) and /recent (the user's recently viewed records). */
export function searchRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.get('/search', (c) => {
    const sosl = c.req.query('q');
    if (!sosl) throw new SalesforceError(400, 'MALFORMED_SEARCH', 'A search string has to be specified');
    return c.json(runSosl(state, c.get('user'), sosl, c.get('version')));
  });

  // The emulator keeps no view history: "recent" is the user's visible records, last changed first, as the
  // Recently Viewed list view answers (README, "List views"). Shape: REST API Developer Guide, "Recently Viewed Items".
  api.get('/recent', (c) => {
    const user = c.get('user');
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 200) || 200));
    const version = c.get('version');
    const items = [...state.objects.values()]
      .filter((type) => !type.options.system && objectAccess(user, type).read)
      .flatMap((type) =>
        visibleRecords(state, user, type).map((row) => ({
          modified: String(row.LastModifiedDate ?? ''),
          record: {
            attributes: {
              type: type.name,
              url: `/services/data/v${version}/sobjects/${type.name}/${row.Id}`,
            },
            Id: row.Id,
            Name: row[type.options.nameField ?? 'Name'] ?? null,
          },
        })),
      )
      .sort((a, b) => b.modified.localeCompare(a.modified))
      .slice(0, limit);
    return c.json(items.map((item) => item.record));
  });
  return api;
}

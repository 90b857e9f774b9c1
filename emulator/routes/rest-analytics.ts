import { type Context, Hono } from 'hono';
import { describeReport, executeReport, type RunMetadata } from '../api/analytics-reports';
import type { ApiEnv } from '../api/api-env';
import { malformedJson, notFound } from '../api/errors';
import type { OrgState } from '../model/org-state';
import { reportById } from '../model/reports';

/** /analytics/reports/{id}/describe and /analytics/reports/{id} (Execute Sync, GET or POST with reportMetadata). */
export function analyticsApiRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const found = (raw: string) => {
    const report = reportById(state, raw);
    if (!report) throw notFound();
    return report;
  };
  api.get('/:id/describe', (c) => {
    const { row, report } = found(c.req.param('id'));
    return c.json(describeReport(state, String(row.Id), report));
  });
  const run = async (c: Context<ApiEnv>, changes: RunMetadata | undefined) => {
    const { row, report } = found(c.req.param('id') ?? '');
    const details = c.req.query('includeDetails') === 'true';
    return c.json(
      executeReport(state, c.get('user'), c.get('version'), String(row.Id), report, changes, details),
    );
  };
  api.get('/:id', (c) => run(c, undefined));
  api.post('/:id', async (c) => {
    const body = await c.req.json<{ reportMetadata?: RunMetadata }>().catch((error: Error) => {
      throw malformedJson(error.message);
    });
    return run(c, body?.reportMetadata);
  });
  return api;
}

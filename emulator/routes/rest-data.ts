import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { methodNotAllowed } from '../api/allowed-methods';
import type { ApiEnv } from '../api/api-env';
import { errorResponse, notFound, SalesforceError, unexpected } from '../api/errors';
import { DAILY_API_REQUESTS, orgLimits } from '../api/limits';
import { requireApiSession } from '../api/session-auth';
import { releaseName, servedVersion, servedVersions } from '../api/versions';
import type { OrgState } from '../model/org-state';
import { queryColumns } from '../soql/column-metadata';
import { QueryCursors } from '../soql/cursors';
import { runSoql } from '../soql/execute';
import { BulkJobs } from './bulk-jobs';
import { analyticsApiRoutes } from './rest-analytics';
import { bulkV2Routes } from './rest-bulk-v2';
import { compositeRoutes } from './rest-composite';
import { compositeTreeRoutes } from './rest-composite-tree';
import { describeCompactLayoutRoutes } from './rest-describe-compact-layouts';
import { describeLayoutRoutes } from './rest-describe-layouts';
import { listViewRoutes } from './rest-list-views';
import { processApprovalRoutes } from './rest-process-approvals';
import { replicationRoutes } from './rest-replication';
import { searchRoutes } from './rest-search';
import { sobjectRoutes } from './rest-sobjects';
import { toolingRoutes } from './tooling-api';

const VERSION = ':version{v[0-9]+\\.[0-9]}';

/** /services/data: versions, resources, query/queryMore/queryAll and the sobject routes. */
export function restDataRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const cursors = new QueryCursors();
  const bulkJobs = new BulkJobs(state);

  api.onError((error, c) => errorResponse(c, error instanceof SalesforceError ? error : unexpected(error)));
  api.notFound((c) => errorResponse(c, notFound()));

  api.get('/', (c) =>
    c.json(
      servedVersions(state).map((version) => ({
        label: releaseName(Number(version)),
        url: `/services/data/v${version}`,
        version,
      })),
    ),
  );

  const versioned = createMiddleware<ApiEnv>(async (c, next) => {
    const version = servedVersion(state, c.req.param('version') ?? '');
    if (!version) throw notFound();
    c.set('version', version);
    state.apiCalls++;
    await next();
    c.header('Sforce-Limit-Info', `api-usage=${state.apiCalls}/${DAILY_API_REQUESTS}`);
  });
  api.use(`/${VERSION}`, versioned, requireApiSession(state));
  api.use(`/${VERSION}/*`, versioned, requireApiSession(state));

  api.get(`/${VERSION}`, (c) => {
    const base = `/services/data/v${c.get('version')}`;
    const resources = [
      'sobjects',
      'query',
      'queryAll',
      'limits',
      'recent',
      'search',
      'tooling',
      'composite',
      'jobs',
      'process',
    ];
    return c.json({
      ...Object.fromEntries(resources.map((name) => [name, `${base}/${name}`])),
      identity: `${new URL(c.req.url).origin}/id/${state.orgId}/${c.get('user').id}`,
    });
  });

  const query = (includeDeleted: boolean) => (c: Context<ApiEnv>) => {
    const soql = c.req.query('q');
    if (!soql) throw new SalesforceError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    if (c.req.query('columns') === 'true') {
      return c.json(queryColumns(state, c.get('user'), soql, c.get('version')));
    }
    const outcome = runSoql(state, c.get('user'), soql, c.get('version'), includeDeleted);
    return c.json(
      cursors.firstPage(
        outcome.records,
        outcome.totalSize,
        batchSize(c.req.header('sforce-query-options')),
        c.get('version'),
      ),
    );
  };
  api.get(`/${VERSION}/query`, query(false));
  api.get(`/${VERSION}/queryAll`, query(true));
  const queryMore = (c: Context<ApiEnv>) => {
    const page = cursors.next(c.req.param('locator') ?? '');
    if (!page) throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return c.json(page);
  };
  api.get(`/${VERSION}/query/:locator`, queryMore);
  api.get(`/${VERSION}/queryAll/:locator`, queryMore);

  api.get(`/${VERSION}/limits`, (c) => c.json(orgLimits(state, { bulkQueryJobs: bulkJobs.queryJobCount })));

  // Before sobjects/{T}/{id}: "updated" and "deleted" are not record ids.
  api.route(`/${VERSION}/sobjects`, replicationRoutes(state));
  api.route(`/${VERSION}/sobjects`, describeLayoutRoutes(state));
  api.route(`/${VERSION}/sobjects`, describeCompactLayoutRoutes(state));
  api.route(`/${VERSION}/sobjects`, listViewRoutes(state));
  api.route(`/${VERSION}/sobjects`, sobjectRoutes(state));
  api.route(`/${VERSION}/composite/tree`, compositeTreeRoutes(state));
  api.route(`/${VERSION}/composite`, compositeRoutes(state));
  api.route(`/${VERSION}/tooling`, toolingRoutes(state));
  api.route(`/${VERSION}/jobs`, bulkV2Routes(bulkJobs));
  api.route(`/${VERSION}/process`, processApprovalRoutes(state));
  api.route(`/${VERSION}/analytics/reports`, analyticsApiRoutes(state));
  api.route(`/${VERSION}`, searchRoutes(state));

  // Registered last: reached only when no resource above answered the path and method.
  api.all(`/${VERSION}/*`, (c) => {
    const resource = c.req.path.replace(/^\/services\/data\/v[0-9]+\.[0-9]/, '');
    throw methodNotAllowed(c.req.method, resource) ?? notFound();
  });
  return api;
}

/** Sforce-Query-Options: batchSize=N (200..2000; Salesforce's default and maximum is 2000). */
function batchSize(header: string | undefined): number {
  const match = /batchSize\s*=\s*(\d+)/i.exec(header ?? '');
  const size = match ? Number(match[1]) : 2000;
  return Math.min(2000, Math.max(200, size));
}

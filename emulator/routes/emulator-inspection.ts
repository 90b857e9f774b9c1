import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { errorResponse, SalesforceError } from '../api/errors';
import { requireApiSession } from '../api/session-auth';
import { latencyOf } from '../latency';
import { hasPermission } from '../model/access';
import type { OrgState } from '../model/org-state';

/**
 * The emulator's own read-outs of what Salesforce does not let you query (not Salesforce APIs: nothing in
 * pages/ or fixtures/ may use them), for an API session of a user with View All Data:
 * - GET /_emulator/sent-emails: the email alerts flows sent;
 * - GET /_emulator/latency: the latency profile and the time its delays took that no client could avoid.
 */
export function emulatorInspectionRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.onError((error, c) => {
    if (error instanceof SalesforceError) return errorResponse(c, error);
    throw error;
  });
  api.use('*', requireApiSession(state));
  api.use('*', async (c, next) => {
    if (!hasPermission(c.get('user'), 'ViewAllData')) {
      throw new SalesforceError(403, 'INSUFFICIENT_ACCESS', 'View All Data is required');
    }
    await next();
  });
  api.get('/sent-emails', (c) => c.json(state.sentEmails));
  api.get('/latency', (c) => {
    const latency = latencyOf(state);
    return c.json({ profile: latency.profile, unavoidableMs: latency.unavoidableMs() });
  });
  return api;
}

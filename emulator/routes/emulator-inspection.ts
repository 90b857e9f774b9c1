import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { errorResponse, SalesforceError } from '../api/errors';
import { requireApiSession } from '../api/session-auth';
import { hasPermission } from '../model/access';
import type { OrgState } from '../model/org-state';

/**
 * The emulator's own read-outs of what Salesforce does not let you query (not Salesforce APIs: nothing in
 * pages/ or fixtures/ may use them). GET /_emulator/sent-emails: the email alerts flows sent, for an API
 * session of a user with View All Data.
 */
export function emulatorInspectionRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.onError((error, c) => {
    if (error instanceof SalesforceError) return errorResponse(c, error);
    throw error;
  });
  api.use('*', requireApiSession(state));
  api.get('/sent-emails', (c) => {
    if (!hasPermission(c.get('user'), 'ViewAllData')) {
      throw new SalesforceError(403, 'INSUFFICIENT_ACCESS', 'View All Data is required');
    }
    return c.json(state.sentEmails);
  });
  return api;
}

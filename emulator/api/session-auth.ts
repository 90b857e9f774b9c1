import type { Context, MiddlewareHandler } from 'hono';
import { hasPermission } from '../model/access';
import { liveSession } from '../model/audit';
import type { OrgState } from '../model/org-state';
import type { ApiEnv } from './api-env';
import { apiDisabled, invalidSession, SalesforceError } from './errors';

/** The token of an API call: `Authorization: Bearer|OAuth <token>`, or `oauth_token=` as jsforce sends to /id. */
export function bearerToken(c: Context): string | undefined {
  const header = c.req.header('authorization') ?? '';
  const match = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? c.req.query('oauth_token') ?? undefined;
}

/**
 * The live session behind an API token, or undefined. A Login-As (SubstituteUser) session belongs to the
 * browser that impersonates: the APIs refuse it, as Salesforce does.
 */
export function apiSession(state: OrgState, token: string | undefined) {
  const live = liveSession(state, token);
  return live && live.session.type !== 'SubstituteUser' ? live : undefined;
}

/**
 * 401 only for a missing, ended or expired session (jsforce logs in again on 401, forever if it persists);
 * a user without API Enabled gets 403.
 */
export function requireApiSession(state: OrgState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const live = liveSession(state, bearerToken(c));
    if (!live) throw invalidSession();
    // A Login-As session belongs to the browser that impersonates; the API refuses it (the text jsforce
    // recognises as not recoverable by logging in again, jsforce/jsforce#1301).
    if (live.session.type === 'SubstituteUser') {
      throw new SalesforceError(
        401,
        'INVALID_SESSION_ID',
        'This session is not valid for use with the REST API',
      );
    }
    if (!hasPermission(live.user, 'ApiEnabled')) throw apiDisabled();
    c.set('session', live.session);
    c.set('user', live.user);
    c.set('state', state);
    await next();
  };
}

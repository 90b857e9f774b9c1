import type { AuthMethod } from '../config/org-settings';
import { orgSettingsFromEnv } from '../config/org-settings';

/**
 * Set by `persona-ux run` when the admin's API session it hands the workers is its own to end (not a borrowed
 * access token): how it was opened, `soap` or an OAuth flow, which says how to log it out.
 */
export const RUN_OWNS_SESSION = 'PERSONA_UX_RUN_OWNS_SESSION';

/** Logs out the admin's API session handed to this run, when it is the run's own, as the CLI does at the end. */
export async function endHandedSession(env: NodeJS.ProcessEnv): Promise<void> {
  const openedBy = env[RUN_OWNS_SESSION];
  if (!openedBy) return;
  const { accessToken, apiVersion } = orgSettingsFromEnv(env);
  if (!accessToken) return;
  await logOutApiSession(openedBy as AuthMethod, accessToken.token, accessToken.instanceUrl, apiVersion);
}

/**
 * Logs out one API session by its token, whoever holds it; one the org has ended already is left as it is.
 * jsforce logs a SOAP session out through SOAP logout(), an OAuth one through /services/oauth2/revoke, which the
 * instance (My Domain) URL serves as the login URL does.
 */
export async function logOutApiSession(
  openedBy: AuthMethod,
  token: string,
  instanceUrl: string,
  apiVersion: string,
): Promise<void> {
  const { Connection } = require('jsforce') as typeof import('jsforce');
  const conn = new Connection({
    instanceUrl,
    loginUrl: instanceUrl,
    version: apiVersion,
    ...(openedBy === 'soap' ? { sessionId: token } : { accessToken: token }),
  });
  await conn.logout().catch(() => undefined);
}

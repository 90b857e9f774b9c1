import type { OrgConnection } from '../../fixtures/org-connection';

/**
 * Logs the admin's API session out (jsforce: SOAP logout(), or the OAuth revoke), unless it was borrowed (an
 * access token, a Salesforce CLI org): that one is its owner's to end.
 */
export async function endAdminSession(org: OrgConnection | undefined): Promise<void> {
  if (org && org.auth !== 'access-token') await org.conn.logout().catch(() => undefined);
}

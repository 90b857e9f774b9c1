import type { OrgConnection } from '../../fixtures/org-connection';
import { readCliOrg } from './target-org';

/** Set by --target-org: the Salesforce CLI org (alias or username) whose session the run borrows. */
export const TARGET_ORG = 'PERSONA_UX_TARGET_ORG';

/**
 * A Salesforce CLI org's session, renewed by asking the CLI again. `sf org auth show-access-token` and
 * `sf org display` refresh the org's auth before they answer the token (`org.refreshAuth()`, a request that
 * jsforce retries with the refresh token or JWT key the CLI keeps: salesforcecli/plugin-org
 * src/commands/org/auth/show-access-token.ts and src/commands/org/display.ts, forcedotcom/sfdx-core
 * src/org/connection.ts `refreshAuth`, src/org/authInfo.ts "Sets up the refresh flows that jsForce will use").
 * When that refresh fails the CLI only warns ("Unable to refresh auth for org. Access token may be stale.") and
 * answers the token it has: the session Salesforce ended, which is refused here with what to do. The session
 * stays the CLI's own: persona-ux never logs it out.
 */
export function renewingThroughCli(
  session: OrgConnection,
  alias: string,
  env: NodeJS.ProcessEnv,
): OrgConnection {
  return {
    ...session,
    renew: async () => {
      const ended = session.sessionId();
      const { accessToken } = await readCliOrg(alias, env);
      if (accessToken === ended) {
        throw new Error(
          `the Salesforce CLI could not refresh the session of org "${alias}": sf org auth show-access-token ` +
            'answered the session Salesforce ended (an org logged in with an access token alone, sf org login ' +
            `access-token, has nothing to refresh it with). Log it in again (sf org login web --alias ${alias}) ` +
            'and run again; for runs longer than the session timeout, sign the admin in with SF_JWT_KEY_FILE or ' +
            'SF_PASSWORD instead',
        );
      }
      session.conn.accessToken = accessToken;
      return accessToken;
    },
  };
}

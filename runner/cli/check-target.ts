import { CHECKED_ORG_SETTINGS, type OrgSettings } from '../../config/org-settings';
import { KNOWN_ORG, type KnownOrg, type OrgConnection } from '../../fixtures/org-connection';
import { failed } from '../doctor/check';
import { formatCheckLines } from '../doctor/format';
import { preflight } from '../doctor/preflight';
import { recordRunStart } from '../doctor/run-start';
import { unknownNamesReport } from '../org-names/check-org';
import { RUN_OWNS_SESSION } from '../orphaned-run';

/**
 * The preflight: exit 3 with the failing checks' explanations; then the scenarios' org names through the same
 * admin session: exit 2 with the unknown ones. When the run may go on, its target (and a production override) is
 * recorded in the audit log, and the admin's API session comes back with the variables that hand it to the workers.
 */
export async function checkTarget(
  env: NodeJS.ProcessEnv,
  runId: string,
  allowProduction: string | undefined,
  shard: string | undefined,
  scenarios: Parameters<typeof unknownNamesReport>[0],
): Promise<{ stop: number } | { session: OrgConnection; forWorkers: NodeJS.ProcessEnv }> {
  const result = await preflight(env, allowProduction);
  let session: OrgConnection | undefined;
  try {
    const failing = failed(result.checks);
    if (failing.length > 0) {
      console.error(
        `persona-ux: preflight stopped the run before anything was created or impersonated:\n${formatCheckLines(failing)}\n` +
          'Run `persona-ux doctor` for every check.',
      );
      return { stop: 3 };
    }
    for (const check of result.checks.filter((c) => c.status === 'warn')) {
      console.warn(`persona-ux: ${check.name}: ${check.detail}${check.fix ? `\n  → ${check.fix}` : ''}`);
    }
    const unknownNames = await unknownNamesReport(scenarios, env, result.org);
    if (unknownNames) {
      console.error(unknownNames);
      return { stop: 2 };
    }
    // Only a run that goes on is recorded: one stopped here impersonated nobody and left the org as it was.
    await recordRunStart(result, env, runId, shard);
    session = result.org as OrgConnection;
    const facts = result.facts as NonNullable<typeof result.facts>;
    return {
      session,
      forWorkers: sharedSession(session, { orgId: session.orgId, admin: session.admin, facts }),
    };
  } finally {
    if (!session) await endSession(result.org);
  }
}

/**
 * The admin's session for the workers, handed over as an existing session with what the checks read of the org:
 * one API login per run, not one more per worker, and one entry in the admin's login history; no worker asks
 * who the admin is or what the org is again. The CLI ends the session after the run (unless it was borrowed).
 */
function sharedSession(session: OrgConnection, known: KnownOrg): NodeJS.ProcessEnv {
  const settings: OrgSettings = {
    loginUrl: session.instanceUrl,
    username: session.admin.username,
    accessToken: { token: session.sessionId(), instanceUrl: session.instanceUrl },
    apiVersion: session.apiVersion,
  };
  return {
    [CHECKED_ORG_SETTINGS]: JSON.stringify(settings),
    [KNOWN_ORG]: JSON.stringify(known),
    // Killed outright, the CLI cannot end the session: the runner then does (runner/orphaned-run.ts).
    ...(session.auth === 'access-token' ? {} : { [RUN_OWNS_SESSION]: session.auth }),
  };
}

/** Logs the admin's API session out, unless it was borrowed (an access token, a Salesforce CLI org). */
export async function endSession(org: OrgConnection | undefined): Promise<void> {
  if (org && org.auth !== 'access-token') await org.conn.logout().catch(() => undefined);
}

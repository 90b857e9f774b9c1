import { CHECKED_ORG_SETTINGS, type OrgSettings } from '../../config/org-settings';
import { KNOWN_ORG, type KnownOrg, type OrgConnection } from '../../fixtures/org-connection';
import { failed } from '../doctor/check';
import { endAdminSession } from '../doctor/end-admin-session';
import { formatCheckLines } from '../doctor/format';
import { preflight } from '../doctor/preflight';
import { recordRunStart } from '../doctor/run-start';
import { RUN_OWNS_SESSION } from '../handed-session';
import { unknownNamesReport } from '../org-names/check-org';
import { type SessionRenewal, serveSessionRenewal } from './session-renewal-server';
import { renewingThroughCli, TARGET_ORG } from './target-org-renewal';

/** The run whose target is checked: whether a signal has stopped it, and who holds the session meanwhile. */
export interface CheckedRun {
  stoppedBy(): NodeJS.Signals | undefined;
  /**
   * Hands the admin's API session, once it exists and each time it is renewed, to whoever ends it should this
   * process be killed; resolves once it is handed.
   */
  holdSession(env: NodeJS.ProcessEnv): Promise<void>;
}

/**
 * The preflight: exit 3 with the failing checks' explanations; then the scenarios' org names through the same
 * admin session: exit 2 with the unknown ones. When the run may go on, its target (and a production override) is
 * recorded in the audit log, and the admin's API session comes back with the variables that hand it to the workers.
 * A signal stops the checks at the next one (exit 1): nothing is recorded. However they stop, the admin's API
 * session they opened is logged out, unless it goes on to the workers.
 */
export async function checkTarget(
  env: NodeJS.ProcessEnv,
  runId: string,
  allowProduction: string | undefined,
  shard: string | undefined,
  scenarios: Parameters<typeof unknownNamesReport>[0],
  run: CheckedRun,
): Promise<{ stop: number } | { session: OrgConnection; forWorkers: NodeJS.ProcessEnv }> {
  const result = await preflight(env, allowProduction, {
    signedIn: (org) => {
      if (org.auth !== 'access-token') void run.holdSession(ownedSession(org));
    },
    stopped: () => run.stoppedBy() !== undefined,
  });
  let session: OrgConnection | undefined;
  const stoppedWords = (signal: NodeJS.Signals) =>
    `persona-ux: ${signal} stopped the run while it checked the org: nothing was created or impersonated, ` +
    `no run was recorded${result.org && result.org.auth !== 'access-token' ? ", and the admin's API session it opened is logged out" : ''}.`;
  try {
    const signal = run.stoppedBy();
    if (signal) {
      console.error(stoppedWords(signal));
      return { stop: 1 };
    }
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
    const late = run.stoppedBy();
    if (late) {
      console.error(stoppedWords(late));
      return { stop: 1 };
    }
    // Only a run that goes on is recorded: one stopped here impersonated nobody and left the org as it was.
    await recordRunStart(result, env, runId, shard);
    session = result.org as OrgConnection;
    const facts = result.facts as NonNullable<typeof result.facts>;
    const targetOrg = env[TARGET_ORG];
    const renewed =
      session.auth === 'access-token' && targetOrg ? renewingThroughCli(session, targetOrg, env) : session;
    renewal = await serveSessionRenewal(renewed, async () => {
      console.warn(
        `persona-ux: Salesforce ended the admin's API session mid-run (session timeout, or ended in Session ` +
          `Management); ${
            targetOrg && renewed.auth === 'access-token'
              ? `the Salesforce CLI refreshed org "${targetOrg}"'s session`
              : `${renewed.admin.username} is signed in again (${renewed.auth}), the ended session logged out`
          }, and the run goes on with the new one.`,
      );
      await run.holdSession(ownedSession(renewed));
    });
    return {
      session,
      forWorkers: {
        ...sharedSession(session, { orgId: session.orgId, admin: session.admin, facts }),
        ...renewal?.env,
      },
    };
  } finally {
    if (!session) await endAdminSession(result.org);
  }
}

/**
 * The admin's session for the workers, handed over as an existing session with what the checks read of the org:
 * one API login per run, not one more per worker, and one entry in the admin's login history; no worker asks
 * who the admin is or what the org is again. The CLI ends the session after the run (unless it was borrowed).
 */
function sharedSession(session: OrgConnection, known: KnownOrg): NodeJS.ProcessEnv {
  return { ...ownedSession(session), [KNOWN_ORG]: JSON.stringify(known) };
}

/**
 * The admin's API session as an existing session, and, unless it was borrowed, how it was opened: killed outright,
 * the CLI cannot end it, and the runner then does (runner/orphaned-run.ts).
 */
function ownedSession(session: OrgConnection): NodeJS.ProcessEnv {
  const settings: OrgSettings = {
    loginUrl: session.instanceUrl,
    username: session.admin.username,
    accessToken: { token: session.sessionId(), instanceUrl: session.instanceUrl },
    apiVersion: session.apiVersion,
  };
  return {
    [CHECKED_ORG_SETTINGS]: JSON.stringify(settings),
    ...(session.auth === 'access-token' ? {} : { [RUN_OWNS_SESSION]: session.auth }),
  };
}

/** Where the workers ask for the admin's session renewed, while the run goes on. */
let renewal: SessionRenewal | undefined;

/**
 * Logs the admin's API session out, unless it was borrowed (an access token, a Salesforce CLI org), and stops
 * renewing it.
 */
export async function endSession(session: OrgConnection | undefined): Promise<void> {
  await renewal?.close();
  renewal = undefined;
  await endAdminSession(session);
}

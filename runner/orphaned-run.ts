import { orgSettingsFromEnv } from '../config/org-settings';
import { whenParentGone } from './cli-gone';

/**
 * Set by `persona-ux run` when the admin's API session it hands the workers is its own to end (not a borrowed
 * access token): how it was opened, `soap` or an OAuth flow, which says how to log it out.
 */
export const RUN_OWNS_SESSION = 'PERSONA_UX_RUN_OWNS_SESSION';

/** How long a stopped run may take to end its Login-As sessions before it is killed. */
export function stopDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.PERSONA_UX_STOP_DEADLINE_MS) || 120_000;
}

/**
 * `persona-ux run` starts this runner in a process group of its own, so a CLI killed outright (SIGKILL, the OOM
 * killer) takes no signal to it, and the run would go on impersonating users with no one left to end the admin's
 * API session. Once the CLI is gone, the run is stopped as the CLI stops it on Ctrl+C: SIGINT to the whole group,
 * so the runner stops its tests, whose teardown ends their Login-As with "Log out as" and an audit end line, and
 * each worker knows at once to start no further Login-As (fixtures/run-stopping.ts). The returned teardown,
 * after the workers, logs out the admin's API session the CLI would have ended. Past the stop deadline the group
 * is killed, as the CLI would kill it.
 */
export function stopRunWhenCliGone(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.error,
): () => Promise<void> {
  let orphaned = false;
  whenParentGone(() => {
    orphaned = true;
    const ms = stopDeadlineMs(env);
    log(
      `\npersona-ux: the persona-ux run that started this run is gone; stopping the run and ending every Login-As session (at most ${Math.round(ms / 1000)} s)…`,
    );
    signalRun('SIGINT');
    setTimeout(() => {
      log(
        'persona-ux: the run did not stop in time; killing it. Check `persona-ux doctor` for open sessions.',
      );
      void endHandedSession(env).finally(() => signalRun('SIGKILL'));
    }, ms).unref();
  });
  return async () => {
    if (orphaned) await endHandedSession(env);
  };
}

/** This runner's process group (it leads it under `persona-ux run`), else this process alone. */
function signalRun(signal: NodeJS.Signals): void {
  try {
    process.kill(-process.pid, signal);
  } catch {
    process.kill(process.pid, signal);
  }
}

/** Logs out the admin's API session handed to this run, when it is the run's own, as the CLI does at the end. */
export async function endHandedSession(env: NodeJS.ProcessEnv): Promise<void> {
  const openedBy = env[RUN_OWNS_SESSION];
  if (!openedBy) return;
  const { accessToken, apiVersion } = orgSettingsFromEnv(env);
  if (!accessToken) return;
  const { Connection } = require('jsforce') as typeof import('jsforce');
  const { token, instanceUrl } = accessToken;
  // jsforce logs a SOAP session out through SOAP logout(), an OAuth one through /services/oauth2/revoke, which
  // the instance (My Domain) URL serves as the login URL does.
  const conn = new Connection({
    instanceUrl,
    loginUrl: instanceUrl,
    version: apiVersion,
    ...(openedBy === 'soap' ? { sessionId: token } : { accessToken: token }),
  });
  await conn.logout().catch(() => undefined);
}

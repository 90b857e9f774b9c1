import { whenParentGone } from './cli-gone';
import { sessionHeldByCli } from './go-ahead';
import { endHandedSession } from './handed-session';

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
 * after the workers, logs out the admin's API session the CLI would have ended: the one it last said it holds,
 * so a session renewed mid-run is the one ended, not the first. Past the stop deadline the group
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
      void endCurrentSession(env).finally(() => signalRun('SIGKILL'));
    }, ms).unref();
  });
  return async () => {
    if (orphaned) await endCurrentSession(env);
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

/** The admin's API session the CLI held last: renewed mid-run, it replaced the one the go-ahead brought. */
function endCurrentSession(env: NodeJS.ProcessEnv): Promise<void> {
  return endHandedSession({ ...env, ...sessionHeldByCli() });
}

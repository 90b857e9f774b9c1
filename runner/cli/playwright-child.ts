import { spawn } from 'node:child_process';

/** How long a stopped run may take to end its Login-As sessions before it is killed. */
export function stopDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.PERSONA_UX_STOP_DEADLINE_MS) || 120_000;
}

/**
 * Runs `node args…` (the Playwright runner) in its own process group, so a signal sent to the CLI's group
 * reaches the runner's group once, from here, as SIGINT: Playwright's graceful stop, in which every worker tears its
 * tests down (ending their Login-As sessions with "Log out as" and writing the audit end lines). A SIGTERM to
 * the CLI alone is forwarded the same way. If the run has not ended by the hard deadline, its whole process
 * group is killed. Resolves with the exit code, and whether a signal stopped the run.
 */
export function runForwardingSignals(
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = console.error,
): Promise<{ code: number; stoppedBy?: NodeJS.Signals }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit', detached: true });
    let stoppedBy: NodeJS.Signals | undefined;
    let deadline: NodeJS.Timeout | undefined;
    const forward = (signal: NodeJS.Signals) => {
      if (stoppedBy) return;
      stoppedBy = signal;
      const ms = stopDeadlineMs(env);
      log(
        `\npersona-ux: ${signal} received; stopping the run and ending every Login-As session (at most ${Math.round(ms / 1000)} s)…`,
      );
      try {
        // The whole group: the runner stops its tests, and each worker knows at once to start no further Login-As.
        if (child.pid) process.kill(-child.pid, 'SIGINT');
      } catch {
        // already gone
      }
      deadline = setTimeout(() => {
        log(
          'persona-ux: the run did not stop in time; killing it. Check `persona-ux doctor` for open sessions.',
        );
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, ms);
    };
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    const cleanUp = () => {
      for (const signal of signals) process.off(signal, forward);
      if (deadline) clearTimeout(deadline);
    };
    child.on('error', (error) => {
      cleanUp();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      cleanUp();
      resolve({ code: code ?? (signal ? 1 : 0), stoppedBy });
    });
  });
}

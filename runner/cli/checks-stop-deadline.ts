import type { PlaywrightRun } from './playwright-child';

/** How long a run stopped while it checks the org waits for the checks to stop and log their session out. */
export const CHECKS_STOP_DEADLINE_MS = 10_000;

const MAY_STAY_OPEN =
  "the admin's API session the checks opened may stay open until the org's session timeout (Setup → Session " +
  'Management ends it sooner)';

/**
 * The org checks of a run, given an end once a signal has stopped the run: an org that never answers would hold
 * the command forever. The checks get CHECKS_STOP_DEADLINE_MS to stop and log their session out; a signal sent
 * again ends the wait at once. Either way the command then `abandon`s the runner (nothing started in it) and
 * exits 1 at once, saying what may stay open: the request still waiting for the org would keep it alive.
 */
export async function checksWithinStopDeadline<T>(
  checks: Promise<T>,
  run: Pick<PlaywrightRun, 'stopped' | 'signalledAgain'>,
  abandon: () => void,
  exit: (code: number) => never = process.exit,
  log: (line: string) => void = console.error,
): Promise<T> {
  let over = false;
  let timer: NodeJS.Timeout | undefined;
  const giveUp = (why: string): never => {
    log(`persona-ux: ${why}: nothing was created or impersonated, no run was recorded; ${MAY_STAY_OPEN}.`);
    abandon();
    return exit(1);
  };
  // Neither settles: each ends the process, or stays pending once the checks are over.
  const stoppedLate = new Promise<never>(() => {
    void run.stopped.then((signal) => {
      if (over) return;
      const seconds = CHECKS_STOP_DEADLINE_MS / 1000;
      timer = setTimeout(
        () =>
          giveUp(
            `${signal} stopped the run while it checked the org, and the org did not answer within ${seconds} s`,
          ),
        CHECKS_STOP_DEADLINE_MS,
      );
    });
  });
  const signalledAgain = new Promise<never>(() => {
    void run.signalledAgain.then((signal) => {
      if (!over)
        giveUp(`${signal} again while the run waited for the org to answer its checks; stopped at once`);
    });
  });
  try {
    return await Promise.race([checks, stoppedLate, signalledAgain]);
  } finally {
    over = true;
    if (timer) clearTimeout(timer);
  }
}

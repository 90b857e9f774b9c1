import { ExpectationError } from './steps/context';

/**
 * The moment a scenario's steps must be done by: its Playwright timeout, less the time the test's teardown needs
 * to end the Login-As and delete the test data (a step that ran over would leave them none). A step still
 * running then fails with the step, its line and the timeout named, rather than Playwright's bare "Test timeout
 * of N ms exceeded", which names neither.
 */
export function stepsDeadline(timeoutMs: number, startedAt = performance.now()): number | undefined {
  if (!timeoutMs) return undefined; // no timeout: nothing to run out of
  const teardown = Math.min(Math.max(TEARDOWN_MS, timeoutMs * 0.1), timeoutMs / 2);
  return startedAt + timeoutMs - teardown;
}

/**
 * "Log out as" (two page loads), the org's audit trail read, the test data's deletion and the browser context's
 * close (a failure screenshot first): several round trips to the org, each up to seconds on a real one or a busy
 * machine.
 */
const TEARDOWN_MS = 10_000;

/**
 * Runs `step`, or fails with `ranOut()` once `deadline` (performance.now() time) has passed. A step left running
 * then ends with the page when the test tears down; its own late failure is not reported again.
 */
export async function beforeDeadline<T>(
  step: () => Promise<T>,
  deadline: number | undefined,
  ranOut: () => string,
): Promise<T> {
  if (deadline === undefined) return step();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExpectationError(ranOut())),
      Math.max(0, deadline - performance.now()),
    );
  });
  const running = step();
  running.catch(() => undefined);
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}

import { test } from '@playwright/test';
import { WAITING } from '../reporters/waiting-annotation';

/**
 * Runs `work`, a wait for the page to show what a step expects, with `description` (what it waits for and what the
 * page shows) on the test while it runs: when the scenario's time runs out in the middle of it, the summary says
 * what the step was waiting for, not only where it was.
 */
export async function whileWaiting<T>(description: string, work: () => Promise<T>): Promise<T> {
  let annotations: { type: string; description?: string }[] | undefined;
  try {
    annotations = test.info().annotations;
  } catch {
    return work(); // outside a test (a step test calling it directly): nothing to note
  }
  const note = { type: WAITING, description };
  annotations.push(note);
  try {
    return await work();
  } finally {
    const at = annotations.indexOf(note);
    if (at >= 0) annotations.splice(at, 1);
  }
}

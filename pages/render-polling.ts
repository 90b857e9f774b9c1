import { expect } from '@playwright/test';

/**
 * How often to look again while Lightning renders a page's parts on its own (each arrives when its server call
 * returns): often enough that a check ends within ~0.1 s of the part arriving, not a growing back-off's second.
 */
export const RENDER_POLL_INTERVALS = [50, 100];

/**
 * Reads until `wanted` holds of the reading or `timeoutMs` has passed, and gives the last reading either way: for
 * what Lightning renders on its own after it has answered (the saved record, after the save's toast).
 */
export async function readUntil<T>(
  read: () => Promise<T>,
  wanted: (reading: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  let reading = await read();
  if (wanted(reading)) return reading;
  await expect
    .poll(
      async () => {
        reading = await read();
        return wanted(reading);
      },
      { timeout: timeoutMs, intervals: RENDER_POLL_INTERVALS },
    )
    .toBe(true)
    .catch(() => undefined);
  return reading;
}

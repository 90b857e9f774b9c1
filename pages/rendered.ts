import type { Locator } from '@playwright/test';

/**
 * The longest wait handed to Playwright at once. Playwright checks a waited-for element after 0, 20, 50, 100
 * and 100 ms, then every 500 ms — unless the wait's timeout is under 2.5 s, when it keeps checking every 100 ms
 * (playwright-core: retryWithProgressAndBackoff drops back-off steps above a fifth of the timeout). Lightning
 * renders a page's parts as their server calls return, 0.3–2 s after the page loads: a 500 ms step would see
 * each part up to half a second late.
 */
const SLICE_MS = 2_000;

/** How long a page part may take to render when neither the caller nor the page says (the config's actionTimeout). */
const RENDER_TIMEOUT_MS = 15_000;

export interface RenderedOptions {
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  /** In ms; 0 waits without a limit. Default: the page's default timeout, as for `waitFor`. */
  timeout?: number;
  /** Once aborted, the wait stops looking (within one slice) and ends without an error. */
  signal?: AbortSignal;
}

/**
 * `locator.waitFor(options)`, looking again every 0.1 s however long the part takes: the wait is handed to
 * Playwright in slices of at most 2 s. A part that never comes fails as `waitFor` fails (a TimeoutError), with
 * the whole timeout in its message.
 */
export async function rendered(locator: Locator, options: RenderedOptions = {}): Promise<void> {
  const timeout = options.timeout ?? pageDefaultTimeout(locator);
  const deadline = timeout === 0 ? Number.POSITIVE_INFINITY : performance.now() + timeout;
  while (!options.signal?.aborted) {
    const left = Math.max(1, Math.ceil(deadline - performance.now()));
    try {
      await locator.waitFor({ state: options.state, timeout: Math.min(left, SLICE_MS) });
      return;
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      if (left <= SLICE_MS && !options.signal?.aborted) {
        (error as Error).message = (error as Error).message.replace(
          /Timeout \d+ms exceeded/,
          `Timeout ${timeout}ms exceeded`,
        );
        throw error;
      }
    }
  }
}

/** The timeout `waitFor` takes when given none: the page's, else its context's (Playwright keeps it private). */
export function pageDefaultTimeout(locator: Locator): number {
  type Settings = { timeout(options: object): { timeout?: number } };
  const settings = (locator.page() as unknown as { _timeoutSettings?: Settings })._timeoutSettings;
  const timeout = settings?.timeout({}).timeout;
  return typeof timeout === 'number' ? timeout : RENDER_TIMEOUT_MS;
}

/**
 * Waits until the first of several parts is rendered (each a locator, or a locator and its options, e.g. a
 * dialog `detached` or its errors shown); the others then stop looking.
 */
export async function firstRendered(...parts: [Locator, RenderedOptions?][]): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race(
      parts.map(([locator, options]) => rendered(locator, { ...options, signal: stop.signal })),
    );
  } finally {
    stop.abort();
  }
}

import { type Browser, type BrowserContext, test } from '@playwright/test';

/**
 * A browser context for the running test, as `browser.newContext` makes it, which Playwright leaves open until the
 * worker ends: each test's pages would hold their renderer processes for the rest of the worker's files, hundreds in a
 * whole-suite run, and the machine slows until tests time out. Contexts made here are closed when a later test of the
 * worker makes its first one.
 */
export async function newTestContext(
  browser: Browser,
  options?: Parameters<Browser['newContext']>[0],
): Promise<BrowserContext> {
  const testId = test.info().testId;
  for (const [owner, contexts] of byTest) {
    if (owner === testId) continue;
    byTest.delete(owner);
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  }
  const context = await browser.newContext(options);
  byTest.set(testId, [...(byTest.get(testId) ?? []), context]);
  return context;
}

const byTest = new Map<string, BrowserContext[]>();

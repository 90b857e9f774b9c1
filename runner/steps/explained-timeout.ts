import type { Page } from '@playwright/test';

/**
 * Runs a page-object action; a Playwright timeout inside it becomes an error that says what the step was
 * waiting for, as whom, how long, where the page is now, and the likely cause — never Playwright's own "Timeout
 * 15000ms exceeded", which names a locator call instead of what the persona waited for.
 */
export async function explainingTimeouts<T>(
  page: Page,
  waitingFor: string,
  likelyCause: string,
  action: () => Promise<T>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    const title = await page.title().catch(() => '');
    throw new Error(
      `${waitingFor} did not happen (now at ${page.url()}, "${title}"). Likely cause: ${likelyCause}.` +
        waited((error as Error).message),
    );
  }
}

/** " Waited 15 s.", read from Playwright's "Timeout 15000ms exceeded", whose wording the user need not see. */
function waited(message: string): string {
  const ms = /Timeout (\d+)ms exceeded/.exec(message)?.[1];
  return ms === undefined ? '' : ` Waited ${Number(ms) / 1000} s.`;
}

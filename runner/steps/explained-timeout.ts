import type { Page } from '@playwright/test';

/**
 * Runs a page-object action; a Playwright timeout inside it becomes an error that says what the step was
 * waiting for, as whom, where the page is now, and the likely cause — never a bare "Timeout 15000ms exceeded".
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
      `${waitingFor} did not happen (now at ${page.url()}, "${title}"). Likely cause: ${likelyCause}. ` +
        (error as Error).message.split('\n')[0],
    );
  }
}

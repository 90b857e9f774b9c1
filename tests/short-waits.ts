import type { Page } from '@playwright/test';

/**
 * Short waits for what a test makes never happen, while navigations keep the time a loaded machine needs:
 * a page's default timeout bounds its navigations too, and a navigation that has not committed within a
 * second on a busy CI runner would fail the test for the wrong reason.
 */
export function waitAtMost(page: Page, ms: number): void {
  page.setDefaultTimeout(ms);
  page.setDefaultNavigationTimeout(30_000);
}

import type { BrowserContext, Page } from '@playwright/test';
import type { AdminBrowserSession } from '../../fixtures/admin-session';

/**
 * Opens browser contexts as the admin beside the persona's: the worker's admin UI session (frontdoor, kept in
 * memory), which the persona's Login-As in its own context leaves untouched. No new session is made, so none
 * is left to end. Unconfirmed for real orgs: that the admin's original session stays usable in another browser
 * context while a Login-As started from it is active (Salesforce restores it on "Log out as").
 */
export function adminContexts(
  page: Page,
  adminSession: AdminBrowserSession,
  baseURL: string,
): () => Promise<BrowserContext> {
  return async () => {
    const browser = page.context().browser();
    if (!browser)
      throw new Error(
        'compareWithAdmin needs a browser to open the admin’s view in (not a persistent context).',
      );
    return browser.newContext({ storageState: await adminSession.storageState(), baseURL });
  };
}

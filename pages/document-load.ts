import type { Page, Request } from '@playwright/test';

export interface DocumentLoadWatch {
  /**
   * Resolves once the page is settled: at once when nothing since the watch began loaded another document in
   * its main frame, else when that document has loaded (or the wait for it ran out). Stops watching.
   */
  settled(): Promise<void>;
}

/**
 * Watches whether what the page does next loads another document in its main frame. Lightning answers most saves
 * and actions by rendering the record page again in place (Lightning Data Service sends a changed record to every
 * component showing it: https://developer.salesforce.com/docs/platform/lwc/guide/reference-notify-record-update.html),
 * while others may load the page again: a wait for a `load` event that never comes would hold
 * every step up until its timeout, so the wait is only for the load of a navigation seen to start.
 */
export function watchDocumentLoad(page: Page): DocumentLoadWatch {
  const main = page.mainFrame();
  let navigating = false;
  let loaded = false;
  const onRequest = (request: Request) => {
    if (!request.isNavigationRequest() || request.frame() !== main) return;
    navigating = true;
    loaded = false;
  };
  const onLoad = () => {
    if (navigating) loaded = true;
  };
  page.on('request', onRequest);
  page.on('load', onLoad);
  return {
    async settled() {
      try {
        if (navigating && !loaded) await page.waitForEvent('load').catch(() => undefined);
      } finally {
        page.off('request', onRequest);
        page.off('load', onLoad);
      }
    },
  };
}

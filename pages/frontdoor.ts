import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';

/**
 * Turns an API session into a browser session through frontdoor.jsp. The session id goes in a POST body,
 * as Salesforce Help recommends ("Using Frontdoor.jsp to Bridge an Existing Session Into Salesforce"),
 * so it never lands in a URL, a browser history, a trace or a log.
 */
export class Frontdoor {
  constructor(private readonly page: Page) {}

  async enter(instanceUrl: string, sessionId: string, retURL = '/lightning/page/home'): Promise<void> {
    const action = new URL(locators.frontdoor.path, instanceUrl).toString();
    // The form is posted from a blank page: no page's own scripts or policies in the way.
    if (this.page.url() !== 'about:blank') await this.page.goto('about:blank');
    await this.page.evaluate(
      ({ action, sid, retURL }) => {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = action;
        for (const [name, value] of Object.entries({ sid, retURL })) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      { action, sid: sessionId, retURL },
    );
    // Frontdoor redirects (across my.salesforce.com and lightning.force.com on a real org) to retURL. The session
    // is in the cookies those responses set: once retURL's document has arrived, the browser holds it. Its page
    // is not waited for (Lightning's home takes seconds to render on a real org); the test's next page replaces it.
    // A session id the org does not take leads to its login page instead: that is the answer, not a wait.
    const stop = new AbortController();
    const landed = await Promise.race([
      this.page
        .waitForURL((url) => url.pathname.startsWith('/lightning/'), { waitUntil: 'commit' })
        .then(() => 'lightning' as const),
      shownBeforeAbort(this.page.locator(locators.login.username), stop.signal).then((shown) =>
        shown ? ('login page' as const) : ('lightning' as const),
      ),
    ]).finally(() => stop.abort());
    if (landed === 'login page') throw new FrontdoorRefused(this.page.url());
  }
}

/**
 * Looks for `part` every 0.1 s until it shows (true) or `signal` is aborted (false). Unlike a `waitFor` that lost a
 * race, it stops looking once the other outcome has come.
 */
async function shownBeforeAbort(part: Locator, signal: AbortSignal): Promise<boolean> {
  while (!signal.aborted) {
    // A look during the redirects may meet a document going away: that is not the form showing.
    if (await part.isVisible().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** frontdoor.jsp answered with the login page: the org did not take the session id as a browser session. */
export class FrontdoorRefused extends Error {
  override name = 'FrontdoorRefused';
  constructor(readonly url: string) {
    super(
      `frontdoor.jsp led to Salesforce's login page (${url}) instead of Lightning: the org did not accept the ` +
        "admin's session for the browser. Likely causes: the access token expired or was revoked (sign in " +
        'again); Session Settings lock sessions to the IP address they came from, and this browser reaches ' +
        'the org from another address than the API sign-in; likely, a connected app whose OAuth scopes lack ' +
        '`web` (a token without it may be refused for the browser; give the app the scopes api, web and ' +
        'refresh_token, README "Use it on your sandbox").',
    );
  }
}

import type { FrameLocator, Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';

/**
 * A user's classic detail page, whose top button row holds the Login button. It is opened directly
 * (`/{userId}?noredirect=1&isUserEntityOverride=1`, one document load); where that page is not available,
 * through Setup > Users > {user}, where Lightning wraps the same classic page in an iframe (force-aloha-page).
 * The button is found by role and name first, then by the selector of Salesforce's page object
 * (setup/setupAlohaPage: buttonByName). Either way its click is the same action: servlet.su in the top window.
 */
export class SetupUserDetailPage {
  readonly frame: FrameLocator;
  /** Where the classic page is: the top window (opened directly) or Lightning Setup's iframe. */
  private scope: Page | FrameLocator;

  constructor(private readonly page: Page) {
    this.frame = page.frameLocator(locators.setup.classicFrame);
    this.scope = page;
  }

  get topButtonRow(): Locator {
    return this.scope.locator(locators.setup.topButtonRow);
  }

  /**
   * By role and name within the top button row, where the page documents it (classic pages may repeat their
   * buttons below the detail, which would make a page-wide look find two); else by the page object's selector.
   * The row holds a few inputs, so looking there is also quicker than computing every element's name.
   */
  get loginButton(): Locator {
    return loginButtonIn(this.scope);
  }

  /** True when the page was opened directly; false when it had to go through Lightning Setup. */
  async open(userId: string): Promise<boolean> {
    if (await this.openDirectly(userId)) return true;
    this.scope = this.frame;
    await this.page.goto(locators.setup.userDetailPath(userId));
    // Lightning Setup renders its iframe after the page has loaded.
    await rendered(this.topButtonRow);
    return false;
  }

  /**
   * The classic page in the top window, if the org serves it there: an error status, a redirect into
   * Lightning, or a page without the detail's button row means it does not, and the caller goes through Setup.
   * A classic page is server-rendered: its button row, and the script its buttons call (in the head), are there
   * once the document is parsed; its images and the load event are not waited for.
   */
  private async openDirectly(userId: string): Promise<boolean> {
    this.scope = this.page;
    const response = await this.page
      .goto(locators.setup.classicUserDetailPath(userId), { waitUntil: 'domcontentloaded' })
      .catch(() => null);
    if (!response?.ok() || new URL(this.page.url()).pathname.startsWith('/lightning/')) return false;
    return this.topButtonRow.waitFor({ timeout: DIRECT_PAGE_WAIT_MS }).then(
      () => true,
      () => false,
    );
  }

  async hasLoginButton(): Promise<boolean> {
    return (await this.loginButton.count()) > 0;
  }

  /**
   * Whether a user's detail page with its Login button shows within `timeoutMs`, in the top window or in
   * Lightning Setup's iframe, whichever this page is: only an administrator's own session sees it, and it is
   * where "Log out as" returns them (the page they clicked Login on, servlet.su's retURL).
   */
  async showsLoginButton(timeoutMs: number): Promise<boolean> {
    const stop = new AbortController();
    const shown = (button: Locator) => rendered(button.first(), { timeout: timeoutMs, signal: stop.signal });
    try {
      return await Promise.any([shown(loginButtonIn(this.page)), shown(loginButtonIn(this.frame))]).then(
        () => true,
        () => false,
      );
    } finally {
      stop.abort();
    }
  }

  /** Clicks Login; the top window then goes through servlet.su to the persona's home page. */
  async clickLogin(): Promise<void> {
    await this.loginButton.click();
  }
}

/** The Login button of the classic user page shown in `scope`: by role and name in its top button row, else by the page object's selector. */
function loginButtonIn(scope: Page | FrameLocator): Locator {
  return scope
    .locator(locators.setup.topButtonRow)
    .getByRole('button', { name: locators.setup.loginButtonName, exact: true })
    .or(scope.locator(locators.setup.loginButton));
}

/** A classic page is server-rendered: its button row is there once it has loaded, or the page is another one. */
const DIRECT_PAGE_WAIT_MS = 5_000;

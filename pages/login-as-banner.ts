import type { Locator, Page, Request, Response } from '@playwright/test';
import { locators } from './locators';

export interface BannerIdentity {
  name: string;
  username: string;
}

/** The "Logged in as {Name} ({username})" message Lightning's system message bar shows during Login-As. */
export class LoginAsBanner {
  readonly root: Locator;
  readonly logOutLink: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(locators.loginAs.banner);
    const name = new RegExp(`^${locators.loginAs.logOutLinkName}`);
    this.logOutLink = this.root
      .getByRole('link', { name })
      .or(this.root.locator(locators.loginAs.logOutLink))
      .first();
  }

  /**
   * The message's text as it shows, read from its text spans (global/systemMessage: systemMessageTextById) in
   * one look at the page: undefined while the message is absent or hidden (or has no such spans).
   * The look runs in the page's own world, not through Playwright's selector engine: the message is Aura's light
   * DOM (global/header: systemMessage), and on a page just loaded, where the Login-As lands, that engine costs
   * about 0.1 s to set up before its first answer (bench/RESULTS.md, persona switch). Shown is what Playwright
   * calls visible: a box of some size, and not `visibility: hidden`.
   */
  async shownText(): Promise<string | undefined> {
    const spans = await this.page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll<HTMLElement>(selector))
          .filter((span) => {
            const box = span.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(span).visibility === 'visible';
          })
          .map((span) => span.innerText),
      locators.loginAs.bannerText,
    );
    return spans.length > 0 ? spans.join(' ') : undefined;
  }

  /** Who the message names: its text spans, else the whole message. */
  async identity(): Promise<BannerIdentity | undefined> {
    return identityIn((await this.shownText()) ?? (await this.text()));
  }

  /** The whole message as shown, link included. */
  async text(): Promise<string> {
    return (await this.root.innerText()).replace(/\s+/g, ' ').trim();
  }

  /**
   * Clicks "Log out as {Name}" and follows its navigation (logout.jsp, then where it redirects) to the document
   * the org answers with: its status and address, or why no answer came (a navigation that failed, as to an
   * unreachable org, leaves the browser on its own error page, which proves nothing). Waits for that document
   * to be parsed.
   */
  async logOut(timeoutMs = LOG_OUT_ANSWER_TIMEOUT_MS): Promise<LogOutAnswer> {
    const main = this.page.mainFrame();
    const ofThisPage = (request: Request) => request.isNavigationRequest() && request.frame() === main;
    let settle: (answer: LogOutAnswer) => void = () => undefined;
    const answered = new Promise<LogOutAnswer>((resolve) => {
      settle = resolve;
    });
    const onResponse = (response: Response) => {
      const status = response.status();
      // A redirect is a step on the way, not the answer.
      if (ofThisPage(response.request()) && (status < 300 || status >= 400))
        settle({ answered: true, status, url: response.url() });
    };
    const onFailure = (request: Request) => {
      if (ofThisPage(request))
        settle({ answered: false, failure: request.failure()?.errorText ?? 'failed', url: request.url() });
    };
    this.page.on('response', onResponse);
    this.page.on('requestfailed', onFailure);
    const timer = setTimeout(
      () =>
        settle({ answered: false, failure: `no answer within ${timeoutMs / 1000} s`, url: this.page.url() }),
      timeoutMs,
    );
    try {
      await this.logOutLink.click();
      const answer = await answered;
      if (answer.answered) {
        await this.page.waitForLoadState('domcontentloaded', { timeout: timeoutMs }).catch(() => undefined);
      }
      return answer;
    } finally {
      clearTimeout(timer);
      this.page.off('response', onResponse);
      this.page.off('requestfailed', onFailure);
    }
  }
}

/** What the org answered to "Log out as": the document it led to, or why there was none. */
export type LogOutAnswer =
  | { answered: true; status: number; url: string }
  | { answered: false; failure: string; url: string };

/** As long as a page navigation may take (the config's navigationTimeout). */
const LOG_OUT_ANSWER_TIMEOUT_MS = 30_000;

/** Who a Login-As message ("Logged in as {Name} ({username}) | ...") names, if it names anyone. */
export function identityIn(text: string): BannerIdentity | undefined {
  const match = /Logged in as (.+?) \(([^()\s]+)\)/.exec(text.replace(/\s+/g, ' '));
  return match ? { name: match[1].trim(), username: match[2] } : undefined;
}

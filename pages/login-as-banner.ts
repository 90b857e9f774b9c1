import type { Locator, Page } from '@playwright/test';
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
   */
  async shownText(): Promise<string | undefined> {
    const spans = await this.page
      .locator(locators.loginAs.bannerText)
      .filter({ visible: true })
      .allInnerTexts();
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

  /** Clicks "Log out as {Name}" and waits until the page it leads to has loaded. */
  async logOut(): Promise<void> {
    const before = this.page.url();
    await this.logOutLink.click();
    await this.page.waitForURL(
      (url) => url.toString() !== before && !url.pathname.startsWith('/secur/logout'),
    );
  }
}

/** Who a Login-As message ("Logged in as {Name} ({username}) | ...") names, if it names anyone. */
export function identityIn(text: string): BannerIdentity | undefined {
  const match = /Logged in as (.+?) \(([^()\s]+)\)/.exec(text.replace(/\s+/g, ' '));
  return match ? { name: match[1].trim(), username: match[2] } : undefined;
}

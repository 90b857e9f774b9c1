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

  /** Who the message names, read from its text span (global/systemMessage: systemMessageTextById). */
  async identity(): Promise<BannerIdentity | undefined> {
    const spans = await this.page.locator(locators.loginAs.bannerText).allInnerTexts();
    const text = spans.length > 0 ? spans.join(' ') : await this.text();
    const match = /Logged in as (.+?) \(([^()\s]+)\)/.exec(text.replace(/\s+/g, ' '));
    return match ? { name: match[1].trim(), username: match[2] } : undefined;
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

import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';

export interface BannerIdentity {
  name: string;
  username: string;
}

/** The "Logged in as {Name} ({username})" banner Lightning shows while an admin is logged in as a user. */
export class LoginAsBanner {
  readonly root: Locator;
  readonly logOutLink: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator(locators.loginAs.banner);
    this.logOutLink = this.root.locator(locators.loginAs.logOutLink);
  }

  async identity(): Promise<BannerIdentity | undefined> {
    const text = (await this.root.innerText()).replace(/\s+/g, ' ');
    const match = /Logged in as (.+?) \(([^()\s]+)\)/.exec(text);
    return match ? { name: match[1].trim(), username: match[2] } : undefined;
  }

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

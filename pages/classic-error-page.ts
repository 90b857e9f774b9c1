import type { Page } from '@playwright/test';
import { locators } from './locators';

/** The classic error pages servlet.su answers with ("Insufficient Privileges", "Unable to Access Page"). */
export class ClassicErrorPage {
  constructor(private readonly page: Page) {}

  /** The error's title when the page is one of them, else undefined. */
  async errorTitle(): Promise<string | undefined> {
    const title = await this.page.title();
    return locators.errorPages.titles.find((known) => title.includes(known));
  }

  async message(): Promise<string> {
    return (await this.page.locator('body').innerText()).replace(/\s+/g, ' ').trim().slice(0, 500);
  }
}

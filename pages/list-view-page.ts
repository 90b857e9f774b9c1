import type { Page } from '@playwright/test';
import { locators } from './locators';

/** An object's list view, opened by its API name, e.g. new ListViewPage(page, 'Lead').open('MyOpenLeads'). */
export class ListViewPage {
  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {}

  /** Ready = the status line ("3 items • …") shown and no spinner left. Signals only, never sleeps. */
  async open(view: string): Promise<void> {
    await this.page.goto(locators.listView.path(this.sobject, view));
    await this.page.locator(locators.listView.statusInfo).filter({ visible: true }).first().waitFor();
    await this.page
      .locator(locators.shell.spinner)
      .filter({ visible: true })
      .first()
      .waitFor({ state: 'detached' });
  }

  /** Whether a row links to the record (rows beyond the first page Lightning loads are not seen). */
  async lists(recordId: string): Promise<boolean> {
    return (
      (await this.page.locator(locators.listView.rowLink(recordId)).filter({ visible: true }).count()) > 0
    );
  }

  async statusText(): Promise<string> {
    return (
      await this.page.locator(locators.listView.statusInfo).filter({ visible: true }).first().innerText()
    ).trim();
  }
}

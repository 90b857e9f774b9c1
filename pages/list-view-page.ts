import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { renderedText } from './rendered-text';

/** An object's list view, opened by its API name, e.g. new ListViewPage(page, 'Lead').open('MyOpenLeads'). */
export class ListViewPage {
  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {}

  /** The list shown (Lightning keeps pages it navigated away from in the DOM, hidden). */
  private get list(): Locator {
    return this.page.locator(locators.listView.objectHome).filter({ visible: true }).first();
  }

  private get status(): Locator {
    return this.list.locator(locators.listView.statusInfo).first();
  }

  /** Ready = the status line's count ("3 items • …") shown and no spinner left. Signals only, never sleeps. */
  async open(view: string): Promise<void> {
    await this.page.goto(locators.listView.path(this.sobject, view));
    await this.status.locator(locators.listView.statusCount).waitFor();
    await this.page
      .locator(locators.shell.spinner)
      .filter({ visible: true })
      .first()
      .waitFor({ state: 'detached' });
  }

  /** Whether a row of the list is keyed by the record (rows beyond the first page Lightning loads are not seen). */
  async lists(recordId: string): Promise<boolean> {
    return (await this.list.locator(locators.listView.row(recordId)).filter({ visible: true }).count()) > 0;
  }

  /** The status line as shown: its text sits in force-list-view-manager-status-info's shadow root. */
  async statusText(): Promise<string> {
    return (await this.status.evaluate(renderedText)).replace(/\s+/g, ' ').trim();
  }
}

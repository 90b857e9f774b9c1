import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import { StatusLineList } from './status-line-list';

/**
 * A related list's View All page, opened from its card on a record page: Lightning shows the whole list in place
 * of the record page, with a list view's status line and datatable, and Back shows the record page again.
 */
export class ViewAllPage {
  readonly root: Locator;
  readonly list: StatusLineList;

  private constructor(
    private readonly page: Page,
    private readonly card: Locator,
    private readonly recordPage: string,
  ) {
    this.root = page.locator(locators.relatedListPage.root).filter({ visible: true }).first();
    this.list = new StatusLineList(this.root);
  }

  /** Clicks the card's View All; `shown()` then waits for the page. */
  static async openFrom(page: Page, card: Locator): Promise<ViewAllPage> {
    const recordPage = page.url();
    await card.locator(locators.relatedListCard.viewAll).first().click();
    return new ViewAllPage(page, card, recordPage);
  }

  /** Resolves once its status line states the count; a TimeoutError when it does not. */
  async shown(): Promise<void> {
    await rendered(this.list.statusCount);
  }

  /** Back to the record page (when the address left it), its card shown again. */
  async back(): Promise<void> {
    if (this.page.url() !== this.recordPage) await this.page.goBack();
    await rendered(this.card);
  }
}

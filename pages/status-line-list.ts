import type { Locator } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import { renderedText } from './rendered-text';
import { type StatedCount, statedCount } from './shown-list';

/**
 * A list in Lightning's list view manager: a status line stating its count ("3 items • Sorted by … • Updated …")
 * over a lightning-datatable that loads its next rows once its last row is scrolled into view. An object's list
 * views and a related list's View All page are such lists.
 */
export class StatusLineList {
  /** `root` holds one list: the list view manager shown, never one kept hidden for Back. */
  constructor(private readonly root: Locator) {}

  private get status(): Locator {
    return this.root.locator(locators.listView.statusInfo).first();
  }

  /** The status line's count, once shown ("3 items • …", present once the list has loaded, empty or not). */
  get statusCount(): Locator {
    return this.status.locator(locators.listView.statusCount).first();
  }

  /** Whether a row of the list is keyed by the record (rows beyond those Lightning has loaded are not seen). */
  async lists(recordId: string): Promise<boolean> {
    return (await this.root.locator(locators.listView.row(recordId)).filter({ visible: true }).count()) > 0;
  }

  async rowIds(): Promise<string[]> {
    const rows = this.root.locator(locators.listContents.rowKeys).filter({ visible: true });
    const ids = await rows.evaluateAll(
      (elements, key) => elements.map((element) => element.getAttribute(key) ?? ''),
      locators.listContents.rowKey,
    );
    return ids.filter(Boolean);
  }

  async count(): Promise<StatedCount> {
    return statedCount(await this.statusText());
  }

  /**
   * Scrolls the datatable's last row into view, as salesforce-pageobjects' scrollToLastRow does: Lightning then
   * loads the next rows of a long list (or renders the next rows it holds). Resolves once the row after it or a
   * new count shows and the datatable has stopped loading; a TimeoutError when neither comes.
   */
  async loadMore(): Promise<void> {
    const last = this.root.locator(locators.listView.lastRenderedRow).first();
    const lastNumber = Number(await last.getAttribute(locators.listView.rowNumber));
    const countText = (await this.statusCount.textContent()) ?? '';
    await last.scrollIntoViewIfNeeded();
    const nextRow = this.root.locator(locators.listView.rowByNumber(lastNumber + 1));
    const newCount = this.statusCount.filter({ hasNotText: new RegExp(`^${escapeRegExp(countText)}$`) });
    await rendered(nextRow.or(newCount).first());
    await rendered(this.root.locator(locators.listView.loadingMore).filter({ visible: true }).first(), {
      state: 'detached',
    });
  }

  /** The status line as shown: its text sits in force-list-view-manager-status-info's shadow root. */
  async statusText(): Promise<string> {
    return (await this.status.evaluate(renderedText)).replace(/\s+/g, ' ').trim();
  }
}

export const LOADS_MORE_BY_SCROLLING = 'when scrolled to its last row';

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

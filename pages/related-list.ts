import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import {
  RELATED_LISTS_DEADLINE_MS,
  RecordRelatedLists,
  RelatedListsIncompleteError,
  type RelatedListsReading,
} from './record-related-lists';
import { rendered } from './rendered';
import { type ShownList, type StatedCount, statedCount } from './shown-list';
import { LOADS_MORE_BY_SCROLLING } from './status-line-list';
import { ViewAllPage } from './view-all-page';

/**
 * A related list of the record page shown, found by its title (Contacts, Opportunities...) on its Related tab
 * or on the page itself. The card shows its first rows and a count "(n)", or "(6+)" when it holds more than it
 * shows; the whole list is on its View All page, which loadMore opens.
 */
export class RelatedListCard implements ShownList {
  private readonly lists: RecordRelatedLists;
  /** The View All page, once clicked. */
  private viewAll?: ViewAllPage;
  /** The View All page, once it shows its count: the list is read there from then on. */
  private whole?: ViewAllPage;

  constructor(
    private readonly page: Page,
    readonly label: string,
    readonly description: string,
  ) {
    const recordRoot = page.locator(locators.record.pageRoot).filter({ visible: true });
    this.lists = new RecordRelatedLists(page, recordRoot);
  }

  private get card(): Locator {
    return this.lists.list(this.label);
  }

  /**
   * Shows the list and resolves once its card shows its count. Lightning renders each list after its own data
   * call, so a list not shown yet is waited for until the lists are complete — every list in `expected` (the
   * lists the persona's layout predicts, where known) shown and nothing loading — or `deadlineMs` passed.
   * Rejects with RelatedListMissingError when the complete lists do not include it, and with
   * RelatedListsIncompleteError when they were still incomplete at the deadline.
   */
  async open(expected: string[] = [], deadlineMs = RELATED_LISTS_DEADLINE_MS): Promise<void> {
    const complete = (reading: RelatedListsReading) =>
      !reading.incomplete && expected.every((title) => reading.titles.includes(title));
    const reading = await this.lists.read(
      [...new Set([...expected, this.label])],
      deadlineMs,
      (now) => now.titles.includes(this.label) || complete(now),
    );
    if (!reading.titles.includes(this.label)) {
      if (reading.incomplete) throw new RelatedListsIncompleteError(this.label, reading, deadlineMs);
      throw new RelatedListMissingError(this.label, reading.titles, reading.where);
    }
    await rendered(this.card.locator(locators.relatedListCard.count).first());
  }

  async count(): Promise<StatedCount> {
    if (this.whole) return this.whole.list.count();
    const text = (await this.card.locator(locators.relatedListCard.count).first().innerText()).trim();
    return statedCount(text);
  }

  async rowIds(): Promise<string[]> {
    if (this.whole) return this.whole.list.rowIds();
    const ids = await this.card
      .locator(locators.listContents.rowKeys)
      .evaluateAll(
        (elements, key) => elements.map((element) => element.getAttribute(key) ?? ''),
        locators.listContents.rowKey,
      );
    return ids.filter(Boolean);
  }

  get loadsMoreBy(): string {
    return this.whole ? LOADS_MORE_BY_SCROLLING : 'when its View All was opened';
  }

  /**
   * The first time, opens the card's View All page and resolves once its status line states the count; after
   * that, loads its next rows as a list view does. A TimeoutError when neither comes.
   */
  async loadMore(): Promise<void> {
    if (this.whole) return this.whole.list.loadMore();
    this.viewAll = await ViewAllPage.openFrom(this.page, this.card);
    await this.viewAll.shown();
    this.whole = this.viewAll;
  }

  /** Back from the View All page (loaded or not) to the record page, its card shown again. */
  async restorePage(): Promise<void> {
    const viewAll = this.viewAll;
    this.viewAll = undefined;
    this.whole = undefined;
    await viewAll?.back();
  }
}

export class RelatedListMissingError extends Error {
  override name = 'RelatedListMissingError';
  constructor(
    readonly label: string,
    readonly shown: string[],
    where = 'the Related tab',
  ) {
    super(`no related list "${label}" on ${where} (it shows: ${shown.join(', ') || 'none'})`);
  }
}

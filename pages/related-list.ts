import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import { type ShownList, type StatedCount, statedCount } from './shown-list';

/**
 * A related list on a record page's Related tab, found by its title (Contacts, Opportunities...). The card shows
 * its first rows and a count "(n)", or "(6+)" when it holds more than it shows.
 */
export class RelatedListCard implements ShownList {
  constructor(
    private readonly page: Page,
    readonly label: string,
    readonly description: string,
  ) {}

  private get card(): Locator {
    return this.page
      .locator(locators.relatedListCard.root)
      .filter({ visible: true })
      .filter({ has: this.page.locator(locators.relatedListCard.title, { hasText: exactly(this.label) }) })
      .first();
  }

  /** Opens the Related tab; resolves once the card shows its count, or rejects with the titles shown instead. */
  async open(): Promise<void> {
    await this.page.locator(locators.relatedListCard.tab('Related')).first().click();
    // Loaded as salesforce-pageobjects' lists/relatedListContainer waits for it: holding its single lists.
    await rendered(
      this.page
        .locator(locators.relatedListCard.container)
        .filter({ visible: true })
        .locator(locators.relatedListCard.root)
        .first(),
    );
    if ((await this.card.count()) === 0) {
      const titles = await this.titles();
      throw new RelatedListMissingError(this.label, titles);
    }
    await rendered(this.card.locator(locators.relatedListCard.count).first());
  }

  /** The titles of the related lists the Related tab shows. */
  async titles(): Promise<string[]> {
    const titles = this.page
      .locator(locators.relatedListCard.root)
      .filter({ visible: true })
      .locator(locators.relatedListCard.title);
    return (await titles.allInnerTexts()).map((text) => text.trim());
  }

  async count(): Promise<StatedCount> {
    const text = (await this.card.locator(locators.relatedListCard.count).first().innerText()).trim();
    return statedCount(text);
  }

  async rowIds(): Promise<string[]> {
    const ids = await this.card
      .locator(locators.listContents.rowKeys)
      .evaluateAll(
        (elements, key) => elements.map((element) => element.getAttribute(key) ?? ''),
        locators.listContents.rowKey,
      );
    return ids.filter(Boolean);
  }
}

export class RelatedListMissingError extends Error {
  override name = 'RelatedListMissingError';
  constructor(
    readonly label: string,
    readonly shown: string[],
  ) {
    super(`no related list "${label}" on the Related tab (it shows: ${shown.join(', ') || 'none'})`);
  }
}

const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

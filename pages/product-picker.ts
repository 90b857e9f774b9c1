import type { Locator } from '@playwright/test';
import type { ActionDialog } from './action-dialog';
import { locators } from './locators';
import { rendered } from './rendered';
import { type ListEntry, searchAnswer } from './search-answer';

/**
 * The product list of "Add Products" (force/multiAdd): a search over the price book's entries and a grid that
 * renders only some of them at a time, so a product is looked for by searching its name, and chosen by the
 * checkbox of the row that names it.
 */
export class ProductPicker {
  private readonly rows: Locator;
  /** Whether the list showed products before any search (a price book without products shows none). */
  private listed: boolean | undefined;

  constructor(readonly dialog: ActionDialog) {
    this.rows = dialog.root
      .locator(locators.products.pickerGrid)
      .locator(locators.products.pickerRows)
      .filter({ visible: true });
  }

  /** The products the grid shows now, by name. */
  async shown(): Promise<string[]> {
    return (await this.shownEntries()).map((entry) => entry.label);
  }

  /**
   * Searches `name`; once the search has answered, the products it shows (by name). Rejects with
   * SearchNotAnswered when no answer shows.
   */
  async search(name: string): Promise<string[]> {
    const input = this.dialog.root.locator(locators.products.pickerSearch).first();
    const list = {
      what: 'Add Products',
      read: () => this.entries(),
      busy: this.dialog.root.locator(locators.shell.loading),
      noResults: this.dialog.root.locator(locators.products.pickerNoResults),
    };
    let before = await this.shownEntries();
    this.listed ??= before.length > 0;
    // After a search that found nothing, an empty answer would tell nothing: the full list comes back first.
    if (before.length === 0 && this.listed && (await input.inputValue()) !== '') {
      await input.fill('');
      await rendered(this.rows.first());
      before = await this.entries();
    }
    await input.fill(name);
    return (await searchAnswer(list, name, name, before)).map((entry) => entry.label);
  }

  /** Ticks the product's row (shown by the last search) and waits until the grid marks it chosen. */
  async choose(name: string): Promise<void> {
    const row = this.row(name);
    await row.locator(locators.products.pickerCheckbox).first().click();
    await rendered(row.and(this.rows.page().locator(locators.products.pickerRowSelected)));
  }

  private row(name: string): Locator {
    return this.rows
      .filter({
        has: this.rows.page().locator(locators.products.pickerRowName).getByText(name, { exact: true }),
      })
      .first();
  }

  private async shownEntries(): Promise<ListEntry[]> {
    await rendered(this.dialog.root.locator(locators.products.pickerGrid).first(), { state: 'attached' });
    return this.entries();
  }

  /** Read at once: during a search the rows change under a row-by-row read. The grid is Aura, in the light DOM. */
  private async entries(): Promise<ListEntry[]> {
    const entries = await this.rows.evaluateAll(
      (rows, nameCell) =>
        rows.map((row) => ({
          label: (row.querySelector(nameCell) as HTMLElement | null)?.innerText ?? '',
          text: (row as HTMLElement).innerText,
        })),
      locators.products.pickerRowName,
    );
    return entries.map((entry) => ({
      label: entry.label.trim(),
      text: entry.text.replace(/\s+/g, ' ').trim(),
    }));
  }
}

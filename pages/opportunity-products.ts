import type { Locator, Page } from '@playwright/test';
import { ActionDialog } from './action-dialog';
import { EditSelectedProducts } from './edit-selected-products';
import { locators } from './locators';
import { ProductPicker } from './product-picker';
import {
  RELATED_LISTS_DEADLINE_MS,
  RecordRelatedLists,
  type RelatedListsReading,
} from './record-related-lists';
import { rendered } from './rendered';
import { renderedText } from './rendered-text';

export interface ProductLine {
  name: string;
  quantity: number;
  salesPrice?: number;
}

export type AddProductsOutcome =
  | { added: true }
  | { added: false; stage: 'price book' | 'products' | 'save'; offered: string[]; errors: string[] };

/**
 * The opportunity's Products related list (Related tab) with "Add Products" and "Choose Price Book":
 * what price books and products it offers the signed-in user, and adding products with quantity and price.
 * Add Products lists only some of a price book's products at once: products are looked for by searching.
 */
export class OpportunityProducts {
  readonly root: Locator;
  private readonly lists: RecordRelatedLists;

  constructor(
    private readonly page: Page,
    recordRoot: Locator,
  ) {
    this.root = recordRoot.locator(locators.products.relatedList).filter({ visible: true });
    this.lists = new RecordRelatedLists(page, recordRoot);
  }

  /**
   * Shows the Related tab (shown in the tab bar or in its More menu) and waits for the list. Not shown only once
   * the page's related lists are complete without it, with those it shows; a RelatedListsIncompleteError when
   * they were still rendering at the deadline.
   */
  async show(deadlineMs = RELATED_LISTS_DEADLINE_MS): Promise<RelatedListsReading & { shown: boolean }> {
    return this.lists.showList('Products', this.root, deadlineMs);
  }

  /** Back to the tab shown before show(), where the record's fields are. */
  async leave(): Promise<void> {
    await this.lists.restore();
  }

  async offersButton(label: string): Promise<boolean> {
    return (await this.root.first().getByRole('button', { name: label, exact: true }).count()) > 0;
  }

  /** The price books "Choose Price Book" offers. */
  async priceBooksOffered(): Promise<string[]> {
    await this.root.first().getByRole('button', { name: 'Choose Price Book', exact: true }).click();
    const dialog = new ActionDialog(this.page, 'Choose Price Book');
    await dialog.waitUntilOpen();
    const offered = await dialog.options(locators.products.priceBookPicker);
    await dialog.cancel();
    return offered;
  }

  /**
   * Opens "Add Products"; when the opportunity has no price book, chooses `priceBook` first. Answers the
   * open product picker, or what the price book step offered when `priceBook` is not among them.
   */
  private async openPicker(
    priceBook: string,
  ): Promise<ActionDialog | { offered: string[]; errors: string[] }> {
    await this.root.first().getByRole('button', { name: 'Add Products', exact: true }).click();
    const choose = new ActionDialog(this.page, 'Choose Price Book');
    const picker = new ActionDialog(this.page, 'Add Products');
    await rendered(choose.root.or(picker.root).first());
    if (await choose.isOpen()) {
      const offered = await choose.options(locators.products.priceBookPicker);
      if (!offered.includes(priceBook)) {
        await choose.cancel();
        return { offered, errors: [] };
      }
      await choose.choose(locators.products.priceBookPicker, priceBook);
      const outcome = await choose.press('Save');
      if (!outcome.done) {
        await choose.cancel();
        return { offered, errors: outcome.errors };
      }
      await picker.waitUntilOpen();
    }
    return picker;
  }

  /**
   * The products Add Products offers from `priceBook` (chosen first when the opportunity has none): those its
   * list shows, and those its search shows for each of `names`. Rejects with SearchNotAnswered when a search
   * shows no answer.
   */
  async productsOffered(
    priceBook: string,
    names: string[],
  ): Promise<{ priceBookOffered: boolean; priceBooks: string[]; products: string[] }> {
    const picker = await this.openPicker(priceBook);
    if (!(picker instanceof ActionDialog))
      return { priceBookOffered: false, priceBooks: picker.offered, products: [] };
    const products = new ProductPicker(picker);
    const seen = new Set<string>();
    try {
      for (const name of await products.shown()) seen.add(name);
      for (const name of names) for (const shown of await products.search(name)) seen.add(shown);
    } finally {
      await picker.cancel();
    }
    return { priceBookOffered: true, priceBooks: [priceBook], products: [...seen] };
  }

  /**
   * Add Products: price book, each product searched and ticked, then quantity and sales price per product,
   * Save. A product its search does not show fails the 'products' stage with what the searches showed.
   */
  async add(priceBook: string, lines: ProductLine[]): Promise<AddProductsOutcome> {
    const picker = await this.openPicker(priceBook);
    if (!(picker instanceof ActionDialog)) return { added: false, stage: 'price book', ...picker };
    const products = new ProductPicker(picker);
    const seen = new Set<string>();
    const missing: string[] = [];
    try {
      for (const name of await products.shown()) seen.add(name);
      for (const line of lines) {
        const shown = await products.search(line.name);
        for (const name of shown) seen.add(name);
        if (shown.includes(line.name)) await products.choose(line.name);
        else missing.push(line.name);
      }
    } catch (error) {
      await picker.cancel().catch(() => undefined);
      throw error;
    }
    const offered = [...seen];
    if (missing.length > 0) {
      await picker.cancel();
      return { added: false, stage: 'products', offered, errors: missing };
    }
    const next = await picker.pressButton(
      picker.root.locator(locators.products.pickerAction('Next')).first(),
    );
    if (!next.done) {
      await picker.cancel();
      return { added: false, stage: 'products', offered, errors: next.errors };
    }
    const edit = new EditSelectedProducts(this.page);
    await edit.waitUntilOpen();
    try {
      for (const line of lines) {
        await edit.set(line.name, 'Quantity', String(line.quantity));
        if (line.salesPrice !== undefined) await edit.set(line.name, 'Sales Price', String(line.salesPrice));
      }
    } catch (error) {
      await edit.dialog.cancel().catch(() => undefined);
      throw error;
    }
    const saved = await edit.save();
    if (!saved.done) {
      await edit.dialog.cancel();
      return { added: false, stage: 'save', offered, errors: saved.errors };
    }
    return { added: true };
  }

  /** The Products list's rows as shown, one text per row. */
  async rows(): Promise<string[]> {
    const texts: string[] = [];
    for (const row of await this.root.first().locator(locators.approvals.rows).all())
      texts.push((await row.evaluate(renderedText)).replace(/\s+/g, ' ').trim());
    return texts;
  }
}

import type { Locator, Page } from '@playwright/test';
import { ActionDialog, type DialogOutcome } from './action-dialog';
import { locators } from './locators';
import { rendered } from './rendered';

/**
 * "Edit Selected Products", the step after Add Products (force/multiEdit): the chosen products in an inline-edit
 * grid, one row per product, edited cell by cell — the cell's button opens its input, Enter closes it — then Save.
 */
export class EditSelectedProducts {
  readonly dialog: ActionDialog;
  private readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.dialog = new ActionDialog(page, 'Edit Selected Products');
    this.rows = this.dialog.root
      .locator(locators.products.pickerGrid)
      .locator(locators.products.pickerRows)
      .filter({ visible: true });
  }

  async waitUntilOpen(): Promise<void> {
    await this.dialog.waitUntilOpen();
    await rendered(this.rows.first());
  }

  /** Types `value` into the product's `column` cell (Quantity, Sales Price). */
  async set(product: string, column: string, value: string): Promise<void> {
    const row = this.rows.filter({
      has: this.page.locator(locators.products.pickerRowName).getByText(product, { exact: true }),
    });
    if ((await row.count()) === 0) {
      throw new Error(
        `Edit Selected Products shows no row for "${product}" (it shows ${(await this.products()).join(', ') || 'no rows'}), so its ${column} cannot be entered`,
      );
    }
    // The button's text may hold the cell's value before "Edit {Column}", and the row number after it.
    const name = new RegExp(`${escapeRegExp(locators.products.editCellButtonName(column))}\\b`);
    // Hidden ones count: the cell may hide its button while its input is open.
    const button = this.page.getByRole('button', { name, includeHidden: true });
    const cell = row.first().locator('td').filter({ has: button });
    if ((await cell.count()) === 0) {
      throw new Error(
        `Edit Selected Products shows no editable ${column} for "${product}": its row has no button "${locators.products.editCellButtonName(column)}" — the field is read-only for the persona or not on the multi-line layout`,
      );
    }
    await cell.first().getByRole('button', { name }).click();
    const input = cell.first().locator(locators.products.editCellInput).filter({ visible: true }).first();
    await rendered(input);
    await input.fill(value);
    await input.press('Enter');
  }

  /** Save; done once the dialog has closed, or the errors it lists. */
  async save(): Promise<DialogOutcome> {
    return this.dialog.pressButton(
      this.dialog.root.locator(locators.products.editAction('Save')).first(),
      locators.products.editErrors,
    );
  }

  private async products(): Promise<string[]> {
    return (await this.rows.locator(locators.products.pickerRowName).allInnerTexts()).map((text) =>
      text.trim(),
    );
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

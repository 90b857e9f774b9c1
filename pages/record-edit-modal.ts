import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';

export type EditValue = string | number | boolean;
export type SaveOutcome = { saved: true } | { saved: false; errors: string[] };

/** The Edit modal of a record page: fields by API name, Save, and the errors Lightning shows. */
export class RecordEditModal {
  readonly root: Locator;

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {
    this.root = page.locator(locators.recordEdit.modal).filter({ visible: true });
  }

  /** Clicks the record page's Edit action and waits for the modal's form. */
  async open(): Promise<void> {
    await this.page.locator(locators.recordEdit.editButton).filter({ visible: true }).first().click();
    await this.root.locator(locators.recordEdit.save).waitFor();
  }

  async set(apiName: string, value: EditValue): Promise<void> {
    const item = await this.item(apiName);
    const text = String(value);
    const combobox = item.locator(locators.recordEdit.combobox);
    if ((await combobox.count()) > 0) {
      await combobox.first().click();
      await this.option(text).click();
      return;
    }
    const lookup = item.locator(locators.recordEdit.lookup);
    if ((await lookup.count()) > 0) {
      await lookup.first().fill(text);
      await this.option(text).click();
      return;
    }
    const checkbox = item.locator(locators.recordEdit.checkbox);
    if ((await checkbox.count()) > 0) {
      await checkbox.first().setChecked(value === true || text === 'true');
      return;
    }
    await item.locator(locators.recordEdit.textInput).first().fill(text);
  }

  /** Saves and waits for the outcome: the modal closes, or Lightning shows page or field errors. */
  async save(): Promise<SaveOutcome> {
    await this.root.locator(locators.recordEdit.save).click();
    const fieldErrors = this.root.locator(locators.recordEdit.fieldErrors).filter({ visible: true });
    await Promise.race([
      this.root.waitFor({ state: 'detached' }),
      this.root.locator(locators.recordEdit.errorHeader).filter({ visible: true }).waitFor(),
      fieldErrors.first().waitFor(),
    ]);
    if ((await this.root.count()) === 0) return { saved: true };
    const texts = [
      ...(await this.root.locator(locators.recordEdit.pageErrors).filter({ visible: true }).allInnerTexts()),
      ...(await fieldErrors.allInnerTexts()),
    ];
    return { saved: false, errors: [...new Set(texts.map((text) => text.trim()).filter(Boolean))] };
  }

  async cancel(): Promise<void> {
    await this.root.locator(locators.recordEdit.cancel).click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** The layout item of a field by API name; parts of compound names (LastName) by their input name. */
  private async item(apiName: string): Promise<Locator> {
    const item = this.root.locator(locators.record.field(this.sobject, apiName));
    if ((await item.count()) > 0) return item.first();
    const part = this.root.locator(`[name="${apiName}"]`);
    if ((await part.count()) > 0) return part.first().locator('xpath=..');
    throw new Error(
      `${this.sobject}.${apiName} is not in the Edit modal: the persona's page layout or field-level security leaves it out, or it is read-only.`,
    );
  }

  private option(text: string): Locator {
    return this.page
      .locator(locators.recordEdit.option)
      .filter({ visible: true })
      .getByText(text, { exact: true });
  }
}

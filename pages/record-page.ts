import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { RecordEditModal } from './record-edit-modal';

/** A Lightning record page of any object, e.g. new RecordPage(page, 'Lead'). */
export class RecordPage {
  readonly header: Locator;
  readonly layoutItems: Locator;
  readonly spinner: Locator;

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {
    this.header = page.locator(locators.record.header).filter({ visible: true });
    this.layoutItems = page.locator(locators.record.layoutItem).filter({ visible: true });
    this.spinner = page.locator(locators.shell.spinner).filter({ visible: true });
  }

  async open(recordId: string): Promise<void> {
    await this.page.goto(locators.record.viewPath(this.sobject, recordId));
    await this.waitUntilReady();
  }

  /** Ready = record header and the first layout item shown, no spinner left. Signals only, never sleeps. */
  async waitUntilReady(): Promise<void> {
    await this.header.first().waitFor();
    await this.layoutItems.first().waitFor();
    await this.spinner.first().waitFor({ state: 'detached' });
  }

  /** Opens the Edit modal of this record. */
  async edit(): Promise<RecordEditModal> {
    const modal = new RecordEditModal(this.page, this.sobject);
    await modal.open();
    return modal;
  }

  field(apiName: string): RecordField {
    return new RecordField(this.page.locator(locators.record.field(this.sobject, apiName)), apiName);
  }
}

/** One field of the record layout, found by its API name. Lightning keeps cached pages hidden in the DOM. */
export class RecordField {
  readonly root: Locator;

  constructor(
    root: Locator,
    readonly apiName: string,
  ) {
    this.root = root.filter({ visible: true });
  }

  async isShown(): Promise<boolean> {
    return (await this.root.count()) > 0;
  }

  /** Read-only when the layout item offers no inline edit (FLS read-only, layout read-only or no edit access). */
  async isReadOnly(): Promise<boolean> {
    return (await this.root.first().locator(locators.record.inlineEditButton).count()) === 0;
  }

  /**
   * Whether the field shows `expected` (whitespace-normalised). A lookup matches on its link text too, since
   * Lightning adds assistive text around the record name.
   */
  async shows(expected: string): Promise<{ matches: boolean; text: string }> {
    const value = this.root.first().locator(locators.record.fieldValue);
    const text = normalise(await value.innerText());
    const links = (await value.locator('a').allInnerTexts()).map(normalise);
    const wanted = normalise(expected);
    return { matches: text === wanted || links.includes(wanted), text };
  }

  async label(): Promise<string> {
    return (await this.root.first().locator(locators.record.fieldLabel).innerText()).trim();
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

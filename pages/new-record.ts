import type { Locator, Page } from '@playwright/test';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { openDialogHolding } from './open-dialog';
import { RecordEditModal } from './record-edit-modal';
import { rendered } from './rendered';

/**
 * An object's New action: the record type step (when the user has more than one record type available), then
 * the New modal, the same record form as Edit. Opened by the URL the object home's "New" button opens, which
 * asks for the record type (useRecordTypeCheck=1).
 */
export class NewRecordAction {
  readonly recordTypeStep: Locator;
  readonly form: RecordEditModal;

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {
    this.recordTypeStep = openDialogHolding(page, locators.recordTypeChoice.root);
    this.form = new RecordEditModal(page, sobject);
  }

  /** Starts New; resolves once the record type step or the form shows, or throws NewRecordRefused. */
  async start(): Promise<'recordType' | 'form'> {
    await this.page.goto(locators.newRecord.path(this.sobject));
    const refusal = this.page.locator(locators.record.error).filter({ visible: true }).first();
    const form = this.form.root.locator(locators.recordEdit.save).first();
    await rendered(this.recordTypeStep.or(form).or(refusal).filter({ visible: true }).first());
    if (await refusal.isVisible()) throw new NewRecordRefused(normalise(await refusal.innerText()));
    if ((await this.recordTypeStep.count()) > 0) return 'recordType';
    await this.form.waitUntilOpen();
    return 'form';
  }

  /** The record types the step offers, by label, in order. */
  async offeredRecordTypes(): Promise<string[]> {
    return (await this.choices()).labels;
  }

  /** Chooses a record type by its label (or keeps the default one chosen) and goes on to the form with Next. */
  async chooseRecordType(label?: string): Promise<RecordEditModal> {
    if (label !== undefined) {
      const { labels, radios } = await this.choices();
      const index = labels.indexOf(label);
      if (index < 0)
        throw new Error(`the record type step offers no "${label}": it offers ${labels.join(', ')}`);
      await radios.nth(index).click();
    }
    const next = this.recordTypeStep
      .locator(locators.recordTypeChoice.footerButton)
      .filter({ hasText: locators.recordTypeChoice.nextName });
    if ((await next.count()) === 0) {
      const buttons = await this.recordTypeStep
        .locator(locators.recordTypeChoice.footerButton)
        .allInnerTexts();
      throw new IncompletePageError(
        `the record type step shows no "${locators.recordTypeChoice.nextName}" button (its buttons: ${buttons.map(normalise).join(', ') || 'none'}), so the form was not reached`,
      );
    }
    await next.first().click();
    await this.form.waitUntilOpen();
    return this.form;
  }

  /**
   * The step's record types by label, in order, with their radio buttons, one per row: in two columns (a
   * radio, then the label and description) or top down in one.
   */
  private async choices(): Promise<{ labels: string[]; radios: Locator }> {
    const twoColumns = this.recordTypeStep
      .locator(locators.recordTypeChoice.labels)
      .locator(locators.recordTypeChoice.label);
    const topDown = this.recordTypeStep.locator(locators.recordTypeChoice.topDownLabels);
    try {
      await rendered(twoColumns.or(topDown).first());
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new IncompletePageError(
        'the record type step showed no record type label where force/changeRecordType puts them (two columns or top down), so the record types it offers were not read',
      );
    }
    if ((await twoColumns.count()) > 0) {
      return {
        labels: (await twoColumns.allInnerTexts()).map(normalise),
        radios: this.recordTypeStep.locator(locators.recordTypeChoice.option),
      };
    }
    return {
      labels: (await topDown.allInnerTexts()).map(normalise),
      radios: this.recordTypeStep.locator(locators.recordTypeChoice.topDownOption),
    };
  }

  /** Leaves the record type step with Cancel. */
  async cancelRecordTypeStep(): Promise<void> {
    await this.recordTypeStep
      .getByRole('button', { name: locators.openDialog.cancelButton, exact: true })
      .first()
      .click();
    await rendered(this.recordTypeStep.first(), { state: 'detached' });
  }

  /** After a successful save: the created record's id, from the record page Lightning opens. */
  async createdId(): Promise<string> {
    const pattern = new RegExp(locators.newRecord.createdPath(this.sobject));
    await this.page.waitForURL((url) => pattern.test(url.pathname));
    return pattern.exec(new URL(this.page.url()).pathname)?.[1] ?? '';
  }
}

/** Lightning showed an error instead of the New action (no create permission on the object). */
export class NewRecordRefused extends Error {
  override name = 'NewRecordRefused';
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

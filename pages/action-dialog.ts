import type { Locator, Page } from '@playwright/test';
import { answerTo } from './dialog-answer';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { firstRendered, rendered } from './rendered';

export type DialogOutcome = { done: true } | { done: false; errors: string[] };

/**
 * A quick-action dialog found by its heading ("Submit for Approval", "Approve", "Choose Price Book", "Create
 * PDF"…): its labelled inputs, its own submit button, Cancel, and the errors Lightning shows in it.
 */
export class ActionDialog {
  readonly root: Locator;

  constructor(
    page: Page,
    readonly title: string,
  ) {
    this.root = page.getByRole(locators.actionDialog.role, { name: title, exact: true });
  }

  /**
   * Clicks the button `name` in `container` and waits for the dialog it opens, titled `title`; undefined when
   * the container does not offer the button.
   */
  static async openedBy(
    page: Page,
    container: Locator,
    name: string,
    title: string,
  ): Promise<ActionDialog | undefined> {
    const button = container.getByRole('button', { name, exact: true });
    if ((await button.count()) === 0) return undefined;
    await button.first().click();
    const dialog = new ActionDialog(page, title);
    await dialog.waitUntilOpen();
    return dialog;
  }

  async waitUntilOpen(): Promise<void> {
    await rendered(this.root.first());
  }

  async isOpen(): Promise<boolean> {
    return (await this.root.count()) > 0;
  }

  /** Types the comment; an explained error when the dialog shows no comment box. */
  async comment(text: string): Promise<void> {
    const box = this.root
      .getByLabel(locators.actionDialog.comments, { exact: true })
      .or(this.root.locator(locators.actionDialog.commentBox))
      .first();
    try {
      await rendered(box);
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new Error(
        `the "${this.title}" dialog shows no comment box (neither labelled "${locators.actionDialog.comments}" nor ${locators.actionDialog.commentBox}), so the comment "${text}" could not be entered`,
      );
    }
    await box.fill(text);
  }

  /**
   * The options of the picker labelled `label`, as shown. An IncompletePageError when the dialog shows no such
   * picker, or one whose options are not a select's: what it offers was not read, so no verdict is given.
   */
  async options(label: string): Promise<string[]> {
    const picker = this.root.getByLabel(label, { exact: true }).first();
    try {
      await rendered(picker, { state: 'attached' });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new IncompletePageError(
        `the "${this.title}" dialog shows no picker labelled "${label}", so what it offers was not read`,
      );
    }
    const tag = await picker.evaluate((element) => element.localName);
    if (tag !== 'select') {
      throw new IncompletePageError(
        `the "${this.title}" dialog's "${label}" is an <${tag}>, not a <select> whose options are read, so what it offers was not read`,
      );
    }
    const texts = await picker.locator('option').allInnerTexts();
    return texts.map((text) => text.trim()).filter(Boolean);
  }

  async choose(label: string, option: string): Promise<void> {
    await this.root.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** Clicks the dialog's own button (Submit, Approve, Next, Save…) and waits for it to close or show errors. */
  async press(button: string): Promise<DialogOutcome> {
    return this.pressButton(this.root.getByRole('button', { name: button, exact: true }));
  }

  /**
   * Clicks `button` and waits for the dialog to close or show errors: the page-level errors of a record form, or
   * `errorsIn`, the dialog's own list of them.
   */
  async pressButton(button: Locator, errorsIn?: string): Promise<DialogOutcome> {
    const listed = this.root.locator(locators.actionDialog.pageErrors);
    const errors = (errorsIn ? listed.or(this.root.locator(errorsIn)) : listed).filter({ visible: true });
    const read = async (): Promise<DialogOutcome> => {
      if ((await this.root.count()) === 0) return { done: true };
      const texts = (await errors.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
      if ((await this.root.count()) === 0) return { done: true };
      return { done: false, errors: [...new Set(texts)] };
    };
    return answerTo(
      () => button.click(),
      () => firstRendered([this.root.first(), { state: 'detached' }], [errors.first()]),
      read,
      (outcome) => (outcome.done ? { closed: true } : { closed: false, errors: outcome.errors }),
    );
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).first().click();
    await rendered(this.root.first(), { state: 'detached' });
  }
}

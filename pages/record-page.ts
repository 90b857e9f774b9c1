import { expect, type Locator, type Page } from '@playwright/test';
import { locators } from './locators';
import { RecordEditModal } from './record-edit-modal';
import { RENDER_POLL_INTERVALS } from './render-polling';
import { rendered } from './rendered';
import { renderedText } from './rendered-text';

/**
 * A Lightning record page of any object, e.g. new RecordPage(page, 'Lead'). Lightning keeps earlier pages
 * in the DOM, hidden, so every locator here is narrowed to what is visible.
 */
export class RecordPage {
  readonly root: Locator;
  readonly layoutItems: Locator;
  readonly spinner: Locator;
  /** The record home once it shows its highlights and a first layout item: the page's own readiness signals. */
  private readonly ready: Locator;

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {
    this.root = page.locator(locators.record.pageRoot).filter({ visible: true });
    this.layoutItems = this.root.locator(locators.record.layoutItem).filter({ visible: true });
    this.spinner = page.locator(locators.shell.spinner).filter({ visible: true });
    this.ready = this.root
      .filter({ has: page.locator(locators.record.highlights).filter({ visible: true }) })
      .filter({ has: page.locator(locators.record.layoutItem).filter({ visible: true }) });
  }

  /** Opens the record; a page Lightning refuses (Insufficient Privileges, deleted record) throws RecordPageError. */
  async open(recordId: string): Promise<void> {
    await this.page.goto(locators.record.viewPath(this.sobject, recordId));
    const error = this.page.locator(locators.record.error).filter({ visible: true }).first();
    // One wait for either outcome: each look at the page is a round trip to the browser.
    await rendered(this.ready.or(error).first());
    if (await error.isVisible()) throw new RecordPageError(normalise(await error.innerText()));
  }

  /**
   * The page's own readiness signals: the record home, its highlights and a first layout item shown. It
   * says nothing about every field having arrived (Lightning renders sections one by one): a verdict that
   * a field is absent waits for the fields the persona's layout predicts, or for the spinners to go.
   */
  async waitUntilReady(): Promise<void> {
    await rendered(this.ready.first());
  }

  /** Whether a loading spinner still shows on the page. */
  async isLoading(): Promise<boolean> {
    return (await this.spinner.count()) > 0;
  }

  /** API names of the layout fields shown right now, in page order. */
  async shownFields(): Promise<string[]> {
    const names = await this.layoutItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-target-selection-name') ?? ''),
    );
    const prefix = `sfdc:RecordField.${this.sobject}.`;
    return names.filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
  }

  /** Opens the Edit modal through the Edit action, shown in the actions ribbon or in its overflow menu. */
  async edit(): Promise<RecordEditModal> {
    const ribbon = this.root.locator(locators.actions.ribbon).filter({ visible: true }).first();
    const shown = ribbon.locator(locators.actions.action('Edit')).locator(locators.actions.button);
    if ((await shown.count()) > 0) await shown.first().click();
    else {
      const overflow = ribbon.locator(locators.actions.overflowButton);
      if ((await overflow.count()) === 0) throw new NoEditAction();
      await overflow.first().click();
      const item = ribbon.locator(locators.actions.action('Edit')).locator(locators.actions.menuItem);
      if ((await item.count()) === 0) throw new NoEditAction();
      await item.first().click();
    }
    const modal = new RecordEditModal(this.page, this.sobject);
    // Lightning answers Edit on a record it will not let the user change (locked by an approval) with an error
    // toast instead of the form.
    const refusal = this.page
      .locator(`${locators.toast.root}[${locators.toast.kind}="error"]`)
      .filter({ visible: true })
      .locator(locators.toast.message)
      .first();
    await rendered(
      modal.root.locator(locators.recordEdit.save).or(refusal).filter({ visible: true }).first(),
    );
    if (!(await modal.root.isVisible().catch(() => false)) && (await refusal.isVisible())) {
      throw new EditRefused(normalise(await refusal.innerText()));
    }
    await modal.waitUntilOpen();
    return modal;
  }

  /** Headings of the layout sections shown, in page order (a section shown without heading has none). */
  async sectionTitles(): Promise<string[]> {
    const titles = this.root
      .locator(locators.record.detailPanel)
      .locator(locators.record.section)
      .filter({ visible: true })
      .locator(locators.record.sectionTitle);
    return (await titles.allInnerTexts()).map(normalise).filter(Boolean);
  }

  /** Labels of the fields the highlights panel shows (the compact layout's, after the record's name). */
  async highlightsLabels(): Promise<string[]> {
    const items = this.root
      .locator(locators.record.highlights)
      .locator(locators.record.highlightsField)
      .filter({ visible: true });
    const labels = items.locator(locators.record.highlightsFieldLabel);
    return (await labels.allInnerTexts()).map(normalise).filter(Boolean);
  }

  /**
   * Labels of the actions the ribbon offers, the shown ones then those of its "Show more actions" menu,
   * which is opened to read them (Lightning renders a menu's items once it opens) and closed again.
   */
  async actionLabels(): Promise<string[]> {
    const ribbon = this.root.locator(locators.actions.ribbon).filter({ visible: true }).first();
    await rendered(ribbon);
    const overflow = ribbon.locator(locators.actions.overflowButton).filter({ visible: true });
    const hasMenu = (await overflow.count()) > 0;
    if (hasMenu) {
      await overflow.first().click();
      await rendered(ribbon.locator(locators.actions.menuItem).filter({ visible: true }).first());
    }
    const titles = await ribbon
      .locator(locators.actions.anyAction)
      .evaluateAll((renderers) => renderers.map((renderer) => renderer.getAttribute('title') ?? ''));
    const items = await ribbon.locator(locators.actions.menuItem).filter({ visible: true }).allInnerTexts();
    if (hasMenu) await overflow.first().click();
    return [...new Set([...titles, ...items].map(normalise).filter(Boolean))];
  }

  /** Whether the page has a Related tab (a Lightning record page may be built without one). */
  async hasRelatedTab(): Promise<boolean> {
    return (await this.root.locator(locators.record.tab('Related')).filter({ visible: true }).count()) > 0;
  }

  /**
   * Titles of the related lists on the Related tab, once `expected` are all shown or `deadlineMs` passed (the
   * tab renders its lists on its own, after it is selected); the Details tab is selected again afterwards.
   * None when the page has no Related tab.
   */
  async relatedListTitles(expected: string[], deadlineMs: number): Promise<string[]> {
    if (!(await this.hasRelatedTab())) return [];
    const tabs = this.root.locator(locators.record.tab('Related')).filter({ visible: true });
    await tabs.first().click();
    const container = this.root.locator(locators.record.relatedListContainer).filter({ visible: true });
    await rendered(container.first());
    const titles = container
      .locator(locators.record.relatedList)
      .locator(locators.record.relatedListTitle)
      .filter({ visible: true });
    const read = async () => (await titles.allInnerTexts()).map(normalise).filter(Boolean);
    let seen: string[] = [];
    const complete = async () => {
      seen = await read();
      return expected.every((title) => seen.includes(title)) && !(await this.isLoading());
    };
    await expect
      .poll(complete, { timeout: deadlineMs, intervals: RENDER_POLL_INTERVALS })
      .toBe(true)
      .catch(() => undefined);
    await this.root.locator(locators.record.tab('Details')).filter({ visible: true }).first().click();
    return seen;
  }

  field(apiName: string): RecordField {
    return new RecordField(this.root.locator(locators.record.field(this.sobject, apiName)), apiName);
  }
}

/** Lightning showed an error instead of the record, e.g. "Insufficient Privileges". */
export class RecordPageError extends Error {
  override name = 'RecordPageError';
}

/** Edit was answered with an error toast instead of the Edit modal; `message` is Salesforce's text. */
export class EditRefused extends Error {
  override name = 'EditRefused';
}

export class NoEditAction extends Error {
  override name = 'NoEditAction';
  constructor() {
    super(
      'the record page offers no Edit action, neither in the actions ribbon nor in its "Show more actions" menu',
    );
  }
}

/** One field of the record layout, found by its API name. */
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

  /** The text the value shows, as the user reads it (the slotted output component's rendered text). */
  async text(): Promise<string> {
    const output = this.root.first().locator(locators.record.outputField).first();
    return normalise(await output.evaluate(renderedText));
  }

  /** For a checkbox field: whether it shows checked. */
  async checked(): Promise<boolean> {
    const box = this.root.first().locator(locators.record.outputField).locator(locators.recordEdit.checkbox);
    return box.first().isChecked();
  }

  async label(): Promise<string> {
    return (await this.root.first().getAttribute(locators.record.fieldLabel)) ?? this.apiName;
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

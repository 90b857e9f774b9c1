import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { RecordActions } from './record-actions';
import { RecordEditModal } from './record-edit-modal';
import { showFieldsTab } from './record-fields-tab';
import { RecordRelatedLists, type RelatedListsReading } from './record-related-lists';
import { rendered } from './rendered';
import { renderedText } from './rendered-text';
import { errorToasts, toastMessage } from './toast';

/**
 * A Lightning record page of any object, e.g. new RecordPage(page, 'Lead'). Lightning keeps earlier pages
 * in the DOM, hidden, so every locator here is narrowed to what is visible. Its fields are read alike from the
 * page layout's detail panel and from a Dynamic Forms page's field sections (docs/salesforce-facts.md).
 */
/** What a record page shows at one moment (RecordPage.readShown). */
export interface ShownRecordPage {
  /** API names of the fields shown, in document order. */
  fields: string[];
  /** How many of the sections shown are collapsed, their fields not shown. */
  collapsedSections: number;
  /** Whether a Record Detail component shows: the layout's sections and fields, all of them. */
  layoutDetail: boolean;
  /** Whether Dynamic Forms field sections show (rather than, or besides, the layout). */
  dynamicForms: boolean;
}

export class RecordPage {
  readonly root: Locator;
  readonly layoutItems: Locator;
  readonly loading: Locator;
  /**
   * The record home once it shows its highlights and a first field (a layout item, or a Dynamic Forms field):
   * the page's own readiness signals.
   */
  private readonly ready: Locator;
  /** The record home with its highlights and a selected tab, which may show no field (showFieldsTab). */
  private readonly onATab: Locator;

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {
    this.root = page.locator(locators.record.pageRoot).filter({ visible: true });
    this.layoutItems = this.root.locator(locators.record.layoutItem).filter({ visible: true });
    const anyField = page
      .locator(locators.record.layoutItem)
      .or(page.locator(locators.record.dynamicField))
      .filter({ visible: true });
    this.loading = page.locator(locators.shell.loading).filter({ visible: true });
    const highlighted = this.root.filter({
      has: page.locator(locators.record.highlights).filter({ visible: true }),
    });
    this.ready = highlighted.filter({ has: anyField });
    const activeTab = page.locator(locators.record.tabBar).locator(locators.record.activeTab);
    this.onATab = highlighted.filter({ has: activeTab.filter({ visible: true }) });
  }

  /** Opens the record; a page Lightning refuses (Insufficient Privileges, deleted record) throws RecordPageError. */
  async open(recordId: string): Promise<void> {
    await this.page.goto(locators.record.viewPath(this.sobject, recordId));
    const error = this.page.locator(locators.record.error).filter({ visible: true }).first();
    // One wait for any outcome: each look at the page is a round trip to the browser.
    await rendered(this.ready.or(this.onATab).or(error).first());
    if (await error.isVisible()) throw new RecordPageError(normalise(await error.innerText()));
    await showFieldsTab(this);
  }

  /**
   * The page's own readiness signals: the record home, its highlights and a first layout item shown, on
   * whichever tab shows them (showFieldsTab). It says nothing about every field having arrived (Lightning
   * renders sections one by one): a verdict that a field is absent waits for the fields the persona's layout
   * predicts, or for the spinners to go.
   */
  async waitUntilReady(): Promise<void> {
    await rendered(this.ready.or(this.onATab).first());
    await showFieldsTab(this);
  }

  /** Whether the page shows its highlights and a field (a layout item, or a Dynamic Forms field). */
  async showsField(): Promise<boolean> {
    return (await this.ready.count()) > 0;
  }

  /**
   * Whether the page still shows that something loads: a spinner, a loading stencil, or a Dynamic Forms field
   * component of a shown field section whose record field has not rendered yet.
   */
  async isLoading(): Promise<boolean> {
    const arriving = this.root
      .locator(locators.record.dynamicSection)
      .filter({ visible: true })
      .locator(locators.record.dynamicFieldHost)
      .filter({ hasNot: this.page.locator(locators.record.dynamicField) });
    return (await this.loading.or(arriving).count()) > 0;
  }

  /**
   * API names of the fields shown right now, the layout's and the Dynamic Forms field sections', in document
   * order (a page may hold both, in any order).
   */
  async shownFields(): Promise<string[]> {
    return (await this.readShown()).fields;
  }

  /**
   * What the page shows right now, in one look (each look is a round trip to the browser): its fields, how many
   * sections are collapsed, and whether it shows the layout's Record Detail and Dynamic Forms field sections.
   */
  async readShown(): Promise<ShownRecordPage> {
    const layoutDetail = locators.record.detailPanel;
    const dynamicSection = locators.record.dynamicSection;
    // A union of locators lists its elements in document order, across shadow roots.
    const parts = await this.root
      .locator(locators.record.layoutItem)
      .or(this.root.locator(locators.record.dynamicFieldNames))
      .or(this.root.locator(layoutDetail))
      .or(this.root.locator(dynamicSection))
      .filter({ visible: true })
      .or(this.collapsedSections())
      .evaluateAll(
        (items, selectors) =>
          items.map((item) => {
            const name = item.getAttribute('data-target-selection-name');
            if (name !== null) return { field: name };
            if (item.matches(selectors.layoutDetail)) return { part: 'layoutDetail' };
            if (item.matches(selectors.dynamicSection)) return { part: 'dynamicForms' };
            return { part: 'collapsed' };
          }),
        { layoutDetail, dynamicSection },
      );
    const prefix = `sfdc:RecordField.${this.sobject}.`;
    const fields = parts.flatMap(({ field }) =>
      field?.startsWith(prefix) ? [field.slice(prefix.length)] : [],
    );
    const count = (part: string) => parts.filter((found) => found.part === part).length;
    return {
      fields,
      collapsedSections: count('collapsed'),
      layoutDetail: count('layoutDetail') > 0,
      dynamicForms: count('dynamicForms') > 0,
    };
  }

  /**
   * Opens every collapsed section, a layout section or a Dynamic Forms field section, as the persona would to
   * read it: a collapsed section does not show its fields. Returns how many it opened.
   */
  async expandCollapsedSections(): Promise<number> {
    const collapsed = this.collapsedSections();
    const count = await collapsed.count();
    for (let opened = 0; opened < count; opened++) await collapsed.first().click();
    return count;
  }

  /** The title buttons of the collapsed sections shown, layout sections and Dynamic Forms field sections alike. */
  private collapsedSections(): Locator {
    const collapsedFieldSections = this.root
      .locator(locators.record.dynamicSection)
      .filter({ visible: true })
      .locator(locators.record.collapsedSectionToggle);
    // The title's button only: the section's items hold buttons (inline edit) too.
    const collapsedLayoutSections = this.root
      .locator(locators.record.section)
      .filter({ visible: true })
      .filter({ hasNot: this.page.locator(locators.record.openLayoutSection) })
      .locator(locators.record.sectionTitle)
      .locator(locators.record.layoutSectionToggle);
    return collapsedFieldSections.or(collapsedLayoutSections).filter({ visible: true });
  }

  /** Whether the page shows fields in Dynamic Forms field sections (rather than, or besides, the layout). */
  async hasDynamicForms(): Promise<boolean> {
    return (await this.root.locator(locators.record.dynamicSection).filter({ visible: true }).count()) > 0;
  }

  /**
   * The actions ribbon, which may take `renderTimeoutMs` (default: the page's timeout) to render its actions
   * and those of its menu.
   */
  actions(renderTimeoutMs?: number): RecordActions {
    return new RecordActions(this.root, renderTimeoutMs);
  }

  /**
   * Opens the Edit modal through the Edit action, shown in the actions ribbon or in its overflow menu, once the
   * ribbon has rendered (within `renderTimeoutMs`): NoEditAction only when it has and offers none.
   */
  async edit(renderTimeoutMs?: number): Promise<RecordEditModal> {
    if (!(await this.actions(renderTimeoutMs).click('Edit'))) throw new NoEditAction();
    const modal = new RecordEditModal(this.page, this.sobject);
    // Lightning answers Edit on a record it will not let the user change (locked by an approval) with an error
    // toast instead of the form.
    const refusal = errorToasts(this.page).first();
    await rendered(
      modal.root.locator(locators.recordEdit.save).filter({ visible: true }).or(refusal).first(),
    );
    if (!(await modal.root.isVisible().catch(() => false)) && (await refusal.isVisible())) {
      throw new EditRefused(await toastMessage(refusal));
    }
    await modal.waitUntilOpen();
    return modal;
  }

  /**
   * Headings of the sections shown, the layout's and the Dynamic Forms field sections', in document order (a
   * page may hold both, in any order; a section shown without heading has none).
   */
  async sectionTitles(): Promise<string[]> {
    const dynamicSection = this.root.locator(locators.record.dynamicSection);
    const sections = this.root
      .locator(locators.record.detailPanel)
      .locator(locators.record.section)
      .or(dynamicSection)
      .filter({ visible: true });
    const titles: string[] = [];
    for (const section of await sections.all()) {
      const dynamic =
        (await section.evaluate((element) => element.localName)) === locators.record.dynamicSection;
      // The heading only: a field section's fields are its descendants too.
      const title = section.locator(
        dynamic ? locators.record.dynamicSectionTitle : locators.record.sectionTitle,
      );
      titles.push((await title.allInnerTexts()).map(normalise).find(Boolean) ?? '');
    }
    return titles.filter(Boolean);
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

  /** Labels of the actions the ribbon offers, the shown ones then those of its "Show more actions" menu. */
  async actionLabels(renderTimeoutMs?: number): Promise<string[]> {
    return this.actions(renderTimeoutMs).labels();
  }

  /**
   * The related lists the page shows, on its Related tab or on the page itself, once `expected` (the titles
   * the persona's layout predicts) are all shown and the lists are complete, or as they are at the deadline;
   * a Related tab selected to read them is left for the Details tab again.
   */
  async relatedLists(expected: string[], deadlineMs: number): Promise<RelatedListsReading> {
    const lists = new RecordRelatedLists(this.page, this.root);
    try {
      return await lists.read(expected, deadlineMs);
    } finally {
      await lists.restore();
    }
  }

  field(apiName: string): RecordField {
    const layoutItem = this.root.locator(locators.record.field(this.sobject, apiName));
    const dynamicField = this.root
      .locator(locators.record.dynamicField)
      .filter({ has: this.page.locator(locators.record.dynamicFieldName(this.sobject, apiName)) });
    return new RecordField(layoutItem.or(dynamicField), apiName);
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

/**
 * One field of the record page, found by its API name: a layout item (records/recordLayoutItem) or a Dynamic
 * Forms field (record/flexipage/recordField), whose parts are found alike.
 */
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

  /** Read-only when the field offers no inline edit (FLS read-only, layout read-only or no edit access). */
  async isReadOnly(): Promise<boolean> {
    const inlineEdit = `${locators.record.inlineEditButton}, ${locators.record.dynamicInlineEditButton}`;
    return (await this.root.first().locator(inlineEdit).count()) === 0;
  }

  /** The text the value shows, as the user reads it (the slotted output component's rendered text). */
  async text(): Promise<string> {
    const output = this.root.first().locator(this.outputField).first();
    return normalise(await output.evaluate(renderedText));
  }

  /** For a checkbox field: whether it shows checked. */
  async checked(): Promise<boolean> {
    const box = this.root.first().locator(this.outputField).locator(locators.recordEdit.checkbox);
    return box.first().isChecked();
  }

  /** The layout item's field-label; a Dynamic Forms field has none and shows its label in its template. */
  async label(): Promise<string> {
    const item = this.root.first();
    const attribute = await item.getAttribute(locators.record.fieldLabel);
    if (attribute !== null) return attribute;
    const shown = await item.locator(locators.record.dynamicFieldLabel).allInnerTexts();
    return shown.map(normalise).find(Boolean) ?? this.apiName;
  }

  private get outputField(): string {
    return `${locators.record.outputField}, ${locators.record.dynamicOutputField}`;
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

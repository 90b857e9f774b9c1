import { expect, type Locator, type Page } from '@playwright/test';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { recordTabBars } from './record-tab-bar';
import { leaveRecordTab, type SelectedRecordTab, selectRecordTab } from './record-tabs';
import { RENDER_POLL_INTERVALS } from './render-polling';
import { rendered } from './rendered';

/** How long a record page's related lists may take to render when the caller does not say. */
export const RELATED_LISTS_DEADLINE_MS = 15_000;

/** The related lists a record page shows at one moment, and whether it may still show more. */
export interface RelatedListsReading {
  /** Titles of the related lists shown, in page order. */
  titles: string[];
  /** Where they were read, for messages: "the Related tab" or "the record page". */
  where: string;
  /** Why the page may still show more lists (e.g. "a loading indicator still shows"); undefined once complete. */
  incomplete?: string;
}

/**
 * The related lists of a record page, wherever its Lightning page places them: on a Related tab (the grouped
 * view), or on the page itself (Record Page Settings' full view: Metadata API
 * RecordPageSettings.enableFullRecordView; or related list components placed in Lightning App Builder).
 * Lightning renders each list on its own, after its own data call, with a loading stencil in the meantime; a
 * tab's content only once the tab is selected (lightning-tab: "Tab content is lazy loaded"). The Related tab is
 * found wherever the tab bar puts it: in the bar, or only in its "More" menu when it does not fit.
 */
export class RecordRelatedLists {
  private readonly lists: Locator;
  private readonly container: Locator;
  private readonly loading: Locator;
  private readonly title: Locator;
  /** The Related tab once read() selected it, with the tab to go back to. */
  private relatedTab?: SelectedRecordTab;
  /** Whether the page has a Related tab: undefined until looked for in every tab bar and its More menu. */
  private hasRelatedTab?: boolean;
  private where = 'the record page';

  /** `recordRoot`: the visible record home (Lightning keeps earlier pages in the DOM, hidden). */
  constructor(
    private readonly page: Page,
    private readonly recordRoot: Locator,
  ) {
    const lists = `${locators.record.relatedList}, ${locators.record.dynamicRelatedList}`;
    this.lists = recordRoot.locator(lists).filter({ visible: true });
    this.container = recordRoot.locator(locators.record.relatedListContainer).filter({ visible: true });
    this.loading = page.locator(locators.shell.loading).filter({ visible: true });
    this.title = page.locator(locators.record.relatedListTitle);
  }

  /** The related list titled `title` (its card), found by its header. */
  list(title: string): Locator {
    return this.lists
      .filter({ has: this.page.locator(locators.record.relatedListTitle, { hasText: exactly(title) }) })
      .first();
  }

  /**
   * Reads the lists once `enough` holds for a complete reading, or as they are at the deadline. `expected`
   * (the lists the persona's layout predicts, where known) are looked for on the Related tab when the page
   * shows them nowhere yet: that tab is selected then (within `deadlineMs`, from the More menu if need be), and
   * the tab shown before again by `restore()`.
   */
  async read(
    expected: string[],
    deadlineMs: number,
    enough: (reading: RelatedListsReading) => boolean = (reading) =>
      !reading.incomplete && expected.every((title) => reading.titles.includes(title)),
  ): Promise<RelatedListsReading> {
    await this.show(expected, deadlineMs);
    let reading: RelatedListsReading | undefined;
    await expect
      .poll(
        async () => {
          reading = await this.snapshot();
          return enough(reading);
        },
        { timeout: deadlineMs, intervals: RENDER_POLL_INTERVALS },
      )
      .toBe(true)
      .catch(() => undefined);
    // On a busy machine the deadline can pass before a first look has answered: the page is then read as it is.
    return reading ?? (await this.snapshot());
  }

  /**
   * Shows the list titled `title` and waits for `card`, its card. Lightning renders each list after its own data
   * call, so a list not shown yet is waited for until the lists are complete or `deadlineMs` has passed. Lists
   * complete without it are a reading that says so, with the lists shown; lists still rendering at the deadline
   * are a RelatedListsIncompleteError, never "missing".
   */
  async showList(
    title: string,
    card: Locator,
    deadlineMs: number,
  ): Promise<RelatedListsReading & { shown: boolean }> {
    const reading = await this.read(
      [title],
      deadlineMs,
      (now) => now.titles.includes(title) || !now.incomplete,
    );
    if (reading.titles.includes(title)) {
      await rendered(card.first());
      return { ...reading, shown: true };
    }
    if (reading.incomplete) throw new RelatedListsIncompleteError(title, reading, deadlineMs);
    return { ...reading, shown: false };
  }

  /** Selects again the tab shown before read() selected the Related tab. */
  async restore(): Promise<void> {
    const tab = this.relatedTab;
    this.relatedTab = undefined;
    await leaveRecordTab(tab);
  }

  /**
   * Selects the Related tab, shown in a tab bar or in its More menu, unless the lists are all rendered where
   * the page shows them now.
   */
  private async show(expected: string[], deadlineMs: number): Promise<void> {
    const titles = await this.titles();
    if (titles.length > 0 && expected.every((title) => titles.includes(title))) {
      if (await this.onRelatedTab()) this.where = 'the Related tab';
      return;
    }
    this.relatedTab = await selectRecordTab(this.recordRoot, 'Related', deadlineMs);
    this.hasRelatedTab = this.relatedTab !== undefined;
    if (this.relatedTab) this.where = 'the Related tab';
  }

  private async onRelatedTab(): Promise<boolean> {
    for (const bar of await recordTabBars(this.recordRoot))
      if ((await bar.selected()) === 'Related') return true;
    return false;
  }

  /**
   * One reading, in several looks at a page that keeps changing: nothing loading is looked for before the titles
   * and again after them. A list whose stencil gave way to its content between two looks would otherwise be
   * seen neither loading nor titled, and the lists read as complete without it.
   */
  private async snapshot(): Promise<RelatedListsReading> {
    const loadingBefore = (await this.loading.count()) > 0;
    const titles = await this.titles();
    const rendered = (await this.lists.count()) > 0 || (await this.container.count()) > 0;
    let incomplete: string | undefined;
    if (loadingBefore || (await this.loading.count()) > 0) incomplete = 'a loading indicator still shows';
    else if (!rendered)
      incomplete = `no related list rendered${this.hasRelatedTab === false ? ', and the record page has no Related tab' : ''}`;
    else if ((await this.lists.filter({ hasNot: this.title }).count()) > 0)
      incomplete = 'a related list still shows no title (its data has not arrived)';
    return { titles, where: this.where, incomplete };
  }

  private async titles(): Promise<string[]> {
    const texts = await this.lists
      .locator(locators.record.relatedListTitle)
      .filter({ visible: true })
      .allInnerTexts();
    return [...new Set(texts.map(normalise).filter(Boolean))];
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The related lists had not finished rendering at the deadline, and the one looked for was not among them. */
export class RelatedListsIncompleteError extends IncompletePageError {
  override name = 'RelatedListsIncompleteError';
  readonly shown: string[];
  constructor(label: string, reading: RelatedListsReading, deadlineMs: number) {
    super(
      `related list "${label}" did not show on ${reading.where || 'the record page'} within ${deadlineMs / 1000} s, ` +
        `and the related lists had not finished rendering (${reading.incomplete}; shown so far: ` +
        `${reading.titles.join(', ') || 'none'}), so whether the page has it is not known`,
    );
    this.shown = reading.titles;
  }
}

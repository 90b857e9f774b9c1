import type { ElementHandle, Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import type { ShownList, StatedCount } from './shown-list';
import { escapeRegExp, LOADS_MORE_BY_SCROLLING, StatusLineList } from './status-line-list';

/** An object's list view, opened by its API name, e.g. new ListViewPage(page, 'Lead').open('MyOpenLeads'). */
export class ListViewPage implements ShownList {
  private view = 'home';

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {}

  /** The list view's developer name; undefined on the object's home. */
  get viewName(): string | undefined {
    return this.view === 'home' ? undefined : this.view;
  }

  get description(): string {
    return this.view === 'home' ? `${this.sobject} home` : `list view ${this.sobject} ${this.view}`;
  }

  /** The list shown (Lightning keeps pages it navigated away from in the DOM, hidden). */
  private get list(): Locator {
    return this.page.locator(locators.listView.objectHome).filter({ visible: true }).first();
  }

  private get rows(): StatusLineList {
    return new StatusLineList(this.list);
  }

  /** Ready = the status line's count ("3 items • …") shown and no spinner left. Signals only, never sleeps. */
  async open(view: string): Promise<void> {
    this.view = view;
    await this.page.goto(locators.listView.path(this.sobject, view));
    await this.waitUntilLoaded();
  }

  /** The object's home: its default list view (Recently Viewed, unless the user pinned another). */
  async openHome(): Promise<void> {
    this.view = 'home';
    await this.page.goto(locators.listContents.homePath(this.sobject));
    await this.waitUntilLoaded();
  }

  /**
   * The list shown now, if any. Opening another page in place, Lightning hides it (kept for Back) or removes it;
   * whether it can still show a moment after the new address is not known, so a list opened in place is read only
   * once this one has left the view.
   */
  static async shownOn(page: Page): Promise<ElementHandle | undefined> {
    const list = page.locator(locators.listView.objectHome).filter({ visible: true }).first();
    if ((await list.count()) === 0) return undefined;
    return (await list.elementHandle().catch(() => null)) ?? undefined;
  }

  /**
   * After navigating here another way (an app tab): wait as open() does, and first for `left` (the list shown
   * before, from shownOn) to leave the view, so that it is never read as this one.
   */
  async waitUntilLoaded(left?: ElementHandle): Promise<void> {
    if (left) {
      await left.waitForElementState('hidden');
      await left.dispose();
    }
    // Lightning shows the same in-page error as a refused record page instead of a list it will not show.
    const error = this.page.locator(locators.record.error).filter({ visible: true }).first();
    await rendered(this.rows.statusCount.or(error).first());
    if (await error.isVisible()) {
      throw new ListViewPageError((await error.innerText()).replace(/\s+/g, ' ').trim());
    }
    await rendered(this.page.locator(locators.shell.loading).filter({ visible: true }).first(), {
      state: 'detached',
    });
  }

  /**
   * Waits for the list view picker to name `label`, the list view asked for; resolves to the name it shows
   * instead when it does not within the page's timeout (Lightning showed another list).
   */
  async showsListNamed(label: string): Promise<string | undefined> {
    const name = this.list.locator(locators.listView.shownName).first();
    try {
      await rendered(name.filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }));
      return undefined;
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      return ((await name.textContent({ timeout: 1_000 }).catch(() => null)) ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    }
  }

  /** Whether a row of the list is keyed by the record (rows beyond those Lightning has loaded are not seen). */
  lists(recordId: string): Promise<boolean> {
    return this.rows.lists(recordId);
  }

  rowIds(): Promise<string[]> {
    return this.rows.rowIds();
  }

  count(): Promise<StatedCount> {
    return this.rows.count();
  }

  loadMore(): Promise<void> {
    return this.rows.loadMore();
  }

  readonly loadsMoreBy = LOADS_MORE_BY_SCROLLING;

  statusText(): Promise<string> {
    return this.rows.statusText();
  }
}

/** Lightning refused to show the list (the object is not readable, or no such list view for this user). */
export class ListViewPageError extends Error {
  override name = 'ListViewPageError';
}

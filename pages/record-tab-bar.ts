import type { Locator } from '@playwright/test';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { pageDefaultTimeout, rendered } from './rendered';

/**
 * One tab bar of a record page (lightning-tab-bar), its overflow included: a tab that does not fit the bar is
 * offered only in its "More" menu, and selecting it there brings it into the bar (the selected tab always stays
 * in the bar; another may move to the menu in its place). Tabs are found by label, shown or in the menu.
 */
export class RecordTabBar {
  private readonly menuButton: Locator;

  /** `timeoutMs`: how long the More menu may take to show its items; default the page's timeout. */
  constructor(
    readonly bar: Locator,
    private readonly timeoutMs?: number,
  ) {
    this.menuButton = bar.locator(locators.record.tabOverflowButton).filter({ visible: true }).first();
  }

  /** The label of the selected tab; undefined when the bar shows none selected. */
  async selected(): Promise<string | undefined> {
    const active = this.bar.locator(locators.record.activeTab);
    if ((await active.count()) === 0) return undefined;
    return normalise(await active.first().innerText());
  }

  /** Labels of every tab: those the bar shows, then those of its More menu (opened to read them, closed again). */
  async labels(): Promise<string[]> {
    // Read before the menu opens: its items are links inside the bar too.
    const shown = await this.shownLabels();
    const inMenu = (await this.openMenu()) ? await this.menuLabels() : [];
    await this.closeMenu();
    return [...new Set([...shown, ...inMenu])];
  }

  /** Selects the tab labelled `label`, from the bar or from its More menu; an error when the bar has no such tab. */
  async select(label: string): Promise<void> {
    const offered = await this.click(label);
    if (offered) {
      throw new Error(
        `the record page's tab bar has no tab "${label}": it shows ${quoted(offered.shown)}` +
          (offered.inMenu ? ` and its More menu offers ${quoted(offered.inMenu)}` : ''),
      );
    }
    await this.shownSelected(label);
  }

  /**
   * Selects the tab labelled `label` when the bar has it, shown or in its More menu; false when it has not, its
   * menu (if any) read.
   */
  async selectIfOffered(label: string): Promise<boolean> {
    if (await this.click(label)) return false;
    await this.shownSelected(label);
    return true;
  }

  /** Waits until the bar shows `label` selected: a tab chosen in the menu does once the bar is laid out again. */
  private async shownSelected(label: string): Promise<void> {
    const selected = this.bar.locator(locators.record.activeTab).filter({ hasText: exactly(label) });
    try {
      await rendered(selected.first(), { timeout: this.timeoutMs });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new IncompletePageError(
        `the record page's tab "${label}" was clicked, but the tab bar did not show it selected within ${this.seconds()}, so what it shows was not read`,
      );
    }
  }

  /**
   * Clicks the tab labelled `label`, in the bar or in its More menu; when neither has it, answers what they
   * offer instead (`inMenu` undefined: the bar has no menu).
   */
  private async click(label: string): Promise<{ shown: string[]; inMenu?: string[] } | undefined> {
    const shown = this.bar
      .locator(locators.record.tab(label))
      .filter({ visible: true, hasText: exactly(label) });
    if ((await shown.count()) > 0) {
      await shown.first().click();
      return undefined;
    }
    const shownLabels = await this.shownLabels();
    const opened = await this.openMenu();
    const items = this.menuItems();
    const inMenu = opened ? await this.menuLabels() : [];
    const index = inMenu.indexOf(label);
    if (index >= 0) {
      await items.nth(index).click();
      return undefined;
    }
    await this.closeMenu();
    return { shown: shownLabels, inMenu: opened ? inMenu : undefined };
  }

  private async shownLabels(): Promise<string[]> {
    const links = this.bar.locator(locators.record.tabLinks).filter({ visible: true });
    return (await links.allInnerTexts()).map(normalise).filter(Boolean);
  }

  private menuItems(): Locator {
    return this.bar.locator(locators.record.tabOverflowItem).filter({ visible: true });
  }

  private async menuLabels(): Promise<string[]> {
    return (await this.menuItems().allInnerTexts()).map(normalise);
  }

  /**
   * Opens the More menu and waits until it shows its items; false when the bar shows no menu (every tab fits). A
   * menu still loading, or that does not open, is an IncompletePageError: the tabs it holds are not known.
   */
  private async openMenu(): Promise<boolean> {
    if ((await this.menuButton.count()) === 0) return false;
    if ((await this.bar.locator(locators.record.tabOverflowDropdown).filter({ visible: true }).count()) === 0)
      await this.menuButton.click();
    try {
      await rendered(this.menuItems().first(), { timeout: this.timeoutMs });
      return true;
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
    }
    const loading = this.bar.locator(locators.record.tabOverflowSpinner).filter({ visible: true });
    const dropdown = this.bar.locator(locators.record.tabOverflowDropdown).filter({ visible: true });
    if ((await loading.count()) > 0 || (await dropdown.count()) === 0) {
      throw new IncompletePageError(
        `the record page's tab bar "More" menu ${(await loading.count()) > 0 ? 'was still loading its tabs' : 'did not open'} ` +
          `within ${this.seconds()} after a click, so the tabs it holds were not read`,
      );
    }
    return true;
  }

  private seconds(): string {
    return `${(this.timeoutMs ?? pageDefaultTimeout(this.bar)) / 1000} s`;
  }

  private async closeMenu(): Promise<void> {
    const open = this.bar.locator(locators.record.tabOverflowDropdown).filter({ visible: true });
    if ((await open.count()) > 0) await this.menuButton.click();
  }
}

/** The visible tab bars of a record page, each with its More menu. */
export async function recordTabBars(recordRoot: Locator, timeoutMs?: number): Promise<RecordTabBar[]> {
  const bars = await recordRoot.locator(locators.record.tabBar).filter({ visible: true }).all();
  return bars.map((bar) => new RecordTabBar(bar, timeoutMs));
}

function exactly(label: string): RegExp {
  return new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\s*$`);
}

function quoted(labels: string[]): string {
  return labels.map((tab) => `"${tab}"`).join(', ') || 'none';
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

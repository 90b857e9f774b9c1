import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import { type ListEntry, searchAnswer } from './search-answer';

export type LauncherSearch = { item: Locator; offered: string[] } | { item: undefined; offered: string[] };

/**
 * The App Launcher's menu (the waffle): its search for apps and items. Apps and items alike show as
 * one-app-launcher-menu-item links labelled by data-label.
 */
export class AppLauncher {
  readonly menu: Locator;

  constructor(private readonly page: Page) {
    this.menu = page.locator(locators.appNav.launcherMenu).filter({ visible: true });
  }

  /**
   * Opens the menu and searches `label`. Answers the item's link when the search offers it; otherwise, once the
   * search has shown its answer, what it offers instead (the menu is closed again). Rejects with
   * SearchNotAnswered when no answer shows.
   */
  async search(label: string): Promise<LauncherSearch> {
    await this.page.locator(locators.appNav.launcher).filter({ visible: true }).first().click();
    const items = this.menu.locator(locators.appNav.launcherItems).filter({ visible: true });
    // The menu lists the apps before anything is searched: the search's answer is told from them.
    await rendered(items.first());
    const read = async (): Promise<ListEntry[]> =>
      (
        await items
          .locator(locators.appNav.launcherItemLink)
          .evaluateAll((links) => links.map((link) => link.getAttribute('data-label') ?? ''))
      ).map((name) => ({ label: name, text: name }));
    const before = await read();
    await this.menu.locator(locators.appNav.launcherSearch).first().fill(label);
    const list = {
      what: 'the App Launcher',
      read,
      busy: this.menu.locator(locators.shell.loading),
      noResults: this.menu.locator(locators.appNav.launcherNoResults),
    };
    const shown = await searchAnswer(list, label, label, before);
    const offered = shown.map((entry) => entry.label);
    if (offered.includes(label)) {
      return {
        item: this.menu.locator(locators.appNav.launcherItem(label)).filter({ visible: true }).first(),
        offered,
      };
    }
    await this.page.keyboard.press('Escape');
    return { item: undefined, offered };
  }
}

import type { Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';

/** Where opening a tab led: the object of an object tab (its home list), or undefined for Home, Reports... */
export interface TabOpened {
  via: 'navigation bar' | 'App Launcher';
  url: string;
  sobject?: string;
}

/** The app navigation: the current app's tabs in the navigation bar, and the App Launcher for the others. */
export class AppNav {
  constructor(private readonly page: Page) {}

  /** The labels of the tabs the navigation bar shows. */
  async tabs(): Promise<string[]> {
    return this.page
      .locator(locators.appNav.tabs)
      .filter({ visible: true })
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('title') ?? link.textContent ?? ''));
  }

  /**
   * Opens a tab by its label: from the navigation bar, else by searching the App Launcher for it. Rejects with
   * TabNotAvailableError, naming what both offered, when neither has it.
   */
  async open(label: string): Promise<TabOpened> {
    await rendered(this.page.locator(locators.appNav.tabs).filter({ visible: true }).first());
    const inBar = this.page.locator(locators.appNav.tab(label)).filter({ visible: true });
    let via: TabOpened['via'] = 'navigation bar';
    const before = this.page.url();
    if ((await inBar.count()) > 0) {
      await inBar.first().click();
    } else {
      const barTabs = await this.tabs();
      via = 'App Launcher';
      await this.page.locator(locators.appNav.launcher).filter({ visible: true }).first().click();
      const search = this.page.locator(locators.appNav.launcherSearch).filter({ visible: true }).first();
      await search.fill(label);
      const item = this.page.locator(locators.appNav.launcherItem(label)).filter({ visible: true }).first();
      // The search has answered once no item it shows fails to match the text; the wanted one is among them or not.
      await rendered(
        this.page
          .locator(locators.appNav.launcherItems)
          .filter({ visible: true })
          .filter({ hasNotText: new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') })
          .first(),
        { state: 'detached' },
      );
      const found = (await item.count()) > 0;
      if (!found) {
        const offered = await this.page
          .locator(locators.appNav.launcherItems)
          .filter({ visible: true })
          .evaluateAll((links) => links.map((link) => link.getAttribute('data-label') ?? ''));
        await this.page.keyboard.press('Escape');
        throw new TabNotAvailableError(label, barTabs, offered);
      }
      await item.click();
    }
    await this.page.waitForURL((url) => url.toString() !== before);
    const url = this.page.url();
    const object = /\/lightning\/o\/(\w+)\/home/.exec(url)?.[1];
    return {
      via,
      url,
      ...(object && object !== 'Report' && object !== 'Dashboard' ? { sobject: object } : {}),
    };
  }
}

export class TabNotAvailableError extends Error {
  override name = 'TabNotAvailableError';
  constructor(
    readonly label: string,
    readonly navigationBar: string[],
    readonly appLauncher: string[],
  ) {
    super(
      `no tab "${label}": the navigation bar shows ${navigationBar.join(', ') || 'no tabs'} and the App Launcher ` +
        `search for "${label}" offers ${appLauncher.length > 0 ? appLauncher.join(', ') : 'no item'}`,
    );
  }
}

import type { Page } from '@playwright/test';
import { AppLauncher } from './app-launcher';
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

  /** The current app's name as the navigation bar shows it; undefined when the page shows none. */
  async currentApp(): Promise<string | undefined> {
    const name = this.page.locator(locators.appNav.appName).filter({ visible: true });
    if ((await name.count()) === 0) return undefined;
    return (await name.first().textContent())?.trim() || undefined;
  }

  /**
   * Opens a tab by its label: from the navigation bar, else by searching the App Launcher for it. Rejects with
   * TabNotAvailableError, naming what both offered, when neither has it, and with SearchNotAnswered when the
   * App Launcher's search shows no answer.
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
      const found = await new AppLauncher(this.page).search(label);
      if (!found.item) throw new TabNotAvailableError(label, barTabs, found.offered);
      await found.item.click();
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

import type { Page } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';
import { renderedText } from './rendered-text';

export interface DashboardShown {
  title: string;
  /** The running user the dashboard says it shows data as ("View dashboard as: …"). */
  runningUser: string;
  /** Component title → its text (a metric's value; a table or chart as its text). */
  components: Map<string, string>;
}

/** A dashboard, as the signed-in user opens it; each component shows its data as the running user. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  /** Ready = the running user is named and the components are shown. */
  async open(dashboardId: string): Promise<void> {
    await this.page.goto(locators.dashboard.path(dashboardId));
    // Lightning shows its in-page error instead of a dashboard the user may not open.
    const error = this.page.locator(locators.record.error).filter({ visible: true }).first();
    await rendered(
      this.page.locator(locators.dashboard.runningUser).filter({ visible: true }).first().or(error).first(),
    );
    if (await error.isVisible()) {
      throw new DashboardPageError((await error.innerText()).replace(/\s+/g, ' ').trim());
    }
    await rendered(this.page.locator(locators.dashboard.componentTitles).first());
  }

  async read(): Promise<DashboardShown> {
    const title = ((await this.page.locator(locators.dashboard.title).first().textContent()) ?? '').trim();
    const runningUser = (
      (await this.page.locator(locators.dashboard.runningUser).first().textContent()) ?? ''
    ).trim();
    const cards = this.page.locator(locators.dashboard.componentTitles);
    const components = new Map<string, string>();
    for (const card of await cards.all()) {
      const name = (await card.getAttribute('data-component-title')) ?? '';
      const body = card.locator(locators.dashboard.componentBody).first();
      components.set(name, (await body.evaluate(renderedText)).replace(/\s+/g, ' ').trim());
    }
    return { title, runningUser, components };
  }
}

/** Lightning refused to show the dashboard (its folder is not shared with the user). */
export class DashboardPageError extends Error {
  override name = 'DashboardPageError';
}

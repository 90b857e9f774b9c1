import type { FrameLocator, Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { firstRendered } from './rendered';
import { renderedText } from './rendered-text';

export interface DashboardShown {
  title: string;
  /** The running user the dashboard says it shows data as; empty when the page does not name one. */
  runningUser: string;
  /** Component title → its text (a metric's value; a table or chart as its text). */
  components: Map<string, string>;
}

/**
 * A dashboard, as the signed-in user opens it; each component shows its data as the running user. Lightning
 * shows it in the dashboard iframe, a document of its own: everything the dashboard shows is read inside it.
 */
export class DashboardPage {
  private readonly board: FrameLocator;

  constructor(private readonly page: Page) {
    this.board = page.frameLocator(locators.dashboard.frame);
  }

  /** Ready = the components are shown, or Lightning's error page instead of a dashboard the user may not open. */
  async open(dashboardId: string): Promise<void> {
    await this.page.goto(locators.dashboard.path(dashboardId));
    const error = this.page.locator(locators.record.error).filter({ visible: true });
    await firstRendered([this.board.locator(locators.dashboard.components).first()], [error.first()]);
    if ((await error.count()) > 0) {
      throw new DashboardPageError(clean(await error.first().innerText()));
    }
  }

  async read(): Promise<DashboardShown> {
    const components = new Map<string, string>();
    for (const card of await this.board.locator(locators.dashboard.components).all()) {
      const name = await textOf(card.locator(locators.dashboard.componentTitle));
      const body = card.locator(locators.dashboard.componentBody).first();
      components.set(name, clean(await body.evaluate(renderedText)));
    }
    return {
      title: await textOf(this.board.locator(locators.dashboard.title)),
      runningUser: await textOf(this.board.locator(locators.dashboard.runningUser)),
      components,
    };
  }
}

/** Lightning refused to show the dashboard (its folder is not shared with the user). */
export class DashboardPageError extends Error {
  override name = 'DashboardPageError';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

async function textOf(locator: Locator): Promise<string> {
  return (await locator.count()) > 0 ? clean((await locator.first().textContent()) ?? '') : '';
}

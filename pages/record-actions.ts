import type { Locator } from '@playwright/test';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { pageDefaultTimeout, rendered } from './rendered';

/**
 * The actions ribbon of a record page: the actions it shows as buttons, then those of its "Show more actions"
 * menu. Lightning renders the ribbon on its own, once its actions have loaded (salesforce-pageobjects
 * records/highlights2 waitForActionsContent), and lightning-button-menu renders its dropdown, and so its
 * items, only once opened, a spinner standing in for them while they load (lightning/buttonMenu). No action
 * is called absent before the ribbon has rendered its content, and the menu, opened, has shown its items.
 */
export class RecordActions {
  private readonly ribbon: Locator;
  private readonly content: Locator;

  /** `timeoutMs`: how long the ribbon and its menu may take to render; default the page's timeout. */
  constructor(
    recordRoot: Locator,
    private readonly timeoutMs?: number,
  ) {
    this.ribbon = recordRoot.locator(locators.actions.ribbon).filter({ visible: true }).first();
    this.content = recordRoot
      .locator(locators.record.highlights)
      .filter({ visible: true })
      .locator(locators.actions.loaded);
  }

  /** Clicks an action by its label, shown or in the menu; false when the rendered ribbon does not offer it. */
  async click(label: string): Promise<boolean> {
    await this.waitUntilRendered();
    const shown = this.ribbon
      .locator(locators.actions.action(label))
      .locator(locators.actions.button)
      .filter({ visible: true });
    if ((await shown.count()) > 0) {
      await shown.first().click();
      return true;
    }
    if (!(await this.openMenu())) return false;
    const item = this.ribbon
      .locator(locators.actions.action(label))
      .locator(locators.actions.menuItem)
      .filter({ visible: true });
    if ((await item.count()) === 0) {
      await this.closeMenu();
      return false;
    }
    await item.first().click();
    return true;
  }

  /** Labels of the actions offered, the shown ones then the menu's (opened to read them, closed again). */
  async labels(): Promise<string[]> {
    await this.waitUntilRendered();
    const opened = await this.openMenu();
    const titles = await this.ribbon
      .locator(locators.actions.anyAction)
      .evaluateAll((renderers) => renderers.map((renderer) => renderer.getAttribute('title') ?? ''));
    const items = await this.ribbon
      .locator(locators.actions.menuItem)
      .filter({ visible: true })
      .allInnerTexts();
    if (opened) await this.closeMenu();
    return [...new Set([...titles, ...items].map(normalise).filter(Boolean))];
  }

  /**
   * Positive evidence that the ribbon rendered: an action shown, its "Show more actions" button, or the content
   * it renders once its actions have loaded, which an empty ribbon renders too.
   */
  async waitUntilRendered(): Promise<void> {
    const action = this.ribbon.locator(locators.actions.anyAction).filter({ visible: true });
    const menu = this.ribbon.locator(locators.actions.overflowButton).filter({ visible: true });
    try {
      await rendered(action.or(menu).or(this.content).first(), {
        state: 'attached',
        timeout: this.timeoutMs,
      });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new IncompletePageError(
        `the record page's actions ribbon had not rendered its actions within ${this.seconds()}, so no verdict on them is given`,
      );
    }
  }

  /**
   * Opens the "Show more actions" menu and waits until it has shown its items; false when the ribbon has no
   * menu. A menu still loading, or that never opens, is an IncompletePageError; one that opens, loads and
   * shows no item is empty.
   */
  private async openMenu(): Promise<boolean> {
    const button = this.ribbon.locator(locators.actions.overflowButton).filter({ visible: true });
    if ((await button.count()) === 0) return false;
    await button.first().click();
    const item = this.ribbon.locator(locators.actions.menuItem).filter({ visible: true }).first();
    try {
      await rendered(item, { timeout: this.timeoutMs });
      return true;
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
    }
    const menu = this.ribbon.locator(locators.actions.menu).first();
    const loading = menu.locator(locators.actions.menuSpinner).filter({ visible: true });
    const dropdown = menu.locator(locators.actions.menuDropdown).filter({ visible: true });
    if ((await loading.count()) > 0 || (await dropdown.count()) === 0) {
      throw new IncompletePageError(
        `the record page's "Show more actions" menu ${(await loading.count()) > 0 ? 'was still loading its items' : 'did not open'} ` +
          `within ${this.seconds()} after a click, so no verdict on the actions it holds is given`,
      );
    }
    return true;
  }

  private async closeMenu(): Promise<void> {
    const menu = this.ribbon.locator(locators.actions.menu).first();
    if ((await menu.locator(locators.actions.menuDropdown).filter({ visible: true }).count()) === 0) return;
    await this.ribbon.locator(locators.actions.overflowButton).filter({ visible: true }).first().click();
  }

  private seconds(): string {
    return `${(this.timeoutMs ?? pageDefaultTimeout(this.ribbon)) / 1000} s`;
  }
}

/**
 * Clicks a record action by its label (Edit, "Submit for Approval", "Create PDF"), shown in the actions
 * ribbon or in its "Show more actions" menu. False when the rendered ribbon offers no such action.
 */
export async function clickRecordAction(
  recordRoot: Locator,
  label: string,
  renderTimeoutMs?: number,
): Promise<boolean> {
  return new RecordActions(recordRoot, renderTimeoutMs).click(label);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

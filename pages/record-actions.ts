import type { Locator } from '@playwright/test';
import { locators } from './locators';

/**
 * Clicks a record action by its label (Edit, "Submit for Approval", "Create PDF"), shown in the actions
 * ribbon or in its "Show more actions" menu. False when the page offers no such action.
 */
export async function clickRecordAction(recordRoot: Locator, label: string): Promise<boolean> {
  const ribbon = recordRoot.locator(locators.actions.ribbon).filter({ visible: true }).first();
  const shown = ribbon.locator(locators.actions.action(label)).locator(locators.actions.button);
  if ((await shown.count()) > 0) {
    await shown.first().click();
    return true;
  }
  const overflow = ribbon.locator(locators.actions.overflowButton);
  if ((await overflow.count()) === 0) return false;
  await overflow.first().click();
  const item = ribbon.locator(locators.actions.action(label)).locator(locators.actions.menuItem);
  if ((await item.count()) === 0) {
    await overflow.first().click();
    return false;
  }
  await item.first().click();
  return true;
}

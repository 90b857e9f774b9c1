import type { Locator } from '@playwright/test';
import { locators } from './locators';
import { rendered } from './rendered';

/** Selects a tab of a record page (Details, Related) when the page shows it; a page built without it stays put. */
export async function selectRecordTab(recordRoot: Locator, name: 'Details' | 'Related'): Promise<void> {
  const tab = recordRoot.locator(locators.record.tab(name)).filter({ visible: true });
  if ((await tab.count()) > 0) await tab.first().click();
}

/** Selects the Related tab and waits for `list` there; false when the page has no such list. */
export async function showRelatedList(recordRoot: Locator, list: Locator): Promise<boolean> {
  await selectRecordTab(recordRoot, 'Related');
  return rendered(list.first(), { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
}

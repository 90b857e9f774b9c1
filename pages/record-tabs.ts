import type { Locator } from '@playwright/test';
import { type RecordTabBar, recordTabBars } from './record-tab-bar';

/** A tab of the record page selected by selectRecordTab, and the tab its bar showed before. */
export interface SelectedRecordTab {
  bar: RecordTabBar;
  label: string;
  before: string | undefined;
}

/**
 * Selects the tab labelled `label` in whichever tab bar of the record page has it, shown or only in its "More"
 * menu (where Lightning puts the tabs that do not fit the bar). Undefined when no bar has it, every More menu
 * read; a menu that does not open is an IncompletePageError (RecordTabBar). `timeoutMs`: how long a menu or a
 * newly selected tab may take to show; default the page's timeout.
 */
export async function selectRecordTab(
  recordRoot: Locator,
  label: string,
  timeoutMs?: number,
): Promise<SelectedRecordTab | undefined> {
  for (const bar of await recordTabBars(recordRoot, timeoutMs)) {
    const before = await bar.selected();
    if (before === label || (await bar.selectIfOffered(label))) return { bar, label, before };
  }
  return undefined;
}

/** Selects again the tab its bar showed before selectRecordTab selected another. */
export async function leaveRecordTab(tab: SelectedRecordTab | undefined): Promise<void> {
  if (tab?.before !== undefined && tab.before !== tab.label) await tab.bar.select(tab.before);
}

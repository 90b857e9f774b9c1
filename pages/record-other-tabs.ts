import { expect, type Locator } from '@playwright/test';
import { locators } from './locators';
import type { RecordPage } from './record-page';
import { RENDER_POLL_INTERVALS } from './render-polling';

/**
 * What the record page's other tabs show: each field and section by the tab showing it, and the tabs that could
 * not be read.
 */
export interface OtherTabsReading {
  /** API name → label of the tab showing it, for fields the tab the page was read on does not show. */
  fields: Map<string, string>;
  /** Section heading → label of the tab showing it, for sections the tab the page was read on does not show. */
  sections: Map<string, string>;
  /** Tabs whose content did not finish rendering within the deadline. */
  unread: string[];
}

/**
 * Reads every tab of the record page's tab bars other than the one selected, as the persona would: an admin may
 * place a field section (or the Record Detail component) on any tab, and a tab renders its content only once
 * selected (lightning-tab: "Tab content is lazy loaded"). A tab counts as read once nothing on it loads and the
 * fields it shows stayed the same between two looks. Each bar's selected tab is selected again afterwards.
 */
export async function readOtherTabs(recordPage: RecordPage, deadlineMs: number): Promise<OtherTabsReading> {
  const reading: OtherTabsReading = { fields: new Map(), sections: new Map(), unread: [] };
  const shownThere = new Set(await recordPage.shownFields());
  const sectionsThere = new Set(await recordPage.sectionTitles());
  const bars = await recordPage.root.locator(locators.record.tabBar).filter({ visible: true }).all();
  for (const bar of bars) {
    const active = bar.locator(locators.record.activeTab);
    if ((await active.count()) === 0) continue;
    const selected = normalise(await active.first().innerText());
    const others = (await bar.locator(locators.record.tabLinks).allInnerTexts())
      .map(normalise)
      .filter((tab) => tab && tab !== selected);
    try {
      for (const tab of others) {
        await bar.locator(locators.record.tab(tab)).first().click();
        const fields = await settledFields(recordPage, bar, tab, deadlineMs);
        if (!fields) {
          reading.unread.push(tab);
          continue;
        }
        for (const apiName of fields) {
          if (!shownThere.has(apiName) && !reading.fields.has(apiName)) reading.fields.set(apiName, tab);
        }
        for (const title of await recordPage.sectionTitles()) {
          if (!sectionsThere.has(title) && !reading.sections.has(title)) reading.sections.set(title, tab);
        }
      }
    } finally {
      if (others.length > 0) await bar.locator(locators.record.tab(selected)).first().click();
    }
  }
  return reading;
}

/** The fields shown once `tab` is selected and its content settled; undefined when it did not within the deadline. */
async function settledFields(
  recordPage: RecordPage,
  bar: Locator,
  tab: string,
  deadlineMs: number,
): Promise<string[] | undefined> {
  const active = bar.locator(locators.record.activeTab);
  let previous = '';
  let fields: string[] = [];
  try {
    await expect
      .poll(
        async () => {
          if (normalise(await active.first().innerText()) !== tab) return false;
          if ((await recordPage.expandCollapsedSections()) > 0 || (await recordPage.isLoading()))
            return false;
          fields = await recordPage.shownFields();
          const now = fields.join(',');
          const same = now === previous;
          previous = now;
          return same;
        },
        { timeout: deadlineMs, intervals: RENDER_POLL_INTERVALS },
      )
      .toBe(true);
    return fields;
  } catch {
    return undefined;
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Selects the tab labelled `tab` (in whichever tab bar has it), waits for its content to settle, runs `read`,
 * then selects again the tab its bar had selected.
 */
export async function onTab<T>(
  recordPage: RecordPage,
  tab: string,
  deadlineMs: number,
  read: () => Promise<T>,
): Promise<T> {
  const bar = recordPage.root
    .locator(locators.record.tabBar)
    .filter({ visible: true })
    .filter({ has: recordPage.root.page().locator(locators.record.tab(tab)) })
    .first();
  const selected = normalise(await bar.locator(locators.record.activeTab).first().innerText());
  await bar.locator(locators.record.tab(tab)).first().click();
  try {
    await settledFields(recordPage, bar, tab, deadlineMs);
    return await read();
  } finally {
    await bar.locator(locators.record.tab(selected)).first().click();
  }
}

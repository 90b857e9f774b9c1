import { expect, type Locator } from '@playwright/test';
import { locators } from './locators';
import type { RecordPage } from './record-page';
import { type RecordTabBar, recordTabBars } from './record-tab-bar';
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
 * selected (lightning-tab: "Tab content is lazy loaded"). Tabs that do not fit a bar are read from its "More"
 * menu. A tab counts as read once nothing on it loads and the fields it shows stayed the same between two looks.
 * Each bar's selected tab is selected again afterwards.
 */
export async function readOtherTabs(recordPage: RecordPage, deadlineMs: number): Promise<OtherTabsReading> {
  const reading: OtherTabsReading = { fields: new Map(), sections: new Map(), unread: [] };
  const shownThere = new Set(await recordPage.shownFields());
  const sectionsThere = new Set(await recordPage.sectionTitles());
  for (const bar of await recordTabBars(recordPage.root, deadlineMs)) {
    const selected = await bar.selected();
    if (selected === undefined) continue;
    const others = (await bar.labels()).filter((tab) => tab !== selected);
    try {
      for (const tab of others) {
        await bar.select(tab);
        const fields = await settledFields(recordPage, bar.bar, tab, deadlineMs);
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
      if (others.length > 0) await bar.select(selected);
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
 * Selects the tab labelled `tab` (in whichever tab bar has it, shown or in its "More" menu), waits for its
 * content to settle, runs `read`, then selects again the tab its bar had selected.
 */
export async function onTab<T>(
  recordPage: RecordPage,
  tab: string,
  deadlineMs: number,
  read: () => Promise<T>,
): Promise<T> {
  const bars = await recordTabBars(recordPage.root, deadlineMs);
  let holder: RecordTabBar | undefined;
  for (const bar of bars) if (!holder && (await bar.labels()).includes(tab)) holder = bar;
  if (!holder) throw new Error(`the record page has no tab "${tab}" any more`);
  const selected = await holder.selected();
  await holder.select(tab);
  try {
    await settledFields(recordPage, holder.bar, tab, deadlineMs);
    return await read();
  } finally {
    if (selected !== undefined) await holder.select(selected);
  }
}

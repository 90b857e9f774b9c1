import { expect, type Locator } from '@playwright/test';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { type RecordTabBar, recordTabBars } from './record-tab-bar';
import { RENDER_POLL_INTERVALS } from './render-polling';
import { pageDefaultTimeout } from './rendered';

/** What a selected tab showed: a field, no field once complete, or it was still rendering at the deadline. */
type TabReading = 'a field' | 'no field' | 'still rendering';

/** What is read of the record page (RecordPage): whether it shows a field, and whether something still loads. */
interface RecordPageShown {
  readonly root: Locator;
  showsField(): Promise<boolean>;
  isLoading(): Promise<boolean>;
}

interface TabInBar {
  bar: RecordTabBar;
  index: number;
  tab: string;
}

/**
 * Leaves the record page on a tab that shows its fields. A Lightning page may open on another tab than Details
 * (the default tab is set in Lightning App Builder), a tab renders its content only once selected
 * (lightning-tab: "Tab content is lazy loaded"), and an admin may place the Record Detail (or the field
 * sections) on a tab labelled otherwise, leaving Details without a field. So Details is read first, then the
 * tab the page opened on, then every other tab, shown in a bar or in its "More" menu, Related last: each until
 * it shows a field, or until it is complete without one, when the next is tried at once. A tab still rendering
 * is waited for up to the page's timeout.
 */
export async function showFieldsTab(recordPage: RecordPageShown): Promise<void> {
  if (await recordPage.showsField()) return;
  const timeoutMs = pageDefaultTimeout(recordPage.root);
  const bars = await recordTabBars(recordPage.root);
  const opened = await Promise.all(bars.map((bar) => bar.selected()));
  const read: (TabInBar & { reading: TabReading })[] = [];
  const showsField = async ({ bar, index, tab }: TabInBar) => {
    if (read.some((done) => done.index === index && done.tab === tab)) return false;
    if ((await bar.selected()) !== tab) await bar.select(tab);
    const reading = await readTab(recordPage, bar, tab, timeoutMs);
    read.push({ bar, index, tab, reading });
    return reading === 'a field';
  };
  // Opened on Details, whose fields may still be arriving: read before any More menu is opened.
  for (const [index, bar] of bars.entries())
    if (opened[index] === 'Details' && (await showsField({ bar, index, tab: 'Details' }))) return;
  const tabs = (
    await Promise.all(
      bars.map(async (bar, index) => (await bar.labels()).map((tab) => ({ bar, index, tab }))),
    )
  ).flat();
  // Related last: it holds the related lists, which take longest to render, and fields only if an admin put
  // them there.
  const order = [
    ...tabs.filter(({ tab }) => tab === 'Details'),
    ...tabs.filter(({ index, tab }) => tab === opened[index]),
    ...tabs.filter(({ tab }) => tab !== 'Related'),
    ...tabs,
  ];
  for (const tab of order) if (await showsField(tab)) return;
  throw new IncompletePageError(noFieldOnAnyTab(opened, read, timeoutMs));
}

/**
 * Waits until the tab `tab`, selected in `bar`, shows a field, or is complete without one: the bar shows it
 * selected, the tabset shows its panel, and nothing on the page loads (the record page's ready signals,
 * docs/salesforce-facts.md), in two looks in a row: Lightning marks no end to a tab's lazy rendering, and
 * readOtherTabs counts a tab read alike.
 */
async function readTab(
  recordPage: RecordPageShown,
  bar: RecordTabBar,
  tab: string,
  timeoutMs: number,
): Promise<TabReading> {
  const panel = recordPage.root.locator(locators.record.activeTabContent);
  let reading: TabReading = 'still rendering';
  let completeLooks = 0;
  await expect
    .poll(
      async () => {
        if (await recordPage.showsField()) {
          reading = 'a field';
          return true;
        }
        const complete =
          (await bar.selected()) === tab && (await panel.count()) > 0 && !(await recordPage.isLoading());
        completeLooks = complete ? completeLooks + 1 : 0;
        if (completeLooks < 2) return false;
        reading = 'no field';
        return true;
      },
      { timeout: timeoutMs, intervals: RENDER_POLL_INTERVALS },
    )
    .toBe(true)
    .catch(() => undefined);
  return reading;
}

function noFieldOnAnyTab(
  opened: (string | undefined)[],
  read: { tab: string; reading: TabReading }[],
  timeoutMs: number,
): string {
  const quoted = (tabs: { tab: string }[]) => tabs.map(({ tab }) => `"${tab}"`).join(', ');
  const empty = read.filter(({ reading }) => reading === 'no field');
  const unread = read.filter(({ reading }) => reading === 'still rendering');
  const found = [
    empty.length > 0 ? `${quoted(empty)} rendered without a field` : '',
    unread.length > 0 ? `${quoted(unread)} did not finish rendering within ${timeoutMs / 1000} s` : '',
  ].filter(Boolean);
  const shown = opened.filter((tab) => tab !== undefined).map((tab) => ({ tab }));
  return (
    `the record page opened on the tab ${quoted(shown) || '(none selected)'}, and no tab showed a field: ` +
    `${found.join('; ') || 'the page has no tab to read'} — no Record Detail or field section was found, so ` +
    'no verdict on its fields is given'
  );
}

import type { RecordPagePrediction } from '../../fixtures';
import { predictedRelatedLists } from '../../fixtures/predicted-related-lists';
import { readOtherTabs } from '../../pages/record-other-tabs';
import type { RecordPage } from '../../pages/record-page';
import { IncompletePageError, waitUntilComplete } from './expect-page-complete';
import { unreadTabs } from './expect-shown-fields';
import { judgedAs } from './incomplete-parts';
import { otherTabsMayShowMore } from './other-tabs-needed';

/** What one user's record page shows: the parts a persona can lack compared with the admin. */
export interface RecordPageView {
  fields: string[];
  sections: string[];
  relatedLists: string[];
  actions: string[];
}

export type ViewPart = keyof RecordPageView;

export const PART_NAMES: Record<ViewPart, string> = {
  fields: 'field',
  sections: 'section',
  relatedLists: 'related list',
  actions: 'action',
};

/**
 * Reads a record page once it is complete: every field the org predicts for its user rendered (the layout
 * and field-level security, read as the admin), then the fields and section headings of every tab (those of
 * the tab bar's "More" menu too), the ribbon's actions (its
 * overflow menu opened), and the related lists once they have loaded. `mustShow` are related lists the page
 * is said to lack unless it shows them: while its lists are incomplete, that verdict is not given.
 */
export async function readRecordPageView(
  page: RecordPage,
  prediction: RecordPagePrediction,
  who: string,
  deadlineMs: number,
  mustShow: string[] = [],
): Promise<RecordPageView> {
  await waitUntilComplete(page, prediction, who, deadlineMs);
  // Fields and sections on the page's other tabs count as shown, read alike for the admin and the persona.
  const shown = await page.readShown();
  const otherTabs = otherTabsMayShowMore(shown, prediction)
    ? await judgedAs(who, () => readOtherTabs(page, deadlineMs))
    : undefined;
  if (otherTabs && otherTabs.unread.length > 0)
    throw new IncompletePageError(
      `${who}: ${unreadTabs(otherTabs.unread, deadlineMs)}, so no comparison is given`,
    );
  const fields = [...shown.fields, ...(otherTabs?.fields.keys() ?? [])];
  const sections = [...(await page.sectionTitles()), ...(otherTabs?.sections.keys() ?? [])];
  const actions = await judgedAs(who, () => page.actionLabels(deadlineMs));
  const reading = await page.relatedLists(predictedRelatedLists(prediction), deadlineMs);
  const lacking = mustShow.filter((title) => !reading.titles.includes(title));
  if (reading.incomplete && lacking.length > 0) {
    throw new IncompletePageError(
      `${who}: ${reading.where} did not finish rendering its related lists within ${deadlineMs / 1000} s ` +
        `(${reading.incomplete}; shown so far: ${reading.titles.join(', ') || 'none'}), so whether it lacks ` +
        `${lacking.map((title) => `"${title}"`).join(', ')} is not known`,
    );
  }
  return { fields, sections, relatedLists: reading.titles, actions };
}

/** What the admin's page shows and the persona's does not, part by part, in the admin's page order. */
export function missingFromPersona(admin: RecordPageView, persona: RecordPageView): RecordPageView {
  const lacking = (part: ViewPart) => admin[part].filter((name) => !persona[part].includes(name));
  return {
    fields: lacking('fields'),
    sections: lacking('sections'),
    relatedLists: lacking('relatedLists'),
    actions: lacking('actions'),
  };
}

import type { RecordPagePrediction } from '../../fixtures';
import type { RecordPage } from '../../pages/record-page';
import { waitUntilComplete } from './expect-page-complete';

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
 * and field-level security, read as the admin), then the section headings, the ribbon's actions (its
 * overflow menu opened), and the related lists of the Related tab once they have loaded.
 */
export async function readRecordPageView(
  page: RecordPage,
  prediction: RecordPagePrediction,
  who: string,
  deadlineMs: number,
): Promise<RecordPageView> {
  await waitUntilComplete(page, prediction, who, deadlineMs);
  const fields = await page.shownFields();
  const sections = await page.sectionTitles();
  const actions = await page.actionLabels();
  // The Related tab renders its lists on its own once selected: read once the lists the layout places, of
  // objects the user may read, have arrived (or the deadline passed), and no spinner shows.
  const readable = (object: string | undefined) =>
    !object || !prediction.grants || (prediction.grants.objects.get(object)?.read.length ?? 0) > 0;
  const expectedLists = (prediction.layout?.relatedLists ?? [])
    .filter((list) => readable(list.object))
    .map((list) => list.label);
  const relatedLists = await page.relatedListTitles(expectedLists, deadlineMs);
  return { fields, sections, relatedLists, actions };
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

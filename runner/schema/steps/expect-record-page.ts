import { z } from 'zod';
import type { RecordPageExpectations } from '../../model';
import { fieldApiName, fieldList, list } from '../common';
import { describeValue } from '../wording';

/**
 * The keys of `expect` about what the record page offers the persona: the Edit modal (editable, required,
 * offers), the layout's sections, the Related tab, the actions and the highlights panel.
 */
const labels = (key: string, example: string) =>
  list(
    key,
    z
      .string()
      .trim()
      .min(1, { error: `"${key}" lists an empty label` }),
    {
      what: 'labels as the persona reads them',
      example,
    },
  );

/** Picklist field → the values the persona is offered, e.g. offers: { StageName: [Qualification, Closed Won] }. */
const offers = z
  .record(
    fieldApiName,
    z.array(z.union([z.string(), z.number()]).transform(String), {
      error: (issue) =>
        `Expected the list of values the picklist offers, but got ${describeValue(issue.input)} — ` +
        'write e.g. StageName: [Qualification, Closed Won]',
    }),
    {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `Expected a mapping of picklist API names to the values offered, but got ${describeValue(issue.input)}. ` +
            'For example: offers: { Rating: [Hot, Warm, Cold] }',
    },
  )
  .nullish()
  .transform((values) => values ?? {});

export const recordPageShape = {
  editable: fieldList('editable'),
  required: fieldList('required'),
  offers,
  sections: labels('sections', 'Lead Information'),
  sectionsAbsent: labels('sectionsAbsent', 'Scoring'),
  relatedLists: labels('relatedLists', 'Contacts'),
  relatedListsAbsent: labels('relatedListsAbsent', 'Opportunities'),
  actions: labels('actions', 'Edit'),
  actionsAbsent: labels('actionsAbsent', 'Delete'),
  highlights: fieldList('highlights'),
};

/** How many checks these keys ask for. */
export function recordPageCheckCount(page: RecordPageExpectations): number {
  return (
    Object.keys(page.offers).length +
    [
      page.editable,
      page.required,
      page.sections,
      page.sectionsAbsent,
      page.relatedLists,
      page.relatedListsAbsent,
      page.actions,
      page.actionsAbsent,
      page.highlights,
    ].reduce((sum, items) => sum + items.length, 0)
  );
}

const TITLES: [keyof Omit<RecordPageExpectations, 'offers'>, string][] = [
  ['editable', 'editable'],
  ['required', 'required'],
  ['sections', 'sections'],
  ['sectionsAbsent', 'no sections'],
  ['relatedLists', 'related lists'],
  ['relatedListsAbsent', 'no related lists'],
  ['actions', 'actions'],
  ['actionsAbsent', 'no actions'],
  ['highlights', 'highlights'],
];

/** e.g. ['editable: Amount', 'offers: StageName = Qualification, Closed Won'] */
export function recordPageTitleParts(page: Partial<RecordPageExpectations>): string[] {
  const parts = TITLES.filter(([key]) => (page[key]?.length ?? 0) > 0).map(
    ([key, label]) => `${label}: ${page[key]?.join(', ')}`,
  );
  for (const [field, values] of Object.entries(page.offers ?? {}))
    parts.push(`offers: ${field} = ${values.join(', ') || '(nothing)'}`);
  return parts;
}

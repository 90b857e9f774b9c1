import { z } from 'zod';
import type { RecordPageExpectations } from '../../model';
import { fieldApiName, fieldList, list } from '../common';
import { keyedRecord } from '../keyed-record';
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
const offers = keyedRecord(
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

const OPPOSITES: [keyof RecordPageExpectations, keyof RecordPageExpectations, string][] = [
  ['sections', 'sectionsAbsent', 'section'],
  ['relatedLists', 'relatedListsAbsent', 'related list'],
  ['actions', 'actionsAbsent', 'action'],
];

/**
 * A check that contradicts another of the same step cannot hold: a label both present and absent, or a field
 * both hidden and editable, required or showing a value. Reported at the second mention.
 */
export function recordPageContradictions(
  step: RecordPageExpectations & { hidden: string[]; values: Record<string, string> },
  context: z.RefinementCtx,
): void {
  for (const [present, absent, what] of OPPOSITES) {
    const listed = new Set(step[present] as string[]);
    (step[absent] as string[]).forEach((label, index) => {
      if (!listed.has(label)) return;
      context.addIssue({
        code: 'custom',
        path: [absent, index],
        input: label,
        message: `${what} "${label}" is expected both in ${present} and in ${absent}. Keep it in only one of them.`,
      });
    });
  }
  const hidden = new Set(step.hidden);
  for (const field of Object.keys(step.values)) {
    if (!hidden.has(field)) continue;
    context.addIssue({
      code: 'custom',
      path: ['values', field],
      input: step.values[field],
      message: `"${field}" is expected both hidden and showing a value: a field the persona cannot see shows nothing. Keep it in only one of them.`,
    });
  }
  for (const key of ['editable', 'required'] as const) {
    step[key].forEach((field, index) => {
      if (!hidden.has(field)) return;
      context.addIssue({
        code: 'custom',
        path: [key, index],
        input: field,
        message: `"${field}" is expected both hidden and ${key}: a field the persona cannot see is not in the Edit modal. Keep it in only one of them.`,
      });
    });
  }
}

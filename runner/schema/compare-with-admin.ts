import { z } from 'zod';
import { list, mapping } from './common';
import { describeValue } from './wording';

const EXAMPLE = 'compareWithAdmin: { missing: [Credit_Limit__c, Finance] }';

/**
 * `open: { record: x, compareWithAdmin: true }` reads the admin's view of the same record page and reports what
 * the persona does not see (fields, sections, related lists, actions); `{ missing: [...] }` also requires that
 * the persona lacks exactly these: field API names, section headings, related list titles, action labels.
 */
export const compareWithAdminSchema = z.union(
  [
    z.literal(true),
    mapping(
      {
        missing: list('missing', z.string().trim().min(1), {
          what: 'field API names, section headings, related list titles or action labels',
          example: 'Credit_Limit__c, Finance',
        }),
      },
      { what: 'what the persona lacks compared with the admin (a mapping with missing)', example: EXAMPLE },
    ),
  ],
  {
    error: (issue) =>
      `Expected true (show what the persona does not see that the admin does) or { missing: [...] } (and require ` +
      `exactly those), but got ${describeValue(issue.input)}. For example: compareWithAdmin: true, or ${EXAMPLE}`,
  },
);

/** The comparison is of a record page: an open step without a record has nothing to compare. */
export function compareNeedsRecord(
  step: { compareWithAdmin?: unknown; record?: unknown; relatedList?: unknown },
  context: z.RefinementCtx,
): void {
  if (step.compareWithAdmin === undefined || (step.record !== undefined && step.relatedList === undefined))
    return;
  context.addIssue({
    code: 'custom',
    input: step,
    path: ['compareWithAdmin'],
    message:
      'compareWithAdmin compares a record page: use it with record alone, e.g. open: { record: account, compareWithAdmin: true }',
  });
}

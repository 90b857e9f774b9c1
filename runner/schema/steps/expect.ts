import { z } from 'zod';
import type { ExpectStep } from '../../model';
import { fieldApiName, fieldList, knownPlaceholders, mapping, onlyIfValidSoFar } from '../common';
import { keyedRecord } from '../keyed-record';
import { describeValue } from '../wording';
import { hasPathExpectations, pathExpectationShape, pathExpectationTitles } from './expect-path';
import {
  recordPageCheckCount,
  recordPageContradictions,
  recordPageShape,
  recordPageTitleParts,
} from './expect-record-page';
import { hasViewExpectations, viewExpectationShape, viewExpectationTitles } from './view-expectations';

const LABELS = { visible: 'visible', hidden: 'hidden', readOnly: 'read-only' } as const;

/** Field → the text the persona should see in it, e.g. values: { OwnerId: Sam Rivera, Rating: Hot }. */
const fieldValues = keyedRecord(
  fieldApiName,
  z
    .union([z.string(), z.number(), z.boolean()], {
      error: (issue) =>
        `Expected the text the field shows (e.g. Hot), but got ${describeValue(issue.input)}. ` +
        (issue.input === null
          ? `Write ${String(issue.path?.at(-1) ?? 'Rating')}: "" to expect the field empty.`
          : 'Quote it if it looks like something else: Rating: "Hot".'),
    })
    .superRefine(knownPlaceholders),
  {
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `Expected a mapping of field API names to the text they show, but got ${describeValue(issue.input)}. ` +
          'For example: values: { OwnerId: Sam Rivera }',
  },
)
  .nullish()
  .transform((values) =>
    Object.fromEntries(Object.entries(values ?? {}).map(([field, value]) => [field, String(value)])),
  );

export const expectStepSchema = mapping(
  {
    visible: fieldList('visible'),
    hidden: fieldList('hidden'),
    readOnly: fieldList('readOnly'),
    values: fieldValues,
    ...recordPageShape,
    ...viewExpectationShape,
    ...pathExpectationShape,
  },
  {
    what: `what to check (a mapping with ${['visible', 'hidden', 'readOnly', 'values', ...Object.keys(recordPageShape), ...Object.keys(viewExpectationShape), ...Object.keys(pathExpectationShape)].join(', ')})`,
    example: 'expect: { visible: [Status] }',
  },
)
  .refine(
    (step) =>
      step.visible.length +
        step.hidden.length +
        step.readOnly.length +
        Object.keys(step.values).length +
        recordPageCheckCount(step) >
        0 ||
      hasViewExpectations(step) ||
      hasPathExpectations(step),
    {
      error:
        'Expected at least one field to check, but the expect step lists none. For example: expect: { visible: [Status] }',
      ...onlyIfValidSoFar,
    },
  )
  .superRefine(recordPageContradictions, onlyIfValidSoFar)
  .superRefine(oneViewChecked, onlyIfValidSoFar);

/** One page is open at a time: an expect reads a list, a report or a dashboard, never two of them. */
function oneViewChecked(
  step: Partial<Record<'list' | 'report' | 'dashboard', unknown>>,
  context: z.RefinementCtx,
) {
  const named = (['list', 'report', 'dashboard'] as const).filter((key) => step[key] !== undefined);
  for (const key of named.slice(1)) {
    context.addIssue({
      code: 'custom',
      path: [key],
      input: step[key],
      message:
        `"${named[0]}" and "${key}" in one expect step: a step checks the one list, report or dashboard the last ` +
        `open showed. Open the ${key} in a step of its own, e.g. - open: { ${key === 'list' ? 'object: Lead, listView: MyOpenLeads' : `${key}: ${key === 'report' ? 'Open_Pipeline' : 'Sales_Pipeline'}`} }, then check it in the expect step after it.`,
    });
  }
}

/** e.g. 'expect visible: Status, Lead_Score__c; hidden: Rating' */
export function expectStepTitle(step: Omit<ExpectStep, 'kind'>): string {
  const parts = (Object.keys(LABELS) as (keyof typeof LABELS)[])
    .filter((key) => step[key].length > 0)
    .map((key) => `${LABELS[key]}: ${step[key].join(', ')}`);
  const values = Object.entries(step.values).map(([field, value]) => `${field} = "${value}"`);
  if (values.length > 0) parts.push(`values: ${values.join(', ')}`);
  parts.push(...recordPageTitleParts(step));
  parts.push(...viewExpectationTitles(step));
  parts.push(...pathExpectationTitles(step));
  return `expect ${parts.join('; ')}`;
}

import { z } from 'zod';
import type { PathExpectations, ToastExpectation } from '../../model-path';
import { knownPlaceholders, mapping, onlyIfValidSoFar } from '../common';
import { describeValue } from '../wording';

/** The `path` and `toast` keys of an expect step. */

const PATH_EXAMPLE =
  'path: { current: Qualification, offers: [Qualification, Negotiation/Review, Closed], keyFields: [Amount] }';
const label = z.union([z.string(), z.number()]).transform(String);
const labels = (key: string, example: string) =>
  z
    .array(label, {
      error: (issue) =>
        `Expected a list of ${key === 'offers' ? 'stage labels' : 'fields'}, but got ${describeValue(issue.input)} — write ${key}: [${example}]`,
    })
    .min(1, { error: `Expected at least one entry, e.g. ${key}: [${example}]` })
    .optional();

export const pathExpectationSchema = mapping(
  {
    current: z
      .string()
      .trim()
      .min(1, { error: 'Expected the current stage, e.g. current: Qualification' })
      .optional(),
    offers: labels('offers', 'Qualification, Negotiation/Review, Closed'),
    keyFields: labels('keyFields', 'Amount, NextStep'),
  },
  { what: 'what Path shows (a mapping with current, offers, keyFields)', example: PATH_EXAMPLE },
).refine((path) => path.current !== undefined || path.offers !== undefined || path.keyFields !== undefined, {
  error: `Expected current, offers or keyFields. For example: ${PATH_EXAMPLE}`,
  ...onlyIfValidSoFar,
});

const KINDS = ['success', 'error', 'warning', 'info'] as const;
const toastText = z.string().trim().min(1).superRefine(knownPlaceholders);

/** `toast: Stage changed successfully.` or `toast: { error: Enter an Amount }` (the kind, then the text). */
export const toastExpectationSchema = z.union(
  [
    toastText.transform((text): ToastExpectation => ({ text })),
    mapping(
      Object.fromEntries(KINDS.map((kind) => [kind, toastText.optional()])) as Record<
        (typeof KINDS)[number],
        z.ZodOptional<typeof toastText>
      >,
      {
        what: 'the toast (its text, or a mapping of its kind to its text)',
        example: 'toast: { success: was created }',
      },
    )
      .refine((toast) => Object.values(toast).filter((text) => text !== undefined).length === 1, {
        error: 'Expected one kind with its text, e.g. toast: { error: Enter an Amount }',
        ...onlyIfValidSoFar,
      })
      .transform((toast): ToastExpectation => {
        const kind = KINDS.find((each) => toast[each] !== undefined) ?? 'success';
        return { kind, text: toast[kind] as string };
      }),
  ],
  {
    error: (issue) =>
      `Expected the toast's text, or its kind and text (toast: { error: Enter an Amount }), but got ${describeValue(issue.input)}.`,
  },
);

export const pathExpectationShape = {
  path: pathExpectationSchema.optional(),
  toast: toastExpectationSchema.optional(),
};

export function hasPathExpectations(step: PathExpectations): boolean {
  return step.path !== undefined || step.toast !== undefined;
}

/** e.g. ['path current: Qualification', 'toast (success): "was created"'] */
export function pathExpectationTitles(step: PathExpectations): string[] {
  const parts: string[] = [];
  if (step.path) {
    const { current, offers, keyFields } = step.path;
    const path = [
      current ? `current ${current}` : '',
      offers ? `offers ${offers.join(', ')}` : '',
      keyFields ? `key fields ${keyFields.join(', ')}` : '',
    ].filter(Boolean);
    parts.push(`path ${path.join(', ')}`);
  }
  if (step.toast) parts.push(`toast${step.toast.kind ? ` (${step.toast.kind})` : ''}: "${step.toast.text}"`);
  return parts;
}

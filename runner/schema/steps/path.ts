import { z } from 'zod';
import type { PathStep } from '../../model';
import { mapping, onlyIfValidSoFar } from '../common';

const EXAMPLE = 'path: { complete: true }, path: { select: Needs Analysis } or path: { close: Closed Won }';
const stage = (hint: string) =>
  z
    .string({ error: `Expected the stage's label as Path shows it, ${hint}` })
    .trim()
    .min(1, { error: `Expected the stage's label as Path shows it, ${hint}` });

/**
 * One Path action on the opened record: `complete: true` clicks "Mark Stage as Complete"; `select: <stage>`
 * chooses the stage, then "Mark as Current Stage"; `close: <closed stage>` chooses it in the closed-stage dialog.
 */
export const pathStepSchema = mapping(
  {
    complete: z.literal(true, { error: 'Expected complete: true ("Mark Stage as Complete").' }).optional(),
    select: stage('e.g. select: Needs Analysis').optional(),
    close: stage('e.g. close: Closed Won').optional(),
    expectError: z.string().trim().min(1).optional(),
  },
  { what: 'the Path action (a mapping with complete, select or close)', example: EXAMPLE },
)
  .refine(
    (step) =>
      [step.complete !== undefined, step.select !== undefined, step.close !== undefined].filter(Boolean)
        .length === 1,
    {
      error: `Expected exactly one of complete, select and close. For example: ${EXAMPLE}`,
      ...onlyIfValidSoFar,
    },
  )
  .transform(
    (step): Omit<PathStep, 'kind'> => ({
      action: step.select !== undefined ? 'select' : step.close !== undefined ? 'close' : 'complete',
      ...(step.select !== undefined || step.close !== undefined ? { stage: step.select ?? step.close } : {}),
      ...(step.expectError ? { expectError: step.expectError } : {}),
    }),
  );

/** e.g. 'path: mark stage as complete', 'path: close as "Closed Won" (expect refused: "Enter an Amount")' */
export function pathStepTitle(step: Omit<PathStep, 'kind'>): string {
  const what =
    step.action === 'complete'
      ? 'mark stage as complete'
      : step.action === 'select'
        ? `select "${step.stage}", mark as current stage`
        : `close as "${step.stage}"`;
  const refused = step.expectError ? ` (expect refused: "${step.expectError}")` : '';
  return `path: ${what}${refused}`;
}

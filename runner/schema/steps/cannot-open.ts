import { z } from 'zod';
import type { CannotOpenStep } from '../../model-journeys';
import { mapping, referenceName } from '../common';

const dataKey = referenceName('data key', 'deal');

/** `cannotOpen: deal` (or `{ record: deal }`): the persona must get Insufficient Privileges opening that record. */
export const cannotOpenStepSchema = z.preprocess(
  (input) => (typeof input === 'string' ? { record: input } : input),
  mapping(
    { record: dataKey },
    {
      what: 'the data record the persona must not open (a data key, or a mapping with record)',
      example: 'cannotOpen: deal',
    },
  ),
);

export function cannotOpenStepTitle(step: Omit<CannotOpenStep, 'kind'>): string {
  return `cannot open record "${step.record}" (Insufficient Privileges expected)`;
}

import type { CannotOpenStep } from '../../model-journeys';
import { mapping, orShorthand, referenceName } from '../common';

const dataKey = referenceName('data key', 'deal');

/** `cannotOpen: deal` (or `{ record: deal }`): the persona must get Insufficient Privileges opening that record. */
export const cannotOpenStepSchema = orShorthand(
  'record',
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

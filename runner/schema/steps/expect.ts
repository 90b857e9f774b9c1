import type { ExpectStep } from '../../model';
import { fieldList, mapping, onlyIfValidSoFar } from '../common';

const LABELS = { visible: 'visible', hidden: 'hidden', readOnly: 'read-only' } as const;

export const expectStepSchema = mapping(
  { visible: fieldList('visible'), hidden: fieldList('hidden'), readOnly: fieldList('readOnly') },
  {
    what: 'the fields to check (a mapping with visible, hidden, readOnly)',
    example: 'expect: { visible: [Status] }',
  },
).refine((step) => step.visible.length + step.hidden.length + step.readOnly.length > 0, {
  error:
    'Expected at least one field to check, but the expect step lists none. For example: expect: { visible: [Status] }',
  ...onlyIfValidSoFar,
});

/** e.g. 'expect visible: Status, Lead_Score__c; hidden: Rating' */
export function expectStepTitle(step: Omit<ExpectStep, 'kind'>): string {
  const parts = (Object.keys(LABELS) as (keyof typeof LABELS)[])
    .filter((key) => step[key].length > 0)
    .map((key) => `${LABELS[key]}: ${step[key].join(', ')}`);
  return `expect ${parts.join('; ')}`;
}

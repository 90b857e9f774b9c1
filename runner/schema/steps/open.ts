import type { OpenStep } from '../../model';
import { mapping, requiredText } from '../common';

export const openStepSchema = mapping(
  { record: requiredText('record', 'Name the data record to open, e.g. open: { record: lead }') },
  { what: 'the record to open (a mapping with record)', example: 'open: { record: lead }' },
);

export function openStepTitle(step: Omit<OpenStep, 'kind'>): string {
  return `open record "${step.record}"`;
}

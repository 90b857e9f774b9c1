import { z } from 'zod';
import type { EditStep } from '../../model';
import { fieldKeyInstead, mapping } from '../common';
import { formFieldValues } from './form-values';

const EXAMPLE = 'edit: { fields: { Rating: Warm } }';

export const editStepSchema = mapping(
  {
    fields: formFieldValues('change', EXAMPLE, 'StageName: Closed Won').refine(
      (fields) => Object.keys(fields).length > 0,
      {
        error: `Expected at least one field to change. For example: ${EXAMPLE}`,
      },
    ),
    // The save must be refused with an error containing this text (a validation rule, a required field).
    expectError: z.string().trim().min(1).optional(),
  },
  {
    what: 'the fields to change in the Edit modal (a mapping with fields, and optionally expectError)',
    example: EXAMPLE,
    insteadOf: (key) =>
      key === 'expectErrorOn'
        ? "Only create takes expectErrorOn; an edit's expectError is looked for anywhere in the form."
        : fieldKeyInstead('edit', key),
  },
);

/** e.g. 'edit StageName = "Closed Won" (expect the save to be refused: "Enter an Amount")' */
export function editStepTitle(step: Omit<EditStep, 'kind'>): string {
  const fields = Object.entries(step.fields).map(([field, value]) => `${field} = "${value}"`);
  const refused = step.expectError ? ` (expect the save to be refused: "${step.expectError}")` : '';
  return `edit ${fields.join(', ')}${refused}`;
}

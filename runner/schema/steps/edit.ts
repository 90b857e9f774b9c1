import { z } from 'zod';
import type { EditStep } from '../../model';
import { fieldApiName, knownPlaceholders, mapping } from '../common';
import { describeValue } from '../wording';

const EXAMPLE = 'edit: { fields: { Rating: Warm } }';

const editValue = z
  .union([z.string(), z.number(), z.boolean()], {
    error: (issue) =>
      `Expected the value to enter (text, a number, true/false), but got ${describeValue(issue.input)}. ` +
      'For a picklist or lookup, write the text the persona picks, e.g. StageName: Closed Won.',
  })
  .superRefine(knownPlaceholders);

export const editStepSchema = mapping(
  {
    fields: z
      .record(fieldApiName, editValue, {
        error: (issue) =>
          issue.input === undefined
            ? `required key "fields" is missing. Name the fields to change by API name, e.g. ${EXAMPLE}`
            : `Expected field values by API name, but got ${describeValue(issue.input)}. For example: ${EXAMPLE}`,
      })
      .refine((fields) => Object.keys(fields).length > 0, {
        error: `Expected at least one field to change. For example: ${EXAMPLE}`,
      }),
    // The save must be refused with an error containing this text (a validation rule, a required field).
    expectError: z.string().trim().min(1).optional(),
  },
  {
    what: 'the fields to change in the Edit modal (a mapping with fields, and optionally expectError)',
    example: EXAMPLE,
  },
);

/** e.g. 'edit StageName = "Closed Won" (expect the save to be refused: "Enter an Amount")' */
export function editStepTitle(step: Omit<EditStep, 'kind'>): string {
  const fields = Object.entries(step.fields).map(([field, value]) => `${field} = "${value}"`);
  const refused = step.expectError ? ` (expect the save to be refused: "${step.expectError}")` : '';
  return `edit ${fields.join(', ')}${refused}`;
}

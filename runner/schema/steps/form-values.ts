import { z } from 'zod';
import { fieldApiName, knownPlaceholders } from '../common';
import { keyedRecord } from '../keyed-record';
import { describeValue } from '../wording';

/**
 * The `fields` of a step that fills the record form: values by field API name, each the text, number or
 * true/false the persona enters. `purpose` and the examples go into the errors a wrong value gets.
 */
export function formFieldValues(purpose: 'fill' | 'change', example: string, picklistExample: string) {
  const value = z
    .union([z.string(), z.number(), z.boolean()], {
      error: (issue) =>
        `Expected the value to enter (text, a number, true/false), but got ${describeValue(issue.input)}. ` +
        `For a picklist or lookup, write the text the persona picks, e.g. ${picklistExample}.`,
    })
    .superRefine(knownPlaceholders);
  return keyedRecord(fieldApiName, value, {
    error: (issue) =>
      issue.input === undefined
        ? `required key "fields" is missing. Name the fields to ${purpose} by API name, e.g. ${example}`
        : `Expected field values by API name, but got ${describeValue(issue.input)}. For example: ${example}`,
  });
}

import { z } from 'zod';
import { fieldApiName, knownPlaceholders, mapping, referenceName, sobjectName } from './common';
import { describeValue } from './wording';

const fieldValue = z
  .union([z.string(), z.number(), z.boolean(), z.null()], {
    error: (issue) =>
      `Expected text, a number, true/false or nothing as a field value, but got ${describeValue(issue.input)}.` +
      (typeof issue.input === 'object'
        ? ' A {{placeholder}} must be in quotes, e.g. OwnerId: "{{persona.id}}"'
        : ''),
  })
  .superRefine(knownPlaceholders);

export const dataRecordSchema = mapping(
  {
    sobject: sobjectName,
    fields: z.record(fieldApiName, fieldValue, {
      error: (issue) =>
        issue.input === undefined
          ? 'required key "fields" is missing. Give the record its field values by API name, e.g. fields: { LastName: Doe, Company: Acme }'
          : `Expected field values by API name, but got ${describeValue(issue.input)}. For example: fields: { LastName: Doe, Company: Acme }`,
    }),
    autoAssign: z.boolean().default(false),
    // The record type's developer name (API name), resolved through the RecordType object when the record is created.
    recordType: z
      .string({
        error: (issue) =>
          `Expected a record type's developer name, e.g. recordType: Renewal, but got ${describeValue(issue.input)}.`,
      })
      .regex(/^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/, {
        error: (issue) =>
          `Expected the record type's developer name (letters, digits and underscores, e.g. New_Business), ` +
          `not its label: got ${describeValue(issue.input)}.`,
      })
      .optional(),
  },
  {
    what: 'a record (a mapping with sobject, fields, and optionally recordType and autoAssign)',
    example: 'lead: { sobject: Lead, fields: { LastName: Doe } }',
  },
);

export const dataSchema = z
  .record(referenceName('data key', 'lead'), dataRecordSchema)
  .nullish()
  .transform((records) => records ?? {});

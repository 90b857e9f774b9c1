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
  },
  {
    what: 'a record (a mapping with sobject and fields)',
    example: 'lead: { sobject: Lead, fields: { LastName: Doe } }',
  },
);

export const dataSchema = z
  .record(referenceName('data key', 'lead'), dataRecordSchema)
  .nullish()
  .transform((records) => records ?? {});

import { z } from 'zod';
import {
  developerName,
  fieldApiName,
  knownPlaceholders,
  mapping,
  mappingNotList,
  referenceName,
  sobjectName,
} from './common';
import { keyedRecord } from './keyed-record';
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
    fields: keyedRecord(fieldApiName, fieldValue, {
      error: (issue) =>
        issue.input === undefined
          ? 'required key "fields" is missing. Give the record its field values by API name, e.g. fields: { LastName: Doe, Company: Acme }'
          : Array.isArray(issue.input)
            ? mappingNotList('field API names', issue.input, 'fields: { LastName: Doe, Company: Acme }')
            : `Expected field values by API name, but got ${describeValue(issue.input)}. For example: fields: { LastName: Doe, Company: Acme }`,
    }),
    autoAssign: z.boolean().default(false),
    // The record type's developer name (API name), resolved through the RecordType object when the record is created.
    recordType: developerName(
      z.string({
        error: (issue) =>
          `Expected a record type's developer name, e.g. recordType: Renewal, but got ${describeValue(issue.input)}.`,
      }),
      (written) =>
        `Expected the record type's developer name (letters, digits and underscores, e.g. New_Business), ` +
        `not its label: got ${describeValue(written)}.`,
    ).optional(),
  },
  {
    what: 'a record (a mapping with sobject, fields, and optionally recordType and autoAssign)',
    example: 'lead: { sobject: Lead, fields: { LastName: Doe } }',
  },
);

export const dataSchema = keyedRecord(referenceName('data key', 'lead'), dataRecordSchema, {
  error: (issue) =>
    issue.code === 'invalid_type' && Array.isArray(issue.input)
      ? mappingNotList(
          'record keys',
          issue.input,
          'data: { lead: { sobject: Lead, fields: { LastName: Doe } } }',
        )
      : issue.code === 'invalid_type' && issue.input !== undefined
        ? `Expected data as a mapping of record keys, but got ${describeValue(issue.input)}. ` +
          'For example: data: { lead: { sobject: Lead, fields: { LastName: Doe } } }'
        : undefined,
})
  .nullish()
  .transform((records) => records ?? {});

import { z } from 'zod';
import { fieldApiName, mapping, referenceName, requiredText } from './common';
import { keyedRecord } from './keyed-record';
import { scenarioHeader } from './scenario';
import { describeValue, didYouMean, oneOf } from './wording';

/** What a persona may do with a field of the record: not see it, read it, or change it in the Edit form. */
export const ACCESS_LEVELS = ['hidden', 'read', 'edit'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const EXAMPLE_ROW = 'Credit_Limit__c: { finance: edit, ae: read, csm: hidden }';

const accessLevel = z
  .string({
    error: (issue) =>
      `Expected ${oneOf([...ACCESS_LEVELS])}, but got ${describeValue(issue.input)}. For example: ${EXAMPLE_ROW}`,
  })
  .superRefine((word, context) => {
    if ((ACCESS_LEVELS as readonly string[]).includes(word)) return;
    context.addIssue({
      code: 'custom',
      input: word,
      message:
        `unknown access "${word}". Expected ${oneOf([...ACCESS_LEVELS])} (hidden: not on the page; read: shown, ` +
        `not editable; edit: editable in the Edit form).${didYouMean(word, [...ACCESS_LEVELS])}`,
    });
  });

const personaColumns = keyedRecord(referenceName('persona name', 'finance'), accessLevel, {
  error: (issue) =>
    issue.input === undefined || issue.code !== 'invalid_type'
      ? undefined
      : `Expected a mapping of persona → access, but got ${describeValue(issue.input)}. For example: ${EXAMPLE_ROW}`,
});

const accessTable = keyedRecord(fieldApiName, personaColumns, {
  error: (issue) =>
    issue.input === undefined
      ? `required key "access" is missing. Give each field a row of persona → access, e.g. access: { ${EXAMPLE_ROW} }`
      : issue.code === 'invalid_type'
        ? `Expected a mapping of field → { persona: access }, but got ${describeValue(issue.input)}. For example: access: { ${EXAMPLE_ROW} }`
        : undefined,
}).superRefine((table, context) => {
  if (Object.keys(table).length > 0) return;
  context.addIssue({
    code: 'custom',
    input: table,
    message: `Expected at least one field row, but the table is empty. For example: access: { ${EXAMPLE_ROW} }`,
  });
});

export const matrixSchema = mapping(
  {
    record: requiredText('record', 'Name the data record every persona opens, e.g. record: account'),
    access: accessTable,
  },
  {
    what: 'a matrix (a mapping with record and access)',
    example: `matrix: { record: account, access: { ${EXAMPLE_ROW} } }`,
  },
);

/**
 * A matrix scenario: one record, a table fields × personas of the access each persona must have. It is run
 * as one test per persona (its own Login-As, audit pair and, for a sensitive persona, the scenario's approval).
 */
export const matrixScenarioSchema = mapping(
  { ...scenarioHeader, matrix: matrixSchema },
  {
    what: 'a matrix scenario (a mapping with id, title, reason, ticket, data and matrix)',
    example: 'id: sensitive-account-fields — see scenarios/sensitive-account-fields-matrix.yaml',
  },
);

export type ParsedMatrixScenario = Omit<z.output<typeof matrixScenarioSchema>, 'matrix'> & {
  matrix: { record: string; access: Record<string, Record<string, AccessLevel>> };
};

/** Whether a file's top level is the matrix form (then it has no persona or steps of its own). */
export function isMatrixForm(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'matrix' in raw;
}

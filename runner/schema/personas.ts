import { z } from 'zod';
import { mapping, referenceName, requiredText } from './common';
import { describeValue } from './wording';

const EXAMPLE =
  'personas: { sdr: { username: sam.sdr@acme-demo.example, description: Sales Development Rep } }';

const personaSchema = mapping(
  {
    username: requiredText(
      'username',
      'Name the Salesforce user this persona logs in as, e.g. username: sam.sdr@acme-demo.example',
    ).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
      error: (issue) =>
        `Expected a Salesforce username (it looks like an email address), but got ${describeValue(issue.input)}. ` +
        'For example: username: sam.sdr@acme-demo.example',
    }),
    description: z.string().optional(),
  },
  {
    what: 'a persona (a mapping with username and description)',
    example: 'sdr: { username: sam.sdr@acme-demo.example }',
  },
);

export const personasFileSchema = mapping(
  {
    personas: z
      .record(referenceName('persona name', 'sdr'), personaSchema, {
        error: (issue) =>
          issue.input === undefined
            ? `required key "personas" is missing. For example: ${EXAMPLE}`
            : `Expected personas by name, but got ${describeValue(issue.input)}. For example: ${EXAMPLE}`,
      })
      .refine((personas) => Object.keys(personas).length > 0, {
        error: `Expected at least one persona, but there are none. For example: ${EXAMPLE}`,
      }),
  },
  { what: 'a personas file (a mapping with personas)', example: EXAMPLE },
);

export type ParsedPersonas = z.output<typeof personasFileSchema>;

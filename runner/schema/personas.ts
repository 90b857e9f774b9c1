import { z } from 'zod';
import { list, mapping, mappingNotList, onlyIfValidSoFar } from './common';
import { keyedRecord } from './keyed-record';
import { loginRefusalSchema } from './login-refusal';
import { describeValue } from './wording';

const EXAMPLE =
  'personas: { sdr: { username: sam.sdr@acme-demo.example, description: Sales Development Rep } }';

const username = (key: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `Expected a Salesforce username in "${key}", but got ${describeValue(issue.input)}. For example: ${key}: sam.sdr@acme-demo.example`,
    })
    .trim()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
      error: (issue) =>
        `Expected a Salesforce username (it looks like an email address), but got ${describeValue(issue.input)}. ` +
        `For example: ${key}: sam.sdr@acme-demo.example`,
    });

/** A Salesforce name as Setup shows it (profile, role) or an API name (permission set, group). */
const name = (key: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `Expected the name of a ${key}, but got ${describeValue(issue.input)}. For example: ${example}`,
    })
    .trim()
    .min(1, { error: `"${key}" is empty. For example: ${example}` });

const names = (key: string, what: string, example: string) =>
  list(key, name(key, `${key}: [${example}]`), { what, example });

/**
 * A persona is a permission context: optionally the user (or pool of users) it logs in as, and what that
 * user must be — profile, permission sets (and groups), role, public groups, queues. Declared keys are
 * checked exactly before every run; keys left out are not checked.
 */
const personaShape = {
  username: username('username').optional(),
  usernames: list('usernames', username('usernames'), {
    what: 'Salesforce usernames',
    example: 'sam.sdr@acme-demo.example',
  }).optional(),
  description: z.string().optional(),
  // Impersonating it needs a documented approval in every scenario (finance, health or other restricted data).
  sensitive: z.boolean({ error: 'Expected sensitive: true or false.' }).optional(),
  // Its Login-As is expected to be refused (a frozen or inactive user kept to prove it): the contract expects
  // that state, and every scenario using it must expect the refusal.
  loginRefused: loginRefusalSchema.optional(),
  profile: name('profile', 'profile: Sales Development Rep').optional(),
  permissionSets: names('permissionSets', 'permission set API names', 'Lead_Scoring_Editor').optional(),
  permissionSetGroups: names(
    'permissionSetGroups',
    'permission set group API names',
    'Sales_Leadership',
  ).optional(),
  // null: the user must have no role.
  role: name('role', 'role: Sales Development').nullable().optional(),
  publicGroups: names('publicGroups', 'public group API names', 'Sales_Team').optional(),
  queues: names('queues', 'queue API names', 'SDR_Queue').optional(),
};

/** The keys a persona may declare. */
export const PERSONA_KEYS: readonly string[] = Object.keys(personaShape);

const personaSchema = mapping(personaShape, {
  what: 'a persona (a mapping with username and/or profile, permissionSets, role…)',
  example: 'sdr: { profile: Sales Development Rep, permissionSets: [], role: Sales Development }',
}).superRefine((persona, context) => {
  if (persona.username && persona.usernames && persona.usernames.length > 0) {
    context.addIssue({
      code: 'custom',
      input: persona,
      path: ['usernames'],
      message: 'Write either username (one user) or usernames (a pool to pick from), not both.',
    });
  }
  const named = persona.username || (persona.usernames ?? []).length > 0;
  const findable =
    persona.profile ||
    persona.role ||
    (persona.permissionSets ?? []).length > 0 ||
    (persona.permissionSetGroups ?? []).length > 0;
  if (!named && !findable) {
    context.addIssue({
      code: 'custom',
      input: persona,
      message:
        'A persona needs a user to log in as: name it (username: sam.sdr@acme-demo.example), give a pool ' +
        '(usernames: [...]), or declare at least its profile, role or a permission set (group) so the run can ' +
        'find a user that matches (profile: Sales Development Rep, permissionSets: [], role: Sales Development; ' +
        'or permissionSets: [Lead_Scoring_Editor] where every user has the same profile).',
    });
  }
}, onlyIfValidSoFar);

export const personasFileSchema = mapping(
  {
    personas: keyedRecord(
      z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, {
        error: (issue) =>
          `Expected a persona name made of letters, digits, "-" and "_", starting with a letter (e.g. sdr), ` +
          `but got ${describeValue(issue.input)}.`,
      }),
      personaSchema,
      {
        error: (issue) =>
          issue.input === undefined
            ? `required key "personas" is missing. For example: ${EXAMPLE}`
            : Array.isArray(issue.input)
              ? mappingNotList('persona names', issue.input, EXAMPLE)
              : `Expected personas by name, but got ${describeValue(issue.input)}. For example: ${EXAMPLE}`,
      },
    ).refine((personas) => Object.keys(personas).length > 0, {
      error: `Expected at least one persona, but there are none. For example: ${EXAMPLE}`,
    }),
  },
  { what: 'a personas file (a mapping with personas)', example: EXAMPLE },
);

export type ParsedPersonas = z.output<typeof personasFileSchema>;

import { z } from 'zod';
import { justifyingText, list, listNotMapping, mapping, requiredText } from './common';
import { dataSchema } from './data';
import { loginRefusalSchema } from './login-refusal';
import { stepSchema } from './steps';
import { describeValue } from './wording';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const scenarioId = requiredText(
  'id',
  'Give the scenario a unique kebab-case id, e.g. id: sdr-sees-routed-lead',
).regex(KEBAB_CASE, {
  error: (issue) =>
    `Expected a kebab-case id (lowercase letters, digits and dashes), but got "${issue.input}". ` +
    `For example: id: ${kebabCase(String(issue.input)) || 'sdr-sees-routed-lead'}`,
});

const tag = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
  error: (issue) =>
    `Expected a tag without spaces (letters, digits, "-", "_", "."), but got "${issue.input}". ` +
    `For example: ${kebabCase(String(issue.input)) || 'lead-routing'}`,
});

/** The keys every scenario form has: who wrote it for what, and the test data. */
export const scenarioHeader = {
  id: scenarioId,
  title: requiredText('title', 'Say what the scenario shows, e.g. title: SDR sees a new lead with its score'),
  // A documented reason tied to a ticket: what a review of the impersonation reads (the seed guide's audit standard).
  reason: justifyingText(
    'reason',
    'Every scenario needs the reason for impersonating a user, e.g. reason: Pre-release persona check for lead routing',
  ),
  ticket: justifyingText(
    'ticket',
    'Every scenario needs the ticket that justifies impersonating a user, e.g. ticket: REVOPS-142',
    { identifier: true },
  ),
  // Who approved impersonating a sensitive persona, and where (the seed guide's "higher scrutiny").
  approval: mapping(
    {
      approver: justifyingText('approver', 'Name who approved it, e.g. approver: Dana Lee (Head of Finance)'),
      reference: justifyingText('reference', 'Name the approval record, e.g. reference: CHG-2291', {
        identifier: true,
      }),
    },
    {
      what: 'an approval (a mapping with approver and reference)',
      example: 'approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }',
    },
  ).optional(),
  tags: list('tags', tag, { what: 'tags', example: 'release' }),
  data: dataSchema,
};

const { id, title, ...purposeAndData } = scenarioHeader;

const STEPS_EXAMPLE = 'steps: [{ open: { record: lead } }, { expect: { visible: [Status] } }]';

export const scenarioSchema = mapping(
  {
    id,
    title,
    persona: requiredText(
      'persona',
      'Name the persona to log in as (a key of personas.yaml), e.g. persona: sdr',
    ),
    // Login-As of the persona must be refused for this reason; then steps may be left out.
    loginRefused: loginRefusalSchema.optional(),
    ...purposeAndData,
    steps: z
      .array(stepSchema, {
        error: (issue) =>
          issue.input !== null && typeof issue.input === 'object'
            ? listNotMapping('steps', issue.input, STEPS_EXAMPLE)
            : `Expected a list of steps, but got ${describeValue(issue.input)}. For example: ${STEPS_EXAMPLE}`,
      })
      .min(1, {
        error:
          'Expected at least one step, but the list is empty. For example: steps: [{ open: { record: lead } }]',
      })
      // Left out: [] — allowed only when the scenario proves a refused Login-As (checked below).
      .default([]),
  },
  {
    what: 'a scenario (a mapping with id, title, persona, reason, ticket and steps)',
    example: 'id: sdr-sees-routed-lead — see scenarios/sdr-sees-routed-lead.yaml',
  },
)
  // Steps are required unless the scenario only proves that Login-As of its persona is refused.
  .superRefine(
    (scenario, context) => {
      if (!Array.isArray(scenario.steps) || scenario.steps.length > 0 || scenario.loginRefused) return;
      context.addIssue({
        code: 'custom',
        input: scenario.steps,
        path: ['steps'],
        message:
          'required key "steps" is missing. Every scenario needs at least one step, e.g. steps: [{ open: { record: lead } }]',
      });
    },
    {
      // Also when other keys have errors (one pass reports all), but not twice for the steps key itself.
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((issue) => issue.path?.[0] === 'steps'),
    },
  );

export type ParsedScenario = z.output<typeof scenarioSchema>;

function kebabCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

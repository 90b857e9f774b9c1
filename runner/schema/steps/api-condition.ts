import { z } from 'zod';
import type { ApiCondition, ApiFieldCondition, TaskCondition } from '../../model-journeys';
import { fieldApiName, knownPlaceholders, mapping, referenceName, requiredText } from '../common';
import { durationMs } from '../duration';
import { keyedRecord } from '../keyed-record';
import { describeDuration, describeValue } from '../wording';
import { lookupsNotByName } from './lookup-by-name';

export const DEFAULT_WITHIN_MS = 20_000;

const owner = z.union(
  [
    mapping(
      { queue: requiredText('queue', 'Name the queue by developer name, e.g. { queue: SDR_Queue }') },
      { what: 'a queue', example: '{ queue: SDR_Queue }' },
    ),
    mapping(
      {
        user: requiredText(
          'user',
          'Name the user by username or full name, e.g. { user: "{{personas.sdr.username}}" }',
        ).superRefine(knownPlaceholders),
      },
      { what: 'a user', example: '{ user: sam.sdr@acme-demo.example }' },
    ),
  ],
  {
    error: (issue) =>
      `Expected { queue: <developer name> } or { user: <username or full name> }, but got ${describeValue(issue.input)}.`,
  },
);

const fieldCondition = z.union(
  [z.string().superRefine(knownPlaceholders), z.number(), z.boolean(), z.null(), owner],
  {
    error: (issue) =>
      `Expected the value the field must hold (text, a number, true/false), or { queue: … } / { user: … } for an ` +
      `owner or lookup, but got ${describeValue(issue.input)}.`,
  },
);

const task = mapping(
  { subject: z.string().trim().min(1).superRefine(knownPlaceholders).optional(), owner: owner.optional() },
  {
    what: 'the Task that must exist for the record (a mapping with subject and/or owner)',
    example: 'task: { subject: Call new lead, owner: { user: "{{personas.sdr.username}}" } }',
  },
);

const fields = (verb: string) =>
  keyedRecord(fieldApiName, fieldCondition).superRefine(lookupsNotByName(verb)).optional();

type Parsed = {
  record: string;
  task?: z.output<typeof task>;
  within?: number;
};

function toCondition(step: Parsed, values: Record<string, ApiFieldCondition> | undefined): ApiCondition {
  return {
    record: step.record,
    fields: values ?? {},
    ...(step.task ? { task: step.task as TaskCondition } : {}),
    withinMs: step.within ?? DEFAULT_WITHIN_MS,
  };
}

function somethingToCheck(key: string, example: string) {
  return (step: Parsed & Record<string, unknown>, context: z.RefinementCtx) => {
    const values = step[key] as Record<string, unknown> | undefined;
    if ((values && Object.keys(values).length > 0) || step.task) return;
    context.addIssue({
      code: 'custom',
      input: step,
      message: `Expected something to check: field values in "${key}", a "task", or both. For example: ${example}`,
    });
  };
}

const common = {
  record: referenceName('data key', 'lead'),
  task: task.optional(),
  within: durationMs.optional(),
};

const WAIT_EXAMPLE = 'wait: { record: lead, until: { OwnerId: { queue: SDR_Queue } }, within: 20s }';
const EXPECT_API_EXAMPLE =
  'expectApi: { record: lead, values: { Rating: Hot }, task: { subject: Call new lead } }';

/** wait: { record, until, task?, within? } — polls until automation brought the record there. */
export const waitStepSchema = mapping(
  { ...common, until: fields('wait for') },
  { what: 'what to wait for (a mapping with record, until, task, within)', example: WAIT_EXAMPLE },
)
  .superRefine(somethingToCheck('until', WAIT_EXAMPLE))
  .transform((step) => toCondition(step, step.until));

/** expectApi: { record, values, task?, within? } — what automation must have done, polled the same way. */
export const expectApiStepSchema = mapping(
  { ...common, values: fields('expect') },
  {
    what: 'what automation must have done (a mapping with record, values, task, within)',
    example: EXPECT_API_EXAMPLE,
  },
)
  .superRefine(somethingToCheck('values', EXPECT_API_EXAMPLE))
  .transform((step) => toCondition(step, step.values));

export function describeCondition(condition: ApiCondition): string {
  const show = (value: ApiFieldCondition | TaskCondition['owner']) =>
    value !== null && typeof value === 'object'
      ? 'queue' in value
        ? `queue ${value.queue}`
        : `user ${value.user}`
      : JSON.stringify(value);
  const parts = Object.entries(condition.fields).map(([field, value]) => `${field} = ${show(value)}`);
  if (condition.task) {
    const { subject, owner } = condition.task;
    parts.push(
      `a Task${subject ? ` "${subject}"` : ''}${owner ? ` owned by ${show(owner)}` : ''} exists for it`,
    );
  }
  return `${parts.join(', ')} (within ${describeDuration(condition.withinMs)})`;
}

import { orgAnswer } from '../../fixtures/org-answer';
import type { ExpectApiStep, WaitStep } from '../model-journeys';
import { describeWithin, pollCondition } from './api-condition-check';
import { ExpectationError, type StepContext } from './context';
import { automationFor } from './object-automation';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { testRecord } from './test-record';

/**
 * `wait` and `expectApi`: the same condition, polled through the API as the admin. A wait that runs out says
 * what was last seen; a failed expectApi is an expectation that did not hold, with the same evidence.
 */
export async function checkApiCondition(
  step: Omit<WaitStep, 'kind'> | Omit<ExpectApiStep, 'kind'>,
  kind: 'wait' | 'expectApi',
  context: StepContext,
): Promise<void> {
  const record = testRecord(context, step.record);
  const { org } = context;
  if (!org) throw new Error(`${kind} needs the admin's API session, which this run does not give steps.`);
  const what = recordName(context, record);
  const who = personaName(context);
  const reading = await pollCondition(org, record, step, {
    named: what,
    wanted: () => !context.page.isClosed(),
  }).catch((error: unknown) => {
    throw new Error(`${who}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  if (reading.held) return;
  const automation = await orgAnswer(() =>
    automationFor(
      org,
      record.sobject,
      {
        fields: Object.keys(step.fields),
        creates: step.task ? 'Task' : undefined,
      },
      record,
    ),
  );
  const evidence =
    `${reading.mismatches.join('; ')}. ` +
    (reading.settled
      ? 'Not waited for further, as no later read can meet it: '
      : `Last seen after ${reading.reads} read(s) over ${describeWithin(step)}: `) +
    `${reading.seen.join(', ')}. Automation on ${record.sobject}: ${automation} — check that the record was ` +
    'saved with the rules it needs (autoAssign), and the automation’s criteria.';
  if (kind === 'wait') {
    throw new Error(`${who}: waited for ${what} as the admin through the API, in vain: ${evidence}`);
  }
  throw new ExpectationError(`${who}: on ${what}, read as the admin through the API: ${evidence}`);
}

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { personaStepContext } from './persona-steps';

/**
 * A record created without a record type gets the persona's default, which validate cannot know: a stage that
 * record type does not offer fails the run, naming what Path offers and why.
 */
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: Record<string, unknown> & { kind: Step['kind'] }) =>
  ({ title: action.kind, location, ...action }) as Step;

let emulator: RunningEmulator;
test.beforeEach(async () => {
  // The AE's only record type is Renewal, whose stages leave out Needs Analysis and Closed Lost.
  const org = demoOrg((changed) => {
    const ae = changed.profiles.find((profile) => profile.name === 'Account Executive');
    if (ae) ae.recordTypes.Opportunity = { available: ['Renewal'], default: 'Renewal' };
    const renewal = changed.objects.Opportunity.recordTypes.find((type) => type.developerName === 'Renewal');
    if (renewal) renewal.picklistValues.StageName = ['Qualification', 'Negotiation/Review', 'Closed Won'];
  });
  emulator = await startEmulator({ port: 0, org });
});
test.afterEach(async () => emulator?.stop());

test('moving a record of the default record type to a stage it does not offer fails naming the stages Path offers', async ({
  browser,
}) => {
  const made = await personaStepContext(browser, emulator, AE);
  made.context.org = made.org;
  made.context.trackCreated = () => undefined;
  await runStep(
    step({
      kind: 'create',
      sobject: 'Opportunity',
      fields: { Name: 'Default record type', StageName: 'Qualification', CloseDate: '2026-12-20' },
      record: 'deal',
    }),
    made.context,
  );
  const id = made.records.get('deal')?.id;
  const who = 'Persona "ae" (Ava Chen, ava.ae@acme-demo.example)';
  const select = await failure(
    runStep(step({ kind: 'path', action: 'select', stage: 'Needs Analysis' }), made.context),
  );
  expect(select.message).toBe(
    `${who} cannot make "Needs Analysis" the current stage on Opportunity "Default record type" (${id}, created "deal"): Path offers no stage ` +
      '"Needs Analysis"; it offers Qualification, Negotiation/Review, Closed — Path shows the stages of the ' +
      "record's record type (its picklist values for the stage field).",
  );
  const close = await failure(
    runStep(step({ kind: 'path', action: 'close', stage: 'Closed Lost' }), made.context),
  );
  expect(close.message).toBe(
    `${who} cannot close as "Closed Lost" on Opportunity "Default record type" (${id}, created "deal"): the closed-stage dialog offers no stage ` +
      '"Closed Lost"; it offers Closed Won — Path shows the stages of the record\'s record type (its picklist ' +
      'values for the stage field).',
  );
  await made.org.conn.sobject('Opportunity').destroy(id as string);
});

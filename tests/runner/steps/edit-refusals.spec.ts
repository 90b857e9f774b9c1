import { type Browser, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure, personaWithRecord } from './persona-steps';

/**
 * An edit the org refuses names the record by its data key, the validation rule that refused it (read as the
 * admin through the Metadata API) and the field each error shows under; a picklist value the record type does
 * not offer names the record type.
 */
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const open: Step = { kind: 'open', title: 'open', location, record: 'deal' };
const edit = (fields: Record<string, string>, expectError?: string): Step =>
  ({ kind: 'edit', title: 'edit', location, fields, ...(expectError ? { expectError } : {}) }) as Step;

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

/** The AE with the opportunity named as test data `deal`, and the admin's API session for the diagnosis. */
async function aeWithDeal(browser: Browser, running: RunningEmulator, name: string) {
  const made = await personaWithRecord(browser, running, AE, {
    key: 'deal',
    sobject: 'Opportunity',
    soql: `SELECT Id FROM Opportunity WHERE Name = '${name}'`,
  });
  made.context.org = made.org;
  return made;
}

test('a save refused by a validation rule names the rule, the field the error shows under and the data key', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) =>
      org.validationRules.push({
        object: 'Opportunity',
        name: 'Closed_Won_Requires_Next_Step',
        active: true,
        errorConditionFormula: 'AND(ISPICKVAL(StageName, "Closed Won"), ISBLANK(NextStep))',
        errorMessage: 'Enter the next step before you mark the opportunity Closed Won.',
        errorDisplayField: 'NextStep',
      }),
    ),
  });
  const { context, id } = await aeWithDeal(browser, emulator, 'Initech Renewal');
  await runStep(open, context);
  const error = await expectationFailure(runStep(edit({ StageName: 'Closed Won' }), context));
  expect(error.message).toBe(
    `Persona "ae" (Ava Chen, ${AE}) could not save Opportunity ${id} (data "deal"): the save was refused ` +
      '(validation rule Opportunity.Closed_Won_Requires_Next_Step): NextStep: Enter the next step before you mark ' +
      'the opportunity Closed Won.',
  );
});

test('expectError with another text names the rule that refused the save and where its error shows', async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const { context, id, org } = await aeWithDeal(browser, emulator, 'Initech Renewal');
  await org.conn.sobject('Opportunity').update({ Id: id, Amount: null });
  await runStep(open, context);
  const error = await expectationFailure(
    runStep(edit({ StageName: 'Closed Won' }, 'Enter a Close Date'), context),
  );
  expect(error.message).toBe(
    `Persona "ae" (Ava Chen, ${AE}): the save of Opportunity ${id} (data "deal") was refused (validation rule ` +
      'Opportunity.Closed_Won_Requires_Amount), but not with "Enter a Close Date". Salesforce said: Amount: Enter ' +
      'an Amount before you mark the opportunity Closed Won.',
  );
});

test('a save expected to be refused that goes through names the inactive rule that carries the message', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const rule = org.validationRules.find((each) => each.name === 'Closed_Won_Requires_Amount');
      if (rule) rule.active = false;
    }),
  });
  const { context, id, org } = await aeWithDeal(browser, emulator, 'Initech Renewal');
  await org.conn.sobject('Opportunity').update({ Id: id, Amount: null });
  await runStep(open, context);
  const error = await expectationFailure(
    runStep(edit({ StageName: 'Closed Won' }, 'Enter an Amount'), context),
  );
  expect(error.message).toBe(
    `Persona "ae" (Ava Chen, ${AE}) saved Opportunity ${id} (data "deal"), but the save was expected to be refused ` +
      'with "Enter an Amount" — validation rule Opportunity.Closed_Won_Requires_Amount, which carries this message, ' +
      'is not active.',
  );
});

test("a picklist value the record's record type does not offer names the record type", async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const { context } = await aeWithDeal(browser, emulator, 'Initech Renewal');
  await runStep(open, context);
  await expectationFailure(runStep(edit({ StageName: 'Prospecting' }), context), [
    `for this record's record type "Renewal" (Renewal); "Prospecting" is not among them`,
  ]);
});

import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { personaStepContext } from './persona-steps';

/**
 * `create` with a record type when the New action opens the form without asking: Salesforce gives the record
 * the persona's only record type, or (several available, the step skipped) the default one — which must never
 * pass for the record type the step names.
 */
const AE = 'ava.ae@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const renewal = (name: string, recordType: string): Step =>
  ({
    kind: 'create',
    title: 'create',
    location,
    sobject: 'Opportunity',
    recordType,
    fields: { Name: name, StageName: 'Qualification', CloseDate: '2026-12-20' },
  }) as Step;

let emulator: RunningEmulator;
test.afterEach(async () => emulator?.stop());

async function asAe(browser: Parameters<typeof personaStepContext>[0], onlyRenewal: boolean) {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const profile = org.profiles.find((each) => each.name === 'Account Executive');
      if (onlyRenewal && profile)
        profile.recordTypes = { Opportunity: { available: ['Renewal'], default: 'Renewal' } };
    }),
  });
  const made = await personaStepContext(browser, emulator, AE);
  made.context.org = made.org;
  const created: string[] = [];
  made.context.trackCreated = (record) => created.push(record.id);
  return { ...made, created };
}

const recordTypeOf = async (made: Awaited<ReturnType<typeof asAe>>, name: string) =>
  (
    await made.org.conn.query<{ RecordType: { DeveloperName: string } }>(
      `SELECT RecordType.DeveloperName FROM Opportunity WHERE Name = '${name}'`,
    )
  ).records.map((row) => row.RecordType.DeveloperName);

test('with one record type available the form opens at once, and the step naming it passes', async ({
  browser,
}) => {
  const made = await asAe(browser, true);
  await runStep(renewal('Only renewal', 'Renewal'), made.context);
  expect(await recordTypeOf(made, 'Only renewal')).toEqual(['Renewal']);
});

test('with one record type available, a step naming another fails before saving, naming the profile', async ({
  browser,
}) => {
  const made = await asAe(browser, true);
  const error = await failure(runStep(renewal('Not new business', 'New_Business'), made.context));
  expect(error.message).toBe(
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot create Opportunity with record type New_Business ' +
      '("New Business"): the New action opened the form without the record type step — the record type is not ' +
      'available to the profile "Account Executive" (it makes Renewal available).',
  );
  expect(made.created).toEqual([]);
});

test('a form that opens without the step the persona should get fails, though it would save the default record type', async ({
  browser,
}) => {
  const made = await asAe(browser, false);
  // As when New is overridden or the user skips the step: the New action's URL loses useRecordTypeCheck.
  await made.page.route(/\/lightning\/o\/Opportunity\/new\?/, (route) =>
    route.continue({
      url: route
        .request()
        .url()
        .replace(/[?&]useRecordTypeCheck=1/, ''),
    }),
  );
  const error = await failure(runStep(renewal('Default by accident', 'New_Business'), made.context));
  expect(error.message).toBe(
    'Persona "ae" (Ava Chen, ava.ae@acme-demo.example) cannot create Opportunity with record type New_Business ' +
      '("New Business"): the New action opened the form without the record type step — the profile "Account ' +
      'Executive" makes New_Business, Renewal available, so the New action should ask — New may be overridden, ' +
      `or the persona's "Record Type Selection" setting skips the step for their default (unconfirmed).`,
  );
  expect(await recordTypeOf(made, 'Default by accident')).toEqual([]);
});

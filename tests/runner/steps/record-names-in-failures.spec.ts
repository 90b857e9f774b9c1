import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { OrgConnection } from '../../../fixtures/org-connection';
import { TestData } from '../../../fixtures/test-data';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { personaStepContext } from './persona-steps';

/**
 * A failure names a record as the persona and the admin know it: the name Lightning shows (a case by its
 * CaseNumber, an Auto Number the org gives it), with its id and the key the scenario gave it.
 */
const CSM = 'casey.csm@acme-demo.example';
const AE = 'ava.ae@acme-demo.example';
const WHO = 'Persona "csm" (Casey Morgan, casey.csm@acme-demo.example)';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: Record<string, unknown> & { kind: Step['kind'] }) =>
  ({ title: action.kind, location, ...action }) as Step;
const wrongSubject = step({
  kind: 'expect',
  visible: [],
  hidden: [],
  readOnly: [],
  values: { Subject: 'Not this subject' },
});

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

async function caseNumberOf(org: OrgConnection, id: string): Promise<string> {
  const { CaseNumber } = (await org.conn.sobject('Case').retrieve(id, { fields: ['CaseNumber'] })) as {
    CaseNumber?: string;
  };
  expect(CaseNumber, 'the org numbered the case').toMatch(/^\d+$/);
  return CaseNumber as string;
}

test('a failure on a test case names it by the case number the org gave it, its id and its data key', async ({
  browser,
}) => {
  const { context, org, records } = await personaStepContext(browser, emulator, CSM);
  const testData = new TestData(org);
  const created = await testData.create(
    'Case',
    { Subject: 'Cannot log in', Status: 'New', Origin: 'Email', OwnerId: context.persona.user.id },
    { autoAssign: false },
  );
  records.set('case', created);
  await runStep(step({ kind: 'open', record: 'case' }), context);
  const error = await failure(runStep(wrongSubject, context));
  const number = await caseNumberOf(org, created.id);
  expect(error.message.split('\n')[0]).toBe(`${WHO} on Case "${number}" (${created.id}, data "case"):`);
  await testData.cleanUp();
});

test('a case the persona creates through New is named by the case number read back after save', async ({
  browser,
}) => {
  const { context, org, records } = await personaStepContext(browser, emulator, CSM);
  context.org = org;
  await runStep(
    step({
      kind: 'create',
      sobject: 'Case',
      fields: { Subject: 'Follow-up call', Status: 'New', Origin: 'Phone' },
      record: 'followUp',
    }),
    context,
  );
  const created = records.get('followUp');
  const number = await caseNumberOf(org, created?.id ?? '');
  const error = await failure(runStep(wrongSubject, context));
  expect(error.message.split('\n')[0]).toBe(
    `${WHO} on Case "${number}" (${created?.id}, created "followUp"):`,
  );
});

test('after the persona renames a record through Edit, later failures name it by its new name', async ({
  browser,
}) => {
  const { context, org, records } = await personaStepContext(browser, emulator, AE);
  context.org = org;
  const testData = new TestData(org);
  const deal = await testData.create(
    'Opportunity',
    { Name: 'Before', StageName: 'Prospecting', CloseDate: '2030-01-31', OwnerId: context.persona.user.id },
    { autoAssign: false },
  );
  records.set('deal', deal);
  await runStep(step({ kind: 'open', record: 'deal' }), context);
  await runStep(step({ kind: 'edit', fields: { Name: 'After' } }), context);
  const error = await failure(
    runStep(
      step({ kind: 'expect', visible: [], hidden: [], readOnly: [], values: { Name: 'Other' } }),
      context,
    ),
  );
  expect(error.message.split('\n')[0]).toBe(
    `Persona "ae" (Ava Chen, ${AE}) on Opportunity "After" (${deal.id}, data "deal"):`,
  );
  await testData.cleanUp();
});

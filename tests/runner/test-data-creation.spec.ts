import { expect, test } from '@playwright/test';
import type { RunningEmulator } from '../../emulator';
import type { OrgConnection } from '../../fixtures/org-connection';
import { TestData } from '../../fixtures/test-data';
import { unwrapLines } from '../../fixtures/wrapped-lines';
import { createTestData } from '../../runner/create-test-data';
import { localDate, shiftDate, type TemplateVars } from '../../runner/template';
import { emulatedOrg } from '../e2e/cli-run';
import { loadOne } from './scenario-files';

// Test data against the org emulator: references, record types and relative dates as the org stores them.
let emulator: RunningEmulator;
let org: OrgConnection;
test.beforeAll(async () => {
  ({ emulator, org } = await emulatedOrg());
});
test.afterAll(async () => emulator?.stop());

const vars = (): TemplateVars => ({
  'run.id': 'r1',
  'scenario.id': 'ae-checks-deal',
  'persona.id': org.admin.id,
  'persona.username': org.admin.username,
  'persona.name': org.admin.name,
});

function scenarioData(data: string[]) {
  const { scenarios, errors, file } = loadOne([
    'id: ae-checks-deal',
    'title: AE checks a deal',
    'persona: ae',
    'reason: Persona check',
    'ticket: REVOPS-1',
    'data:',
    ...data,
    'steps:',
    '  - open: { record: deal }',
  ]);
  expect(errors).toEqual([]);
  return { data: scenarios[0]?.data ?? [], file };
}

interface OpportunityRow {
  AccountId: string;
  CloseDate: string;
  Name: string;
  RecordType: { DeveloperName: string } | null;
}

test('an opportunity refers to its account, gets its record type and a relative close date; cleanup deletes both', async () => {
  const { data } = scenarioData([
    '  deal:',
    '    sobject: Opportunity',
    '    recordType: Renewal',
    '    fields: { Name: "Renewal of {{data.account.Name}}", AccountId: "{{data.account.Id}}", StageName: Qualification, CloseDate: "{{today+30}}" }',
    '  account: { sobject: Account, fields: { Name: "Persona {{run.id}}" } }',
  ]);
  const testData = new TestData(org);
  const { created } = await createTestData(data, testData, vars());
  const account = created.get('account')?.id;
  const deal = created.get('deal')?.id ?? '';
  const [row] = (
    await org.conn.query<OpportunityRow>(
      `SELECT Name, AccountId, CloseDate, RecordType.DeveloperName FROM Opportunity WHERE Id = '${deal}'`,
    )
  ).records;
  expect(row).toMatchObject({
    Name: 'Renewal of Persona r1',
    AccountId: account,
    CloseDate: shiftDate(localDate(new Date()), 30),
    RecordType: { DeveloperName: 'Renewal' },
  });

  await testData.cleanUp(); // the opportunity first: it refers to the account
  const left = await org.conn.query(`SELECT Id FROM Opportunity WHERE Id = '${deal}'`);
  const accounts = await org.conn.query(`SELECT Id FROM Account WHERE Id = '${account}'`);
  expect(left.totalSize + accounts.totalSize).toBe(0);
});

test('a record type the object does not have fails naming the data key, its line and the valid ones', async () => {
  const { data, file } = scenarioData([
    '  deal:',
    '    sobject: Opportunity',
    '    recordType: Medical',
    '    fields: { Name: Deal, StageName: Qualification, CloseDate: "{{today}}" }',
  ]);
  const testData = new TestData(org);
  const failure = await createTestData(data, testData, vars()).catch((error: Error) => error);
  // Wrapped to the reports' width, as a step's failure is.
  expect(unwrapLines((failure as Error).message)).toBe(
    `Test data "deal" (${file}:7:3) could not be created: Opportunity has no record type "Medical". ` +
      'Expected the developer name of one of its active record types: New_Business, Renewal.',
  );
  await testData.cleanUp();
});

test('the org refusing a record fails naming the data key, its line and the org’s message; earlier records are cleaned up', async () => {
  const { data, file } = scenarioData([
    '  account: { sobject: Account, fields: { Name: Refused deal account } }',
    '  deal: { sobject: Opportunity, fields: { Name: Deal, StageName: Qualification, AccountId: "{{data.account.Id}}" } }',
  ]);
  const testData = new TestData(org);
  const failure = await createTestData(data, testData, vars()).catch((error: Error) => error);
  expect(failure).toBeInstanceOf(Error);
  const message = unwrapLines((failure as Error).message);
  expect(message).toMatch(
    new RegExp(
      `^Test data "deal" \\(${escapeRegExp(file)}:8:3\\) could not be created: Salesforce refused to create Opportunity: REQUIRED_FIELD_MISSING`,
    ),
  );
  expect(message).toContain('Required fields are missing: [CloseDate]');
  await testData.cleanUp();
  const accounts = await org.conn.query("SELECT Id FROM Account WHERE Name = 'Refused deal account'");
  expect(accounts.totalSize).toBe(0);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a record created some other way and tracked is deleted with the test data, newest first', async () => {
  const testData = new TestData(org);
  const account = await testData.create('Account', { Name: 'Tracked parent' }, { autoAssign: false });
  const created = await org.conn.sobject('Opportunity').create({
    Name: 'Created in the UI',
    StageName: 'Qualification',
    CloseDate: '2030-01-01',
    AccountId: account.id,
  });
  testData.track({ sobject: 'Opportunity', id: created.id ?? '' });
  await testData.cleanUp();
  const left = await org.conn.query(
    `SELECT Id FROM Opportunity WHERE Id = '${created.id}' OR AccountId = '${account.id}'`,
  );
  expect(left.totalSize).toBe(0);
  await expect(org.conn.sobject('Account').retrieve(account.id)).rejects.toThrow();
});

test("a case's number, which the org gives it, is read back after insert: later records and steps can use it", async () => {
  const { scenarios, errors } = loadOne([
    'id: csm-follows-up',
    'title: CSM follows up a case',
    'persona: csm',
    'reason: Persona check',
    'ticket: SUP-1',
    'data:',
    '  case: { sobject: Case, fields: { Subject: "Persona {{run.id}} outage" } }',
    '  followUp: { sobject: Case, fields: { Subject: "Follow-up of {{data.case.CaseNumber}}" } }',
    'steps:',
    '  - open: { record: followUp }',
  ]);
  expect(errors).toEqual([]);
  const data = scenarios[0]?.data ?? [];
  const testData = new TestData(org);
  const { created, vars: filled } = await createTestData(data, testData, vars());
  const first = created.get('case');
  const follow = created.get('followUp');
  const numberOf = async (id = '') =>
    (
      await org.conn.query<{ CaseNumber: string; Subject: string }>(
        `SELECT CaseNumber, Subject FROM Case WHERE Id = '${id}'`,
      )
    ).records[0];
  const stored = await numberOf(first?.id);
  expect(stored?.CaseNumber).toMatch(/\d/);
  expect(first?.name).toEqual({ field: 'CaseNumber', value: stored?.CaseNumber });
  expect(filled.data?.case?.CaseNumber).toBe(stored?.CaseNumber);
  expect((await numberOf(follow?.id))?.Subject).toBe(`Follow-up of ${stored?.CaseNumber}`);
  await testData.cleanUp();
});

test('a record given its name keeps that name without asking the org again', async () => {
  const testData = new TestData(org);
  const account = await testData.create('Account', { Name: 'Named here' }, { autoAssign: false });
  expect(account.name).toEqual({ field: 'Name', value: 'Named here' });
  await testData.cleanUp();
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { allureResults, emulatorOrgEnv, label, readAudit, runCli, scenarioFolder, tempDir } from './cli-run';

// A whole `persona-ux run` of a matrix scenario in a child process, against an emulator this test owns.
test.describe.configure({ timeout: 180_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => {
  await emulator?.stop();
});

interface JUnitCase {
  '@_name': string;
  failure?: { '@_type': string; '@_message': string };
  error?: unknown;
}

test('a matrix runs one Login-As per persona; a wrong cell fails that persona as a JUnit failure and shows in one table', async () => {
  const scenarios = scenarioFolder({
    'credit-limit-matrix.yaml': [
      'id: credit-limit-matrix',
      'title: Credit limit access, with one wrong cell',
      'reason: Prove that a wrong matrix cell fails loudly',
      'ticket: FIN-1',
      'data:',
      '  account:',
      '    sobject: Account',
      '    fields: { Name: "Matrix {{run.id}}", Industry: Technology, Credit_Limit__c: 50000 }',
      'matrix:',
      '  record: account',
      '  access:',
      '    Credit_Limit__c: { ae: hidden, csm: read }',
      '    Industry: { ae: edit, csm: edit }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios, '--screenshots'], {
    env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
  });

  expect(code, output).toBe(1);
  // The reports wrap long lines of a failure: the phrase is compared with its line breaks as spaces.
  expect(output.replace(/\s+/g, ' ')).toContain(
    'Account.Credit_Limit__c: expected read, but it is hidden — not on the page: field-level security hides it',
  );
  expect(output).toContain('access matrix credit-limit-matrix: differences found');
  expect(output).toContain(
    [
      '| field           | ae       | csm           |',
      '|-----------------|----------|---------------|',
      '| Credit_Limit__c | hidden ✓ | read ✘ hidden |',
      '| Industry        | edit ✓   | edit ✓        |',
    ].join('\n'),
  );

  const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(
    readFileSync(path.join(reports, 'junit.xml'), 'utf8'),
  );
  const suites = [junit.testsuites.testsuite].flat() as {
    '@_name': string;
    testcase: JUnitCase | JUnitCase[];
  }[];
  const casesOf = (persona: string) =>
    suites.filter((suite) => suite['@_name'].includes(persona)).flatMap((suite) => [suite.testcase].flat());
  expect(casesOf('csm')[0]?.failure?.['@_type']).toBe('ExpectationError');
  expect(casesOf('csm')[0]?.error).toBeUndefined();
  expect(casesOf('ae')[0]?.failure ?? casesOf('ae')[0]?.error).toBeUndefined();

  const audit = readAudit(reports).filter((event) => event.event !== 'run.start');
  const sessions = audit.map(
    (event) => `${event.event} ${(event.targetUser as { username: string }).username}`,
  );
  expect(sessions.sort()).toEqual([
    'impersonation.end ava.ae@acme-demo.example',
    'impersonation.end casey.csm@acme-demo.example',
    'impersonation.start ava.ae@acme-demo.example',
    'impersonation.start casey.csm@acme-demo.example',
  ]);

  const allure = allureResults(reports) as (ReturnType<typeof allureResults>[number] & {
    name: string;
    status: string;
    steps: { name: string; attachments: { name: string; type: string }[] }[];
  })[];
  const table = allure.find((result) => result.name === 'access matrix credit-limit-matrix');
  expect(table?.status).toBe('failed');
  expect(label(table, 'suite')).toBe('access matrices');
  const csm = allure.find((result) => label(result, 'persona') === 'csm');
  expect(label(csm, 'suite')).toContain('persona csm');
  const screenshots = JSON.stringify(csm?.steps ?? []);
  expect(screenshots).toContain('screenshot after step 1: access of csm to \\"account\\"');
  expect(readFileSync(path.join(reports, 'access-matrix', 'credit-limit-matrix.md'), 'utf8')).toContain(
    '| Credit_Limit__c | hidden ✓ | read ✘ hidden |',
  );
});

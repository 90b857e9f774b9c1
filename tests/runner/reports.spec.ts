import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Runs a small Playwright project through the scenarios' report configuration: an expectation that did not hold,
 * a Playwright matcher, an infrastructure error, a pass and a skip, all in a persona's describe block.
 */
function runReportedProject(): { junit: string; allure: Record<string, unknown>[] } {
  const dir = test.info().outputPath('project');
  const out = path.join(dir, 'out');
  mkdirSync(dir, { recursive: true });
  const abs = (file: string) => JSON.stringify(path.join(ROOT, file));
  writeFileSync(
    path.join(dir, 'playwright.config.ts'),
    `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  testMatch: 'scenarios.spec.ts',
  outputDir: ${JSON.stringify(path.join(out, 'test-results'))},
  workers: 1,
  reporter: [
    [${abs('runner/reporters/junit-reporter.ts')}, { outputFile: ${JSON.stringify(path.join(out, 'junit.xml'))} }],
    ['allure-playwright', { resultsDir: ${JSON.stringify(path.join(out, 'allure-results'))} }],
  ],
});
`,
  );
  writeFileSync(
    path.join(dir, 'scenarios.spec.ts'),
    `import { expect, test } from '@playwright/test';
import { describeForAllure } from ${abs('runner/reporters/allure-labels')};
import { ExpectationError } from ${abs('runner/steps/context')};

const scenario = {
  id: 'sdr-sees-routed-lead', title: 'SDR sees a lead', reason: 'Persona check', ticket: 'REVOPS-142', tags: [],
  persona: { name: 'sdr', username: 'sam.sdr@acme-demo.example', description: 'Sales Development Rep', capability: {} },
  data: [], steps: [], file: 'scenarios/sdr-sees-routed-lead.yaml', location: { file: 'x', line: 1, column: 1 },
};

test.describe('persona sdr', () => {
  test('passes', async () => { await describeForAllure(scenario as never); });
  test('expectation does not hold', async () => {
    await describeForAllure(scenario as never);
    throw new ExpectationError('Persona "sdr" on Lead 00Q1:\\n  - Lead.Rating: expected hidden, but it is visible');
  });
  test('playwright matcher fails', () => { expect(1, 'one is two').toBe(2); });
  test('org unreachable', () => { throw new Error('connect ECONNREFUSED 127.0.0.1:9'); });
  test.skip('skipped', () => {});
});
`,
  );
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('TEST_') && !name.startsWith('PW_')),
  );
  const run = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '-c', dir], {
    cwd: dir,
    env: { ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 90_000,
    killSignal: 'SIGKILL',
  });
  // Four of the five tests fail on purpose (exit 1); anything else means the project itself did not run.
  if (run.status !== 1) {
    throw new Error(
      `the report project exited ${run.status} (${run.signal ?? 'no signal'}):\n${run.stdout}\n${run.stderr}`,
    );
  }
  const allureDir = path.join(out, 'allure-results');
  const allure = readdirSync(allureDir)
    .filter((name) => name.endsWith('-result.json'))
    .map((name) => JSON.parse(readFileSync(path.join(allureDir, name), 'utf8')) as Record<string, unknown>);
  return { junit: readFileSync(path.join(out, 'junit.xml'), 'utf8'), allure };
}

let reported: ReturnType<typeof runReportedProject>;
test.beforeAll(() => {
  test.setTimeout(120_000);
  reported = runReportedProject();
});

interface JUnitCase {
  '@_name': string;
  '@_classname': string;
  failure?: { '@_message': string; '@_type': string };
  error?: { '@_message': string; '@_type': string };
  skipped?: unknown;
}

function parseJUnit(xml: string) {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml);
  const suite = parsed.testsuites.testsuite;
  return { root: parsed.testsuites, suite, cases: suite.testcase as JUnitCase[] };
}

test('JUnit: an expectation that did not hold is a failure; an infrastructure error stays an error', () => {
  const { root, suite, cases } = parseJUnit(reported.junit);
  const byName = Object.fromEntries(cases.map((testCase) => [testCase['@_name'], testCase]));
  expect(byName['expectation does not hold']?.failure).toEqual({
    '@_message': 'Persona "sdr" on Lead 00Q1:',
    '@_type': 'ExpectationError',
    '#text': expect.stringContaining('Lead.Rating: expected hidden, but it is visible'),
  });
  expect(byName['expectation does not hold']?.error).toBeUndefined();
  expect(byName['playwright matcher fails']?.failure?.['@_message']).toContain('one is two');
  expect(byName['org unreachable']?.error).toMatchObject({
    '@_message': 'connect ECONNREFUSED 127.0.0.1:9',
    '@_type': 'Error',
  });
  expect(byName['org unreachable']?.failure).toBeUndefined();
  expect(byName.passes?.failure ?? byName.passes?.error).toBeUndefined();
  expect(byName.skipped?.skipped).toBeDefined();
  expect(suite).toMatchObject({
    '@_name': 'persona sdr',
    '@_tests': '5',
    '@_failures': '2',
    '@_errors': '1',
    '@_skipped': '1',
  });
  expect(root).toMatchObject({ '@_tests': '5', '@_failures': '2', '@_errors': '1', '@_skipped': '1' });
  expect(cases.every((testCase) => testCase['@_classname'] === 'persona sdr')).toBe(true);
});

test('Allure: scenarios are grouped by persona, then ticket, with the persona and scenario labels', () => {
  const result = reported.allure.find((entry) => entry.name === 'passes');
  const labels = (result?.labels ?? []) as { name: string; value: string }[];
  const values = (name: string) => labels.filter((label) => label.name === name).map((label) => label.value);
  expect(values('parentSuite')).toEqual(['persona-ux']);
  expect(values('suite')).toEqual(['persona sdr — Sales Development Rep']);
  expect(values('subSuite')).toEqual(['REVOPS-142']);
  expect(values('persona')).toEqual(['sdr']);
  expect(values('scenario')).toEqual(['sdr-sees-routed-lead']);
  const failed = reported.allure.find((entry) => entry.name === 'expectation does not hold');
  expect(failed?.status).toBe('failed');
});

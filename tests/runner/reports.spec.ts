import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullResult, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { XMLParser } from 'fast-xml-parser';
import { wrapLines } from '../../fixtures/wrapped-lines';
import JUnitReporter, { summary } from '../../runner/reporters/junit-reporter';
import { ExpectationError } from '../../runner/steps/context';

const ROOT = path.join(__dirname, '..', '..');

/** A finished test as Playwright hands it to reporters: the parts the JUnit reporter reads. */
function finishedTest(title: string, outcome: ReturnType<TestCase['outcome']>, thrown?: Error): TestCase {
  const error: TestError | undefined = thrown && {
    // Playwright's serialisation: "Name: message" unless the name is plain Error's
    message: `${thrown.name}: ${thrown.message}`,
    stack: `${thrown.name}: ${thrown.message}\n    at scenarios.spec.ts:1:1`,
  };
  const result = {
    status: outcome === 'skipped' ? 'skipped' : error ? 'failed' : 'passed',
    duration: 120,
    errors: error ? [error] : [],
    error,
    stdout: [],
    stderr: [],
    attachments: [],
  } as unknown as TestResult;
  return {
    title,
    titlePath: () => ['', '', 'scenarios.spec.ts', 'persona sdr', title],
    outcome: () => outcome,
    results: [result],
    annotations: [
      { type: 'ticket', description: 'REVOPS-142' },
      { type: '_ @allure.label.subSuite', description: 'REVOPS-142' },
    ],
  } as unknown as TestCase;
}

interface JUnitCase {
  '@_name': string;
  failure?: Record<string, string>;
  error?: Record<string, string>;
  skipped?: unknown;
  properties?: unknown;
}

function junitOf(tests: TestCase[]) {
  const outputFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'persona-ux-junit-')), 'junit.xml');
  const reporter = new JUnitReporter({ outputFile });
  reporter.onBegin({} as never, { allTests: () => tests } as unknown as Suite);
  reporter.onEnd({ status: 'failed', duration: 1000 } as FullResult);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(
    readFileSync(outputFile, 'utf8'),
  );
  const suite = parsed.testsuites.testsuite;
  const cases = (Array.isArray(suite.testcase) ? suite.testcase : [suite.testcase]) as JUnitCase[];
  return { root: parsed.testsuites, suite, byName: Object.fromEntries(cases.map((c) => [c['@_name'], c])) };
}

test('JUnit: an expectation that did not hold is a failure, as is a failed Playwright matcher', () => {
  const matcher = new Error('one is two\n\nexpect(received).toBe(expected) // Object.is equality');
  const { byName, suite } = junitOf([
    finishedTest(
      'expectation does not hold',
      'unexpected',
      new ExpectationError(
        'Persona "sdr" on Lead 00Q1:\n  - Lead.Rating: expected hidden, but it is visible',
      ),
    ),
    finishedTest('playwright matcher fails', 'unexpected', matcher),
  ]);
  expect(byName['expectation does not hold']).toMatchObject({
    failure: {
      '@_message': 'Persona "sdr" on Lead 00Q1: Lead.Rating: expected hidden, but it is visible',
      '@_type': 'ExpectationError',
    },
  });
  expect(byName['expectation does not hold']?.failure?.['#text']).toContain(
    'Lead.Rating: expected hidden, but it is visible',
  );
  expect(byName['playwright matcher fails']).toMatchObject({ failure: { '@_message': 'one is two' } });
  expect(suite).toMatchObject({ '@_name': 'persona sdr', '@_failures': '2', '@_errors': '0' });
});

test('JUnit: the message is the header with the problems joined by "; ", about 300 characters at most', () => {
  const header =
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on Lead 00Q000000000001AAA (data "lead"):';
  const problems = Array.from(
    { length: 6 },
    (_, index) => `Lead.Field_${index}__c: expected visible, but it is not on the page`,
  );
  expect(summary(`${header}\n  - ${problems[0]}\n  - ${problems[1]}`)).toBe(
    `${header} ${problems[0]}; ${problems[1]}`,
  );
  const many = summary([header, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
  expect(many.length).toBeLessThanOrEqual(300);
  expect(many).toBe(`${header} ${problems.slice(0, 3).join('; ')} (+3 more)`);
  const long = summary(`${header}\n  - ${'x'.repeat(400)}\n  - second`);
  expect(long.length).toBeLessThanOrEqual(300);
  expect(long).toMatch(/^Persona "sdr" .* x+… \(\+1 more\)$/);
  const wrapped = wrapLines([header, ...problems.map((problem) => `  - ${problem}`)].join('\n'), 60);
  expect(summary(wrapped)).toBe(many);
  expect(summary('connect ECONNREFUSED 127.0.0.1:9\n    at TCPConnectWrap')).toBe(
    'connect ECONNREFUSED 127.0.0.1:9',
  );
});

test('JUnit: an error that kept the check from being made stays an error; passes and skips are counted', () => {
  const { byName, suite, root } = junitOf([
    finishedTest('org unreachable', 'unexpected', new Error('connect ECONNREFUSED 127.0.0.1:9')),
    finishedTest('passes', 'expected'),
    finishedTest('skipped', 'skipped'),
  ]);
  expect(byName['org unreachable']).toMatchObject({
    error: { '@_message': 'connect ECONNREFUSED 127.0.0.1:9', '@_type': 'Error' },
  });
  expect(byName['org unreachable']?.failure).toBeUndefined();
  expect(byName.passes?.failure ?? byName.passes?.error).toBeUndefined();
  // Annotations reports do not show (`_…`, Allure's labels) are not JUnit properties either.
  expect(byName.passes?.properties).toEqual({ property: { '@_name': 'ticket', '@_value': 'REVOPS-142' } });
  expect(byName.skipped?.skipped).toBeDefined();
  expect(suite).toMatchObject({ '@_tests': '3', '@_failures': '0', '@_errors': '1', '@_skipped': '1' });
  expect(root).toMatchObject({ '@_name': 'persona-ux', '@_tests': '3', '@_errors': '1' });
});

test('the scenarios’ Playwright config reports JUnit through this reporter', () => {
  const config = readFileSync(path.join(ROOT, 'playwright.config.ts'), 'utf8');
  expect(config).toContain("[part('runner/reporters/junit-reporter.ts'), { outputFile: `");
  expect(config).not.toMatch(/\['junit'/);
});

/** A one-test Playwright project reported by allure-playwright, the test labelled as a scenario's is. */
function allureResultsOfOneScenario(): Record<string, unknown>[] {
  // Outside test-results/ (another run may clean it meanwhile); node_modules linked so imports resolve.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-allure-'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const results = path.join(dir, 'allure-results');
  writeFileSync(
    path.join(dir, 'playwright.config.ts'),
    `import { defineConfig } from '@playwright/test';
import { allureOptions } from ${JSON.stringify(path.join(ROOT, 'runner/reporters/allure-options'))};
export default defineConfig({
  testDir: '.', testMatch: 'scenario.spec.ts', outputDir: ${JSON.stringify(path.join(dir, 'test-results'))},
  reporter: [['allure-playwright', allureOptions(${JSON.stringify(dir)})]],
});
`,
  );
  writeFileSync(
    path.join(dir, 'scenario.spec.ts'),
    `import { expect, test } from '@playwright/test';
import { scenarioAnnotations } from ${JSON.stringify(path.join(ROOT, 'runner/reporters/scenario-annotations'))};

const scenario = {
  id: 'sdr-sees-routed-lead', title: 'SDR sees a lead', reason: 'Persona check', ticket: 'REVOPS-142', tags: [],
  persona: { name: 'sdr', description: 'Sales Development Rep', capability: {} },
  data: [], steps: [], file: 'scenarios/sdr-sees-routed-lead.yaml', location: { file: 'x', line: 1, column: 1 },
};
test.describe('persona sdr', () => {
  test('sdr-sees-routed-lead', { annotation: scenarioAnnotations(scenario as never) }, async () => {
    await test.step('expect visible: Status', async () => {
      await expect.poll(() => 1).toBe(1);
    });
  });
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
  if (run.status !== 0) throw new Error(`the project exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return readdirSync(results)
    .filter((name) => name.endsWith('-result.json'))
    .map((name) => JSON.parse(readFileSync(path.join(results, name), 'utf8')) as Record<string, unknown>);
}

test('Allure: scenarios are grouped by persona, then ticket, with the persona and scenario labels', () => {
  test.setTimeout(120_000);
  const [result] = allureResultsOfOneScenario();
  const labels = (result?.labels ?? []) as { name: string; value: string }[];
  const values = (name: string) => labels.filter((label) => label.name === name).map((label) => label.value);
  expect(values('parentSuite')).toEqual(['persona-ux']);
  expect(values('suite')).toEqual(['persona sdr — Sales Development Rep']);
  expect(values('subSuite')).toEqual(['REVOPS-142']);
  expect(values('persona')).toEqual(['sdr']);
  expect(values('scenario')).toEqual(['sdr-sees-routed-lead']);
  expect(result?.links).toEqual([{ type: 'issue', name: 'REVOPS-142', url: 'REVOPS-142' }]);
  expect(result?.description).toBe('Persona check');
  // The scenario's steps, not the Playwright calls made inside them.
  const steps = (result?.steps ?? []) as { name: string; steps: { name: string }[] }[];
  const yamlStep = steps.find((step) => step.name === 'expect visible: Status');
  expect(yamlStep?.steps, JSON.stringify(steps)).toEqual([]);
});

import { expect, test } from '@playwright/test';
import type { FullResult, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { wrapLines } from '../../fixtures/wrapped-lines';
import SummaryReporter from '../../runner/reporters/summary-reporter';
import { WAITING } from '../../runner/reporters/waiting-annotation';
import { printedDuring } from './console-output';

/** A finished scenario test as the summary reads it: its annotations and its result. */
function finished(scenario: string, persona: string, status: TestResult['status']) {
  const test = {
    retries: 0,
    annotations: [
      { type: 'scenario', description: scenario },
      { type: 'persona', description: persona },
    ],
  } as unknown as TestCase;
  const result = { retry: 0, status, duration: 1200 } as unknown as TestResult;
  return [test, result] as const;
}

test('the terminal summary keeps its columns aligned whatever the length of persona names', () => {
  const reporter = new SummaryReporter();
  reporter.onTestEnd(...finished('frozen-ae-login-refused', 'frozen-ae', 'passed'));
  reporter.onTestEnd(...finished('sdr-sees-routed-lead', 'sdr', 'failed'));
  const printed = printedDuring(() => reporter.onEnd({ status: 'failed' } as FullResult));
  const rows = printed
    .join('\n')
    .split('\n')
    .filter((line) => /^ {2}[✓✘] /.test(line));
  expect(rows).toHaveLength(2);
  const statusColumn = rows.map((row) => row.search(/passed|failed/));
  expect(statusColumn[0]).toBe(statusColumn[1]);
  expect(printed.join('\n')).toContain('2 scenario(s), 1 passed, 1 failed');
});

const step = (title: string, startTime: number, category = 'test.step', line = 0) =>
  ({
    title,
    category,
    startTime: new Date(startTime),
    location: line ? { file: `${process.cwd()}/scenarios/slow.yaml`, line, column: 5 } : undefined,
    steps: [],
  }) as unknown as TestStep;

test('a scenario that ran out of time is summarised with the step it was in, its limit and how to raise it', () => {
  const reporter = new SummaryReporter();
  const [testCase, result] = finished('slow-report', 'ae', 'timedOut');
  // The test's own timeout grew by the 2 ms it waited for its persona's user; the limit is the project's.
  Object.assign(testCase, { timeout: 2002, parent: { project: () => ({ timeout: 2000 }) } });
  Object.assign(result, {
    error: { message: 'Test timeout of 2002ms exceeded.' },
    steps: [
      step('fixture: page', 0, 'fixture'),
      step('log in as Ava Chen (ava.ae@acme-demo.example) — REVOPS-1: check', 1, 'test.step', 5),
      step('open report Pipeline', 2, 'test.step', 9),
      step('locator.waitFor', 3, 'pw:api'),
    ],
  });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'timedout' } as FullResult)).join('\n');
  expect(printed).toContain(
    'ran out of time in step `open report Pipeline` (scenarios/slow.yaml:9): the limit is 2 s per scenario. If the org is just slow, raise it, e.g. --timeout 60 (seconds).',
  );
  expect(printed).not.toContain('Test timeout of 2002ms exceeded');
  expect(printed).toContain('1 scenario(s), 0 passed, 1 failed');
});

test('a scenario that ran out of time while a step waited for the page says what it waited for', () => {
  const reporter = new SummaryReporter();
  const [testCase, result] = finished('slow-values', 'ae', 'timedOut');
  Object.assign(testCase, { timeout: 12_000, parent: { project: () => ({ timeout: 12_000 }) } });
  Object.assign(result, {
    error: { message: 'Test timeout of 12000ms exceeded.' },
    steps: [step('expect values', 2, 'test.step', 14)],
    annotations: [
      {
        type: WAITING,
        description:
          'Opportunity.StageName to show "Closed Lost" (it shows "Closed Won"), up to 15 s after the persona\'s change',
      },
    ],
  });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'timedout' } as FullResult))
    .join('\n')
    .replace(/\s+/g, ' ');
  expect(printed).toContain(
    'ran out of time in step `expect values` (scenarios/slow.yaml:14), waiting for Opportunity.StageName to show "Closed Lost" (it shows "Closed Won"), up to 15 s after the persona\'s change: the limit is 12 s per scenario.',
  );
  expect(printed).toContain('if the page shows what it should not, correct the scenario or the org.');
});

test('a scenario stopped by Ctrl+C is reported as stopped with its Login-As ended, not as a failure', () => {
  const reporter = new SummaryReporter();
  reporter.onTestEnd(...finished('sdr-sees-routed-lead', 'sdr', 'passed'));
  const [testCase, result] = finished('ae-sees-pipeline', 'ae', 'interrupted');
  Object.assign(result, { error: { message: 'locator.waitFor: Test ended.' } });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'interrupted' } as FullResult)).join('\n');
  expect(printed).toContain('2 scenario(s), 1 passed, 0 failed, 1 stopped');
  expect(printed).toMatch(/■ ae-sees-pipeline .* interrupted/);
  expect(printed).toContain('its Login-As was ended — not counted as a failure');
  expect(printed).not.toContain('Test ended');
});

test('a stopped scenario whose "Log out as" was not proven is reported with the session possibly open', () => {
  const reporter = new SummaryReporter();
  const [testCase, result] = finished('ae-sees-pipeline', 'ae', 'interrupted');
  const notProven =
    '"Log out as Ava Chen" did not reach the org: net::ERR_CONNECTION_REFUSED (https://acme--uat.sandbox.my.salesforce.com/secur/logout.jsp); ' +
    "the Login-As session may still be open. End it by hand (the user's page in Setup, or Setup > Session Management) and check `persona-ux doctor` for open sessions.";
  Object.assign(result, {
    error: { message: 'locator.waitFor: Test ended.' },
    errors: [{ message: 'locator.waitFor: Test ended.' }, { message: `LogOutNotProven: ${notProven}` }],
  });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'interrupted' } as FullResult)).join('\n');
  expect(printed.replace(/\s+/g, ' ')).toContain(
    'stopped before it finished (the run was stopped), and its Login-As was not proven ended: "Log out as Ava Chen" did not reach the org',
  );
  expect(printed.replace(/\s+/g, ' ')).toContain('the Login-As session may still be open');
  expect(printed).not.toContain('its Login-As was ended');
});

test('a failed scenario whose "Log out as" was not proven says so under its error', () => {
  const reporter = new SummaryReporter();
  const [testCase, result] = finished('sdr-sees-routed-lead', 'sdr', 'failed');
  const notProven =
    'LogOutNotProven: "Log out as Sam Rivera" could not be done: page.goto: net::ERR_CONNECTION_REFUSED; the Login-As session may still be open. End it by hand.';
  Object.assign(result, {
    error: { message: 'Error: page.goto: net::ERR_CONNECTION_RESET' },
    errors: [{ message: 'Error: page.goto: net::ERR_CONNECTION_RESET' }, { message: notProven }],
  });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'failed' } as FullResult)).join('\n');
  expect(printed).toContain(
    'Error: page.goto: net::ERR_CONNECTION_RESET\n      its Login-As was not proven ended: "Log out as Sam Rivera" could not be done',
  );
});

test('a "Log out as" not proven at teardown, wrapped as every failure is, is summarised whole and wrapped the same way', () => {
  const reporter = new SummaryReporter();
  const [testCase, result] = finished('sdr-sees-routed-lead', 'sdr', 'failed');
  const notProven =
    'LogOutNotProven: "Log out as Sam Rivera" could not be done: page.goto: net::ERR_CONNECTION_REFUSED at ' +
    'http://127.0.0.1:39545/lightning/page/home; the Login-As session may still be open. End it by hand.';
  Object.assign(result, {
    error: { message: 'Error: page.goto: net::ERR_CONNECTION_RESET' },
    errors: [{ message: 'Error: page.goto: net::ERR_CONNECTION_RESET' }, { message: wrapLines(notProven) }],
  });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'failed' } as FullResult)).join('\n');
  expect(printed.replace(/\s+/g, ' ')).toContain(
    `its Login-As was not proven ended: ${notProven.replace('LogOutNotProven: ', '')}`,
  );
  for (const line of printed.split('\n')) expect(line.length, line).toBeLessThanOrEqual(106);
});

test('a failure wrapped for the reports is summarised by its first six lines as written, wrapped the same way', () => {
  const reporter = new SummaryReporter();
  const [testCase, result] = finished('sdr-sees-routed-lead', 'sdr', 'failed');
  const problems = [1, 2, 3, 4, 5, 6].map(
    (n) =>
      `  - Field_${n}__c: expected visible, but it is not on the page — field-level security hides it from the persona`,
  );
  const written = `ExpectationError: Persona "sdr" on Lead 00Q5g0000000004EAA (data "lead"):\n${problems.join('\n')}`;
  Object.assign(result, { error: { message: wrapLines(written) } });
  reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'failed' } as FullResult)).join('\n');
  expect(printed).toContain('Field_5__c');
  expect(printed).not.toContain('Field_6__c');
  expect(printed).toContain(
    '  - Field_1__c: expected visible, but it is not on the page — field-level security hides it from the\n' +
      '          persona',
  );
});

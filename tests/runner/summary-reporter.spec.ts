import { expect, test } from '@playwright/test';
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import SummaryReporter from '../../runner/reporters/summary-reporter';
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

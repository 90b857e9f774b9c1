import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { grepProblem } from '../../runner/cli/grep-check';
import { demoScenarios, ROOT, runCli, tempDir } from '../e2e/cli-run';

/** How many of the demo scenarios' tests Playwright itself selects with --grep. */
function playwrightSelects(grep: string): number {
  const listed = spawnSync(
    process.execPath,
    [require.resolve('@playwright/test/cli'), 'test', '-c', 'playwright.config.ts', '--list', '--grep', grep],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PERSONA_UX_SCENARIOS: '["scenarios"]' } },
  );
  return Number(/Total: (\d+) tests?/.exec(listed.stdout)?.[1] ?? 0);
}

test('--grep matches a scenario exactly when Playwright selects its test', () => {
  test.setTimeout(120_000);
  const scenarios = demoScenarios();
  // Title, id, persona describe, ticket and persona tags, the test file, case, a /regexp/ as written, none.
  for (const grep of [
    'routed lead',
    '@sdr',
    'persona ae ',
    'revops-142',
    'scenarios.spec',
    '/SDR sees/',
    '/sdr sees/',
    'no-such-scenario',
  ]) {
    const selected = playwrightSelects(grep);
    expect(
      grepProblem(grep, scenarios) === undefined,
      `--grep ${grep} (Playwright selects ${selected})`,
    ).toBe(selected > 0);
  }
});

test('a --grep that matches no scenario stops run with exit 2, naming --grep and some scenario ids, before reports are cleared', async () => {
  const reports = tempDir('reports');
  mkdirSync(path.join(reports, 'allure-results'));
  writeFileSync(path.join(reports, 'allure-results', 'earlier-result.json'), '{}');
  const { code, output } = await runCli(['run', 'scenarios', '--grep', 'sdr-sees-nothing'], {
    env: { PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(output).toContain('--grep "sdr-sees-nothing" matches no scenario.');
  expect(output).toContain(demoScenarios()[0].id);
  expect(output).not.toContain('No tests found');
  expect(code, output).toBe(2);
  expect(readdirSync(path.join(reports, 'allure-results'))).toEqual(['earlier-result.json']);
});

test('a --grep that is not a regular expression is a usage error', () => {
  expect(grepProblem('(sdr', demoScenarios())).toMatch(/^--grep "\(sdr" is not a regular expression \(/);
});

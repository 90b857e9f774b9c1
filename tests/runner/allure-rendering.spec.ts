import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { parseOrgEnv } from '../../config/org-env-schema';
import { allureRendering, startInBackground } from '../../runner/cli/allure-render';
import { ROOT, runCli, tempDir } from '../e2e/cli-run';

test('the Allure report waits for nobody at a terminal, is ready when a CI step ends, and can be turned off', () => {
  expect(allureRendering({})).toBe('background');
  expect(allureRendering({ CI: 'true' })).toBe('wait');
  expect(allureRendering({ CI: 'false' })).toBe('background');
  expect(allureRendering({ CI: 'true', PERSONA_UX_ALLURE: 'background' })).toBe('background');
  expect(allureRendering({ PERSONA_UX_ALLURE: 'off' })).toBe('off');
  expect(parseOrgEnv({ PERSONA_UX_ALLURE: 'later' }).problems).toEqual([
    'PERSONA_UX_ALLURE=later (from the environment): must be wait, background or off',
  ]);
});

test('work started in the background runs at the lowest CPU priority, its output in its log', async () => {
  const log = path.join(tempDir('background'), 'render.log');
  const child = startInBackground(['-e', 'console.log("rendered"); setTimeout(() => {}, 2000)'], {}, log);
  try {
    expect(os.getPriority(child.pid)).toBe(os.constants.priority.PRIORITY_LOW);
    await expect.poll(() => readFileSync(log, 'utf8')).toBe('rendered\n');
  } finally {
    child.kill();
  }
});

test.describe('a run and its Allure report', () => {
  test.describe.configure({ timeout: 180_000 });
  const scenario = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');

  test('in the background: the run returns first, and the report appears afterwards, one file that opens from disk', async ({
    page,
  }) => {
    const reports = tempDir('reports');
    const { code, output } = await runCli(['run', scenario], {
      env: { PERSONA_UX_REPORTS_DIR: reports, PERSONA_UX_ALLURE: 'background' },
    });
    expect(code, output).toBe(0);
    expect(output).toContain('(rendering in the background, a second or so)');
    const index = path.join(reports, 'allure', 'index.html');
    await expect.poll(() => existsSync(index), { timeout: 60_000 }).toBe(true);
    expect(existsSync(path.join(reports, 'allure-render.log'))).toBe(true);
    // Opened as a downloaded CI artifact is: from disk, with no server to load data files from.
    await expect(async () => {
      await page.goto(pathToFileURL(index).href);
      await expect(page.getByText('persona-ux').first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    // Its tree: the persona, then the ticket, then the scenario.
    await page.getByText('persona-ux', { exact: true }).last().click();
    await page.getByText(/^persona sdr/).click();
    await page.getByText('REVOPS-142', { exact: true }).click();
    await expect(page.getByText(/^sdr-sees-routed-lead/)).toBeVisible();
    expect(readdirSync(path.join(reports, 'allure')).filter((file) => file.endsWith('.html'))).toEqual([
      'index.html',
    ]);
  });

  test('off: the results are kept for `npx allure generate`, nothing is rendered', async () => {
    const reports = tempDir('reports');
    const { code, output } = await runCli(['run', scenario], {
      env: { PERSONA_UX_REPORTS_DIR: reports, PERSONA_UX_ALLURE: 'off' },
    });
    expect(code, output).toBe(0);
    expect(output).not.toContain('allure');
    expect(
      readdirSync(path.join(reports, 'allure-results')).some((file) => file.endsWith('-result.json')),
    ).toBe(true);
    expect(existsSync(path.join(reports, 'allure'))).toBe(false);
  });
});

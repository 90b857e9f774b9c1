import { defineConfig, type ReporterDescription } from '@playwright/test';
import { loadDotEnv } from './config/dotenv';
import { ensureRunId, reportsDir } from './config/run-context';
import { browserLaunchOptions } from './runner/browser';

// The scenarios' config: `persona-ux run` uses it, and so do `npx playwright test`, UI mode and VS Code.
loadDotEnv();
ensureRunId();
const reports = reportsDir();
// A shard of a sharded run (persona-ux run --shard I/N) also writes a blob report, merged by `persona-ux merge`.
const shard = process.env.PERSONA_UX_SHARD;
const blob: ReporterDescription[] = shard
  ? [['blob', { outputDir: `${reports}/blob`, fileName: `report-${shard.replace('/', '-of-')}.zip` }]]
  : [];

export default defineConfig({
  testDir: './runner',
  testMatch: 'scenarios.spec.ts',
  outputDir: `${reports}/test-results`,
  globalSetup: './runner/global-setup.ts',
  // persona-ux run --timeout SECONDS; a scenario that runs out of time still ends its Login-As in teardown.
  timeout: Number(process.env.PERSONA_UX_TIMEOUT_MS) || 120_000,
  expect: { timeout: 15_000 },
  // Scenarios are independent: each gets its own browser context, data and Login-As session.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: Number(process.env.PERSONA_UX_WORKERS) || 2,
  reporter: [
    ['list'],
    ['./runner/reporters/summary-reporter.ts'],
    // Each matrix scenario's columns (one test per persona) as one table: terminal, HTML/markdown, Allure.
    [
      './runner/reporters/access-matrix-reporter.ts',
      { outputDir: `${reports}/access-matrix`, allureResultsDir: `${reports}/allure-results` },
    ],
    ['html', { outputFolder: `${reports}/html`, open: 'never' }],
    // Playwright's junit reporter calls our expectation failures errors; this one calls them failures.
    ['./runner/reporters/junit-reporter.ts', { outputFile: `${reports}/junit.xml` }],
    [
      'allure-playwright',
      {
        resultsDir: `${reports}/allure-results`,
        links: { issue: { urlTemplate: process.env.PERSONA_UX_TICKET_URL || '%s', nameTemplate: '%s' } },
      },
    ],
    ...blob,
  ],
  use: {
    launchOptions: browserLaunchOptions(),
    // Traces record network traffic, cookies included: opt in with `persona-ux run --trace`.
    trace: process.env.PERSONA_UX_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
});

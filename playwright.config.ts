import path from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { BUILT, SCENARIOS_TEST_FILE } from './config/build';
import { loadDotEnv } from './config/dotenv';
import { ensureRunId, reportsDir } from './config/run-context';
import { browserLaunchOptions } from './runner/browser';
import { listenToCli } from './runner/go-ahead';
import { allureOptions } from './runner/reporters/allure-options';

// The scenarios' config: `persona-ux run` uses it, and so do `npx playwright test`, UI mode and VS Code.
// `npm run build` also compiles it, with every part Playwright loads, into dist/playwright/ (config/build.ts).
/** A part Playwright loads, from this config: its TypeScript source, or its compiled file beside the compiled config. */
const part = (source: string) => (BUILT ? `./${path.basename(source, '.ts')}.cjs` : `./${source}`);
// First: under `persona-ux run`, a CLI killed while it checks the org is noticed even before global setup.
listenToCli();
loadDotEnv();
ensureRunId();
const reports = reportsDir();
// A shard of a sharded run (persona-ux run --shard I/N) also writes a blob report, merged by `persona-ux merge`.
const shard = process.env.PERSONA_UX_SHARD;
const blob: ReporterDescription[] = shard
  ? [['blob', { outputDir: `${reports}/blob`, fileName: `report-${shard.replace('/', '-of-')}.zip` }]]
  : [];

export default defineConfig({
  testDir: BUILT ? '.' : './runner',
  testMatch: SCENARIOS_TEST_FILE,
  // Compiled already: Playwright loads them as they are, also from a checkout, where dist/ is not under node_modules.
  ...(BUILT ? { build: { external: ['**/dist/playwright/*.cjs'] } } : {}),
  outputDir: `${reports}/test-results`,
  globalSetup: part('runner/global-setup.ts'),
  // persona-ux run --timeout SECONDS; a scenario that runs out of time still ends its Login-As in teardown.
  timeout: Number(process.env.PERSONA_UX_TIMEOUT_MS) || 120_000,
  expect: { timeout: 15_000 },
  // Scenarios are independent: each gets its own browser context, data and Login-As session.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: Number(process.env.PERSONA_UX_WORKERS) || 2,
  reporter: [
    // First: the reporters after it show the scenario file's path as the user wrote it.
    [part('runner/reporters/scenario-paths-reporter.ts')],
    ['list'],
    [part('runner/reporters/summary-reporter.ts')],
    // Each matrix scenario's columns (one test per persona) as one table: terminal, HTML/markdown, Allure.
    [
      part('runner/reporters/access-matrix-reporter.ts'),
      { outputDir: `${reports}/access-matrix`, allureResultsDir: `${reports}/allure-results` },
    ],
    ['html', { outputFolder: `${reports}/html`, open: 'never' }],
    // Playwright's junit reporter calls our expectation failures errors; this one calls them failures.
    [part('runner/reporters/junit-reporter.ts'), { outputFile: `${reports}/junit.xml` }],
    ['allure-playwright', allureOptions(reports)],
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

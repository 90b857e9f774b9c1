import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from '../runner/browser';

// The project's own tests (unit, emulator contract, end to end). The scenarios' config is ../playwright.config.ts.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/self',
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  workers: 2,
  use: { launchOptions: browserLaunchOptions() },
});

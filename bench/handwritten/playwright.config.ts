import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from '../../runner/browser';

// What an engineer writes instead of a scenario: one spec, its own config, JUnit for the time inside the test.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  reporter: [['list'], ['junit', { outputFile: process.env.HANDWRITTEN_JUNIT || 'junit.xml' }]],
  // The same Chromium, with the same flags, as persona-ux run uses on this machine.
  use: { launchOptions: browserLaunchOptions() },
});

import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import { rememberedChromiumPath } from './remembered-chromium-path';

/**
 * The one place that decides which Chromium runs the scenarios and the project's own tests.
 * Order: Playwright's own Chromium when installed, else a system Chromium
 * (CHROMIUM_PATH, then the Debian package at /usr/bin/chromium).
 */

// A system Chromium on a locked-down machine: no sandbox as root, and no background calls home that a
// closed network refuses many at a time.
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ResolvedBrowser {
  source: 'playwright' | 'system';
  executablePath: string;
  launchOptions: LaunchOptions;
}

export function resolveBrowser(
  env: NodeJS.ProcessEnv = process.env,
  bundled: string | undefined = playwrightChromiumPath(env),
): ResolvedBrowser | undefined {
  if (bundled && existsSync(bundled)) {
    return { source: 'playwright', executablePath: bundled, launchOptions: {} };
  }
  for (const candidate of [env.CHROMIUM_PATH, DEBIAN_CHROMIUM]) {
    if (candidate && existsSync(candidate)) {
      return {
        source: 'system',
        executablePath: candidate,
        launchOptions: { executablePath: candidate, args: SYSTEM_CHROMIUM_ARGS },
      };
    }
  }
  return undefined;
}

/** Launch options for playwright configs; empty when no browser is found (Playwright then says so). */
export function browserLaunchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  return resolveBrowser(env)?.launchOptions ?? {};
}

function playwrightChromiumPath(env: NodeJS.ProcessEnv): string | undefined {
  return rememberedChromiumPath(env, () => {
    try {
      return (require('@playwright/test') as typeof import('@playwright/test')).chromium.executablePath();
    } catch {
      return undefined;
    }
  });
}

export const NO_BROWSER_HELP = [
  'No Chromium found for persona-ux.',
  'Get one of:',
  '  - Playwright’s own:   npx playwright install chromium',
  '  - Debian/Ubuntu:      sudo apt-get install chromium   (found at /usr/bin/chromium)',
  '  - any other Chromium: set CHROMIUM_PATH=/path/to/chromium',
].join('\n');

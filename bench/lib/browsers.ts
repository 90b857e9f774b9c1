import { existsSync } from 'node:fs';

/**
 * The browsers a benchmark measures a run with: the one this machine gives a run (the resolver's: Debian's full
 * Chromium here) and, where installed, a headless shell: what Playwright's own install runs headless tests in
 * (`npx playwright install chromium` fetches chromium-headless-shell beside Chromium). Debian packages the same
 * shell as chromium-headless-shell; CHROMIUM_HEADLESS_SHELL names another.
 */
export interface Browser {
  name: string;
  /** Added to every run's environment: where the resolver finds this browser. */
  env: NodeJS.ProcessEnv;
}

const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export function browsers(env: NodeJS.ProcessEnv = process.env): Browser[] {
  const found: Browser[] = [
    { name: env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH}` : "the resolver's", env: {} },
  ];
  const shell = env.CHROMIUM_HEADLESS_SHELL || DEBIAN_HEADLESS_SHELL;
  if (existsSync(shell)) found.push({ name: `headless shell (${shell})`, env: { CHROMIUM_PATH: shell } });
  return found;
}

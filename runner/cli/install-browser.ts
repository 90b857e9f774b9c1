import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NO_BROWSER_HELP, type ResolvedBrowser, resolveBrowser } from '../browser';
import { parse } from './args';
import { UsageError } from './usage-error';

/**
 * A Chromium for the run: the one already there, else Playwright's download, else (as root on Debian)
 * the chromium package. Undefined only when all of them fail.
 */
export function ensureBrowser(log: (line: string) => void = console.error): ResolvedBrowser | undefined {
  const found = resolveBrowser();
  if (found) return found;
  log('persona-ux: no Chromium found; trying `npx playwright install chromium`…');
  spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 10 * 60_000,
  });
  if (resolveBrowser()) return resolveBrowser();
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('persona-ux: trying the Debian chromium package…');
    spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
      {
        stdio: 'inherit',
      },
    );
  }
  return resolveBrowser();
}

export async function installBrowserCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  if (positionals.length > 0)
    throw new UsageError(`install-browser takes no arguments, but got "${positionals.join(' ')}".`);
  const browser = ensureBrowser();
  if (!browser) {
    console.error(NO_BROWSER_HELP);
    return 3;
  }
  console.log(`Chromium ready (${browser.source}): ${browser.executablePath}`);
  return 0;
}

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { resolveBrowser } from '../../runner/browser';
import { ROOT, runCli, tempDir } from './cli-run';

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');

/** `run` with these flags stops with exit 2 and `says`, before the org is signed in to or anything written. */
async function expectRefusedBeforeStart(
  flags: string[],
  says: string,
  env: NodeJS.ProcessEnv = {},
): Promise<void> {
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', SCENARIO, ...flags], {
    env: { ...env, PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(output).toContain(says);
  expect(output).not.toContain('at Object.'); // no stack trace
  expect(code, output).toBe(2);
  expect(existsSync(path.join(reports, 'audit')), 'nothing was recorded: the admin never signed in').toBe(
    false,
  );
}

test('--workers must be a number of workers or a share of the cores from 1% to 100%', async () => {
  for (const workers of ['abc', '0', '-1', '0%', '150%', '2.5']) {
    await expectRefusedBeforeStart(
      [`--workers=${workers}`],
      `--workers expects a number of workers (1 or more) or a share of the cores from 1% to 100%, e.g. --workers 2 or --workers 50%, but got "${workers}".`,
    );
  }
});

test('--shard I/N must name one of the N shards', async () => {
  await expectRefusedBeforeStart(
    ['--shard', '3/2'],
    '--shard 3/2 names shard 3 of only 2: I must be from 1 to N, e.g. --shard 2/2.',
  );
  await expectRefusedBeforeStart(
    ['--shard', '1of2'],
    '--shard expects I/N, e.g. --shard 1/2, but got "1of2".',
  );
});

test('--headed on Linux without a display says to drop it or use xvfb-run', async () => {
  test.skip(process.platform !== 'linux', 'a display is needed on Linux only');
  const { code, output } = await runCli(['run', SCENARIO, '--headed'], {
    env: { DISPLAY: '', WAYLAND_DISPLAY: '', PERSONA_UX_REPORTS_DIR: tempDir('reports') },
  });
  expect(output).toContain('--headed needs a display');
  expect(output).toContain('drop --headed, or run under xvfb-run');
  expect(code, output).toBe(2);
});

test('--headed with a headless shell as the browser says it never opens a window, and how to get one', async () => {
  const shell = path.join(tempDir('browser'), 'chromium-headless-shell');
  writeFileSync(shell, '');
  const env = { CHROMIUM_PATH: shell, DISPLAY: ':0' };
  test.skip(
    resolveBrowser({ ...process.env, ...env })?.executablePath !== shell,
    "Playwright's own Chromium is installed here, and a run uses it rather than CHROMIUM_PATH",
  );
  await expectRefusedBeforeStart(
    ['--headed'],
    `--headed opens a window, and the Chromium this run would start is a headless shell, which never opens one (${shell}): drop --headed, or set CHROMIUM_PATH to a full Chromium (e.g. /usr/bin/chromium) for this run.`,
    env,
  );
});

test('--headed with a full Chromium and a display passes the flag checks', async () => {
  const chromium = path.join(tempDir('browser'), 'chromium');
  writeFileSync(chromium, '');
  const { code, output } = await runCli(['run', SCENARIO, '--headed', '--grep', 'no such scenario title'], {
    env: { CHROMIUM_PATH: chromium, DISPLAY: ':0', PERSONA_UX_REPORTS_DIR: tempDir('reports') },
  });
  // The checks run in turn: the one after --headed's is reached, and refuses the --grep.
  expect(output).toContain('--grep "no such scenario title" matches no scenario');
  expect(output).not.toContain('--headed');
  expect(code, output).toBe(2);
});

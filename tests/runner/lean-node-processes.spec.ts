import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { leanNodeFlags, moduleLoaderEnv, startPlaywright } from '../../runner/cli/playwright-child';
import { ROOT, tempDir } from '../e2e/cli-run';

// Allocates short-lived objects, which lets V8 grow its young generation up to its limit (2 MB with 1 MB
// semi-spaces, 32 MB with V8's default 16 MB), then gives its size in MB. How far V8 grows it below the limit
// depends on its own heuristics, so the tests hold the size to the limit and read the flag that sets it.
const CHURN = `function youngGenerationMb() {
  let kept = [];
  for (let i = 0; i < 3e6; i++) {
    kept.push({ i, text: 'x' + i });
    if (kept.length > 1000) kept = [];
  }
  const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return space.space_size / 1048576;
}`;

interface Seen {
  role: 'runner' | 'worker';
  youngMb: number;
  flags: string[];
  nodeOptions: string;
}

/** Runs a script through startPlaywright as the runner; the script forks itself once, as the runner its workers. */
async function runnerAndWorker(env: NodeJS.ProcessEnv): Promise<Seen[]> {
  const dir = tempDir('lean-node');
  const out = path.join(dir, 'seen.jsonl');
  const script = path.join(dir, 'runner.cjs');
  writeFileSync(
    script,
    `${CHURN}
const role = process.argv[2] === 'worker' ? 'worker' : 'runner';
const seen = { role, youngMb: youngGenerationMb(), flags: process.execArgv, nodeOptions: process.env.NODE_OPTIONS ?? '' };
require('node:fs').appendFileSync(${JSON.stringify(out)}, JSON.stringify(seen) + '\\n');
if (role === 'runner') require('node:child_process').fork(__filename, ['worker']).on('exit', () => process.exit(0));`,
  );
  const run = startPlaywright([script], { ...process.env, ...env }, () => {});
  expect((await run.done).code).toBe(0);
  const seen: Seen[] = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(seen.map((p) => p.role).sort()).toEqual(['runner', 'worker']);
  return seen;
}

test('the Playwright runner, and every worker it forks, keep a 1 MB young generation', async () => {
  for (const seen of await runnerAndWorker({ NODE_OPTIONS: '' })) {
    expect(seen.flags, seen.role).toContain('--max-semi-space-size=1');
    expect(seen.youngMb, seen.role).toBeLessThanOrEqual(2);
  }
});

test("a young generation size set in the user's NODE_OPTIONS is kept for the runner and its workers", async () => {
  expect(leanNodeFlags({ NODE_OPTIONS: '--max-semi-space-size=4' })).toEqual([]);
  for (const seen of await runnerAndWorker({ NODE_OPTIONS: '--max-semi-space-size=4' })) {
    expect(seen.flags, seen.role).not.toContain('--max-semi-space-size=1');
    expect(seen.nodeOptions, seen.role).toBe('--max-semi-space-size=4');
    expect(seen.youngMb, seen.role).toBeLessThanOrEqual(8);
  }
});

test("run from the build, the runner and its workers start without Playwright's module loader; from the TypeScript, with it", () => {
  expect(moduleLoaderEnv({}, true)).toEqual({ PW_DISABLE_TS_ESM: '1' });
  expect(moduleLoaderEnv({}, false)).toEqual({});
  // A value the user set is theirs, even one that leaves the loader on.
  expect(moduleLoaderEnv({ PW_DISABLE_TS_ESM: '' }, true)).toEqual({});
});

test("the CLI's own process keeps its young generation at its starting size, unless NODE_OPTIONS sizes it or it serves the emulator", () => {
  const { youngGenerationFlags } = require('../../bin/young-generation.cjs') as {
    youngGenerationFlags(env: NodeJS.ProcessEnv, command: string | undefined): string[];
  };
  expect(youngGenerationFlags({}, 'run')).toEqual(['--semi-space-growth-factor=1']);
  expect(youngGenerationFlags({}, undefined)).toEqual(['--semi-space-growth-factor=1']);
  expect(youngGenerationFlags({ NODE_OPTIONS: '--max-semi-space-size=4' }, 'run')).toEqual([]);
  expect(youngGenerationFlags({ NODE_OPTIONS: '--semi-space-growth-factor=4' }, 'run')).toEqual([]);
  // The emulator's server, under load as long as it runs, keeps V8's own growth.
  expect(youngGenerationFlags({}, 'emulator')).toEqual([]);
  const script = `require(${JSON.stringify(path.join(ROOT, 'bin', 'young-generation.cjs'))}).keepYoungGenerationSmall('run');
${CHURN}
process.stdout.write(String(youngGenerationMb()));`;
  const youngMb = Number(
    execFileSync(process.execPath, ['-e', script], {
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    }),
  );
  expect(youngMb).toBeLessThanOrEqual(2);
});

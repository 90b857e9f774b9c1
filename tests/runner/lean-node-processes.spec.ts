import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { leanNodeFlags, startPlaywright } from '../../runner/cli/playwright-child';
import { tempDir } from '../e2e/cli-run';

// Allocates short-lived objects until V8 has grown its young generation as far as it may, then gives its size in
// MB: 2 with 1 MB semi-spaces, 32 with V8's default 16 MB.
const CHURN = `function youngGenerationMb() {
  let kept = [];
  for (let i = 0; i < 3e6; i++) {
    kept.push({ i, text: 'x' + i });
    if (kept.length > 1000) kept = [];
  }
  const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return space.space_size / 1048576;
}`;

/** Runs a script through startPlaywright as the runner; the script forks itself once, as the runner its workers. */
async function runnerAndWorkerYoungGenerations(env: NodeJS.ProcessEnv): Promise<string[]> {
  const dir = tempDir('lean-node');
  const out = path.join(dir, 'sizes.txt');
  const script = path.join(dir, 'runner.cjs');
  writeFileSync(
    script,
    `${CHURN}
const role = process.argv[2] === 'worker' ? 'worker' : 'runner';
require('node:fs').appendFileSync(${JSON.stringify(out)}, role + ' ' + youngGenerationMb() + '\\n');
if (role === 'runner') require('node:child_process').fork(__filename, ['worker']).on('exit', () => process.exit(0));`,
  );
  const run = startPlaywright([script], { ...process.env, ...env }, () => {});
  expect((await run.done).code).toBe(0);
  return readFileSync(out, 'utf8').trim().split('\n').sort();
}

test('the Playwright runner, and every worker it forks, keep a 1 MB young generation', async () => {
  expect(await runnerAndWorkerYoungGenerations({ NODE_OPTIONS: '' })).toEqual(['runner 2', 'worker 2']);
});

test("a young generation size set in the user's NODE_OPTIONS is kept for the runner and its workers", async () => {
  expect(leanNodeFlags({ NODE_OPTIONS: '--max-semi-space-size=4' })).toEqual([]);
  expect(await runnerAndWorkerYoungGenerations({ NODE_OPTIONS: '--max-semi-space-size=4' })).toEqual([
    'runner 8',
    'worker 8',
  ]);
});

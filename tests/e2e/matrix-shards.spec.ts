import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, runCli, scenarioFolder, tempDir } from './cli-run';

// A matrix whose personas ran on two shards, merged: one whole table, and JUnit failures still failures.
test.describe.configure({ timeout: 300_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('merged shards join a matrix into one table, and a wrong cell stays a JUnit failure, not an error', async () => {
  const scenarios = scenarioFolder({
    'credit-limit-matrix.yaml': [
      'id: credit-limit-matrix',
      'title: Credit limit access across shards',
      'reason: Prove that shards merge into one matrix',
      'ticket: FIN-1',
      'data:',
      '  account:',
      '    sobject: Account',
      '    fields: { Name: "Shards {{run.id}}", Credit_Limit__c: 50000 }',
      'matrix:',
      '  record: account',
      '  access:',
      '    Credit_Limit__c: { ae: hidden, csm: read }',
    ],
  });
  const shardReports = [tempDir('shard1'), tempDir('shard2')];
  const codes: number[] = [];
  for (const [index, reports] of shardReports.entries()) {
    const shard = await runCli(['run', scenarios, '--shard', `${index + 1}/2`], {
      env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
    });
    codes.push(shard.code);
  }
  expect(codes.sort()).toEqual([0, 1]); // one persona per shard; the csm's cell is wrong

  const out = tempDir('merged');
  const merged = await runCli(['merge', ...shardReports, '--out', out]);
  expect(merged.code, merged.output).toBe(0);

  const junit = readFileSync(path.join(out, 'junit.xml'), 'utf8');
  expect(junit).toMatch(/<failure message="Persona &quot;csm&quot;[^"]*" type="ExpectationError"/);
  expect(junit).not.toContain('<error');

  expect(readFileSync(path.join(out, 'access-matrix', 'credit-limit-matrix.md'), 'utf8')).toContain(
    '| Credit_Limit__c | hidden ✓ | read ✘ hidden |',
  );
  const results = path.join(out, 'allure-results');
  const tables = readdirSync(results)
    .filter((name) => name.endsWith('-result.json'))
    .map((name) => JSON.parse(readFileSync(path.join(results, name), 'utf8')))
    .filter((result) => result.name === 'access matrix credit-limit-matrix');
  expect(tables.map((table) => table.status)).toEqual(['failed']);
});

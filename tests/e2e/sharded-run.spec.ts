import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// A sharded run, as CI runs one shard per machine against one sandbox, merged into one set of reports.
test.describe.configure({ timeout: 300_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('two shards merge into one HTML report, one JUnit file, one Allure report and one verified audit chain', async () => {
  const scenarios = tempDir('scenarios');
  for (const file of [
    'personas.yaml',
    'sdr-sees-routed-lead.yaml',
    'ae-sees-lead-revenue.yaml',
    'finance-sees-credit-limit.yaml',
  ]) {
    cpSync(path.join(ROOT, 'scenarios', file), path.join(scenarios, file));
  }
  const shardReports = [tempDir('shard1'), tempDir('shard2')];
  const impersonations = (dir: string) =>
    readAudit(dir).filter((line) => line.event === 'impersonation.start').length;
  for (const [index, reports] of shardReports.entries()) {
    const shard = await runCli(['run', scenarios, '--shard', `${index + 1}/2`], {
      env: {
        ...emulatorOrgEnv(emulator),
        PERSONA_UX_REPORTS_DIR: reports,
      },
    });
    expect(shard.code, shard.output).toBe(0);
    expect(existsSync(path.join(reports, 'blob', `report-${index + 1}-of-2.zip`))).toBe(true);
  }
  expect(impersonations(shardReports[0]) + impersonations(shardReports[1])).toBe(3);
  // The finance persona is marked sensitive: its session's lines say so, as recorded then.
  const shardLines = shardReports
    .flatMap(readAudit)
    .filter((line) => String(line.event).startsWith('impersonation'));
  expect(shardLines.filter((line) => line.sensitive === true).map((line) => line.persona)).toEqual([
    'finance',
    'finance',
  ]);

  const out = tempDir('merged');
  const merged = await runCli(['merge', ...shardReports, '--out', out]);
  expect(merged.code, merged.output).toBe(0);
  const head = merged.output.match(/audit chain head: line \d+, ([0-9a-f]{64})/)?.[1];
  expect(head, merged.output).toBeDefined();
  for (const report of ['html/index.html', 'junit.xml', 'allure/index.html']) {
    expect(existsSync(path.join(out, report)), report).toBe(true);
  }
  expect(readFileSync(path.join(out, 'junit.xml'), 'utf8').match(/<testcase /g)).toHaveLength(3);
  const verified = await runCli([
    'audit',
    'verify',
    path.join(out, 'audit'),
    '--expect-head',
    head as string,
  ]);
  expect(verified.code, verified.output).toBe(0);
  const lines = readAudit(out);
  expect(lines.filter((line) => line.event === 'impersonation.start')).toHaveLength(3);
  expect(new Set(lines.map((line) => (line.from as { shard: string }).shard))).toEqual(
    new Set(shardReports.map((dir) => path.basename(dir))),
  );

  // A tampered shard is refused, named, and nothing is merged.
  const shardAudit = path.join(shardReports[1], 'audit');
  const auditFile = path.join(
    shardAudit,
    readdirSync(shardAudit).find((name) => name.endsWith('.jsonl')) as string,
  );
  writeFileSync(auditFile, readFileSync(auditFile, 'utf8').replace('"persona":"', '"persona":"x'));
  const refused = await runCli(['merge', ...shardReports, '--out', tempDir('merged')]);
  expect(refused.output).toContain(`shard ${path.basename(shardReports[1])}'s audit chain is BROKEN`);
  expect(refused.code).toBe(1);
});

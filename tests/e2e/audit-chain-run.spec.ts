import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AuditLog, auditFiles, type RunStartEvent } from '../../fixtures/audit-log';
import { ROOT, readAudit, runCli, tempDir } from './cli-run';
import { demoRunStart } from './run-start-line';

// What a run does with the audit chain it extends: refuses a broken one, goes on after a killed writer.
test.describe.configure({ timeout: 180_000 });

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');

function earlierRun(runId: string): RunStartEvent {
  return demoRunStart(runId, '2026-11-29T10:00:00.000Z');
}

test('a run refuses to add lines to a broken audit chain, before anything starts (exit 1)', async () => {
  const reports = tempDir('reports');
  const file = path.join(reports, 'audit', '20261129T100000Z-aaaaaa.jsonl');
  await new AuditLog(file).append(earlierRun('20261129T100000Z-aaaaaa'));
  writeFileSync(file, readFileSync(file, 'utf8').replace('CS42', 'CS43'));
  const before = readFileSync(file, 'utf8');
  const { code, output } = await runCli(['run', SCENARIO], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(output).toContain(
    `persona-ux run: the audit chain this run would extend is broken: audit chain BROKEN at ${file}:1: ` +
      'the line was changed after it was written',
  );
  expect(output).toContain('Nothing was started. Lines added to a broken chain would hide where it broke.');
  expect(output).not.toContain('persona-ux: run ');
  expect(code).toBe(1);
  expect(auditFiles(path.join(reports, 'audit'))).toEqual([file]);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('plain `playwright test` refuses a broken audit chain too, before the org is touched', async () => {
  const reports = tempDir('reports');
  const file = path.join(reports, 'audit', '20261129T100000Z-aaaaaa.jsonl');
  await new AuditLog(file).append(earlierRun('20261129T100000Z-aaaaaa'));
  writeFileSync(file, readFileSync(file, 'utf8').replace('CS42', 'CS43'));
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('SF_') && !name.startsWith('PERSONA_UX_'),
    ),
  );
  const run = spawnSync(
    process.execPath,
    [require.resolve('@playwright/test/cli'), 'test', '-c', path.join(ROOT, 'playwright.config.ts')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...env,
        FORCE_COLOR: '0',
        PERSONA_UX_SCENARIOS: JSON.stringify([SCENARIO]),
        PERSONA_UX_REPORTS_DIR: reports,
        PERSONA_UX_EMULATOR_DATA: tempDir('org'),
      },
    },
  );
  expect(`${run.stdout}${run.stderr}`).toContain(
    `The audit chain this run would extend is broken: audit chain BROKEN at ${file}:1`,
  );
  expect(run.status).not.toBe(0);
  expect(auditFiles(path.join(reports, 'audit'))).toEqual([file]);
});

test('a run after a writer was killed mid-line records the cut line, goes on from the last whole line and prints the head', async () => {
  const reports = tempDir('reports');
  const file = path.join(reports, 'audit', '20261129T100000Z-dead00.jsonl');
  await new AuditLog(file).append(earlierRun('20261129T100000Z-dead00'));
  // A folder written before there was a chain head, whose writer was killed mid-line.
  rmSync(path.join(reports, 'audit', 'chain-head.json'));
  appendFileSync(file, '{"event":"impersonation.start","at":"2026-11-29T10:00:0');

  const run = await runCli(['run', SCENARIO], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(run.output).toContain(
    `the audit log ends in a partial line at ${file}:2 (a writer was killed); audit verify shows it. ` +
      'This run records it in the chain and goes on from the last complete line',
  );
  expect(run.code, run.output).toBe(0);
  const head = run.output.match(/audit chain head: line (\d+), ([0-9a-f]{64})/);
  expect(head, run.output).not.toBeNull();
  const lines = readAudit(reports);
  expect(lines.find((line) => line.event === 'audit.partial-line')).toMatchObject({
    seq: 2,
    partialLine: { file: path.basename(file), line: 2 },
  });
  expect(Number(head?.[1])).toBe(Math.max(...lines.map((line) => line.seq as number)));

  const verified = await runCli([
    'audit',
    'verify',
    path.join(reports, 'audit'),
    '--expect-head',
    head?.[2] ?? '',
  ]);
  expect(verified.output).toContain(`${file}:2 is a line a killed writer cut short: its event is lost`);
  expect(verified.output).toContain('the head you kept is line');
  expect(verified.code, verified.output).toBe(0);
});

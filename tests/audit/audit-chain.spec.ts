import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AuditLog, auditFiles, type RunStartEvent } from '../../fixtures/audit-log';
import { verifyChain } from '../../runner/audit/verify-chain';
import { runCli, tempDir } from '../e2e/cli-run';

function runStart(runId: string, n: number): RunStartEvent {
  return {
    event: 'run.start',
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    runId,
    org: {
      id: '00DAu00000AcMeDMAV',
      name: 'Acme Demo',
      instanceUrl: 'https://acme.example',
      isSandbox: true,
      organizationType: 'Enterprise Edition',
      instanceName: 'CS42',
    },
    admin: { id: '005000000000001AAA', username: 'admin@acme-demo.example' },
    auth: 'oauth-password',
  };
}

async function writeTwoRuns(dir: string): Promise<string[]> {
  const first = new AuditLog(path.join(dir, '20260101T000000Z-aaaaaa.jsonl'));
  const second = new AuditLog(path.join(dir, '20260101T010000Z-bbbbbb.jsonl'));
  for (let n = 0; n < 3; n++) await first.append(runStart('first', n));
  for (let n = 0; n < 3; n++) await second.append(runStart('second', n));
  return auditFiles(dir);
}

function editLine(file: string, change: (lines: string[]) => void): void {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  change(lines);
  writeFileSync(file, `${lines.join('\n')}\n`);
}

test('each line links to the one before it, and a run links to the previous run', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  const lines = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line)),
  );
  expect(lines.map((line) => line.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(lines[0].prev).toBe('0'.repeat(64));
  for (let i = 1; i < lines.length; i++) expect(lines[i].prev).toBe(lines[i - 1].hash);
  expect(verifyChain(files)).toEqual({ lines: 6, files: 2, lastHash: lines[5].hash });
});

test('workers appending at once still make one unbroken chain', async () => {
  const dir = tempDir('audit');
  const log = new AuditLog(path.join(dir, '20260101T000000Z-cccccc.jsonl'));
  await Promise.all(Array.from({ length: 20 }, (_, n) => new AuditLog(log.file).append(runStart('same', n))));
  expect(verifyChain(auditFiles(dir))).toMatchObject({ lines: 20 });
  expect(verifyChain(auditFiles(dir)).broken).toBeUndefined();
});

test('an edited line is named as the first broken one', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  editLine(files[1], (lines) => {
    lines[1] = lines[1].replace('"second"', '"edited"');
  });
  expect(verifyChain(files).broken).toEqual({
    file: files[1],
    line: 2,
    why: 'the line was changed after it was written (its hash does not match its content)',
  });
});

test('a deleted or reordered line breaks the chain where it happened', async () => {
  const deleted = await writeTwoRuns(tempDir('audit'));
  editLine(deleted[0], (lines) => lines.splice(1, 1));
  expect(verifyChain(deleted).broken).toMatchObject({ file: deleted[0], line: 2 });
  expect(verifyChain(deleted).broken?.why).toContain('deleted, inserted or reordered');

  const reordered = await writeTwoRuns(tempDir('audit'));
  editLine(reordered[1], (lines) => lines.reverse());
  expect(verifyChain(reordered).broken).toMatchObject({ file: reordered[1], line: 1 });

  const lostRun = await writeTwoRuns(tempDir('audit'));
  expect(verifyChain([lostRun[1]]).broken).toMatchObject({
    line: 1,
    why: 'the chain does not start here: earlier lines or files were deleted',
  });
});

test('`persona-ux audit verify` exits 1 naming the first broken line, 0 when intact', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  const intact = await runCli(['audit', 'verify', dir]);
  expect(intact.output).toContain('audit chain intact: 6 line(s) in 2 file(s)');
  expect(intact.code).toBe(0);

  editLine(files[0], (lines) => {
    lines[2] = lines[2].replace('"CS42"', '"CS43"');
  });
  const broken = await runCli(['audit', 'verify', dir]);
  expect(broken.output).toContain(`audit chain BROKEN at ${files[0]}:3: the line was changed`);
  expect(broken.code).toBe(1);

  const missing = await runCli(['audit', 'verify', path.join(dir, 'nope')]);
  expect(missing.code).toBe(2);
});

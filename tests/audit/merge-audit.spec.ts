import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { AuditLog, auditFiles, type ImpersonationEvent } from '../../fixtures/audit-log';
import { verifyChain } from '../../runner/audit/verify-chain';
import { runCli, tempDir } from '../e2e/cli-run';

function session(kind: ImpersonationEvent['event'], at: string, persona: string): ImpersonationEvent {
  return {
    event: kind,
    at,
    runId: `run-${persona}`,
    scenario: { id: `${persona}-check`, title: 'Check', file: `scenarios/${persona}.yaml` },
    persona,
    targetUser: { id: `005${persona}`, username: `${persona}@acme.example`, name: persona },
    admin: { id: '005000000000001AAA', username: 'admin@acme-demo.example' },
    reason: 'Release check',
    ticket: 'REVOPS-1',
    org: { id: '00DAu00000AcMeDMAV', instanceUrl: 'https://acme.example' },
    ...(kind === 'impersonation.end'
      ? { outcome: 'passed' as const, loggedOut: true, durationMs: 1000 }
      : {}),
  };
}

/** A shard's reports folder whose audit log holds one session of `persona`. */
async function shard(name: string, persona: string, at: string): Promise<string> {
  const dir = path.join(tempDir('shards'), name);
  const log = new AuditLog(path.join(dir, 'audit', `20260101T000000Z-${name}.jsonl`));
  await log.append(session('impersonation.start', at, persona));
  await log.append(session('impersonation.end', at.replace(':00.000Z', ':01.000Z'), persona));
  return dir;
}

test('merge refuses a folder with no audit log: no shard’s reports', async () => {
  const withLog = await shard('shard-1', 'sdr', '2026-01-02T10:00:00.000Z');
  const empty = path.join(tempDir('shards'), 'shard-2');
  mkdirSync(path.join(empty, 'audit'), { recursive: true });
  const out = tempDir('merged');
  const { code, output } = await runCli(['merge', withLog, empty, '--out', out]);
  expect(output).toContain(`${empty} has no audit log (${path.join(empty, 'audit', '*.jsonl')})`);
  expect(output).toContain('Nothing was merged.');
  expect(auditFiles(path.join(out, 'audit'))).toEqual([]);
  expect(code).toBe(2);
});

test('merging the same shards again, at once, keeps one intact chain and each session once', async () => {
  const shards = [
    await shard('shard-1', 'sdr', '2026-01-02T10:00:00.000Z'),
    await shard('shard-2', 'ae', '2026-01-02T10:00:30.000Z'),
  ];
  const out = tempDir('merged');
  const first = await runCli(['merge', ...shards, '--out', out]);
  expect(first.output).toContain('merged audit: 4 line(s) into one chain');
  expect(first.output).toMatch(/audit chain head: line 4, [0-9a-f]{64}/);
  expect(first.code, first.output).toBe(0);
  const again = await runCli(['merge', ...shards, '--out', out]);
  expect(again.output).toContain('merged audit: 0 line(s) into one chain');
  expect(again.output).toContain('(4 line(s) it already held, from an earlier merge, were not added again)');
  expect(again.code, again.output).toBe(0);
  expect(verifyChain(auditFiles(path.join(out, 'audit')), [path.join(out, 'audit')])).toMatchObject({
    lines: 4,
    cutShort: [],
  });
  expect(verifyChain(auditFiles(path.join(out, 'audit'))).broken).toBeUndefined();

  // A third shard later: only its lines are added.
  const third = await shard('shard-3', 'csm', '2026-01-02T11:00:00.000Z');
  const more = await runCli(['merge', ...shards, third, '--out', out]);
  expect(more.output).toContain('merged audit: 2 line(s) into one chain');
  const review = tempDir('review');
  const report = await runCli([
    'audit',
    'report',
    path.join(out, 'audit'),
    '--out',
    review,
    '--since',
    '2026-01-01',
  ]);
  expect(report.code, report.output).toBe(0);
  const rows = parse(readFileSync(path.join(review, 'sessions.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((row) => row.persona)).toEqual(['sdr', 'ae', 'csm']);
});

test('merge exits 1 when Playwright cannot merge the blob reports', async () => {
  const broken = await shard('shard-1', 'sdr', '2026-01-02T10:00:00.000Z');
  mkdirSync(path.join(broken, 'blob'));
  writeFileSync(path.join(broken, 'blob', 'report-1-of-1.zip'), 'not a zip');
  const { code, output } = await runCli(['merge', broken, '--out', tempDir('merged')]);
  expect(output).toContain('persona-ux merge: Playwright could not merge the blob reports');
  expect(code).toBe(1);
});

test('merge adds nothing to a chain that is already broken', async () => {
  const out = tempDir('merged');
  const first = await shard('shard-1', 'sdr', '2026-01-02T10:00:00.000Z');
  expect((await runCli(['merge', first, '--out', out])).code).toBe(0);
  const [merged] = auditFiles(path.join(out, 'audit'));
  writeFileSync(merged, readFileSync(merged, 'utf8').replace('"sdr"', '"xdr"'));
  const second = await shard('shard-2', 'ae', '2026-01-02T10:00:30.000Z');
  const { code, output } = await runCli(['merge', second, '--out', out]);
  expect(output).toContain(
    `the chain merged into, in ${path.join(out, 'audit')}: audit chain BROKEN at ${merged}:1`,
  );
  expect(code).toBe(1);
});

import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { link } from '../../fixtures/audit-chain';
import { HEAD_FILE, readHead, writeHead } from '../../fixtures/audit-head';
import { AuditLog, auditFiles, type RunStartEvent } from '../../fixtures/audit-log';
import { verifyChain } from '../../runner/audit/verify-chain';
import { runCli, tempDir } from '../e2e/cli-run';
import { demoRunStart } from '../e2e/run-start-line';

function runStart(runId: string, n: number): RunStartEvent {
  return demoRunStart(runId, new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), 'https://acme.example');
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

const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

test('each line links to the one before it, and a run links to the previous run', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  const lines = files.flatMap(linesOf);
  expect(lines.map((line) => line.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(lines[0].prev).toBe('0'.repeat(64));
  for (let i = 1; i < lines.length; i++) expect(lines[i].prev).toBe(lines[i - 1].hash);
  expect(verifyChain(files, [dir])).toEqual({
    lines: 6,
    files: 2,
    lastHash: lines[5].hash,
    lastSeq: 6,
    cutShort: [],
  });
  expect(readHead(dir)).toEqual({ seq: 6, hash: lines[5].hash, file: path.basename(files[1]) });
});

test('two runs writing at once extend one chain, whichever file sorts first', async () => {
  const dir = tempDir('audit');
  // Run B starts later but its name sorts first: file names say nothing of the order lines were written in.
  const a = new AuditLog(path.join(dir, '20260101T000001Z-aaaaaa.jsonl'));
  const b = new AuditLog(path.join(dir, '20260101T000000Z-bbbbbb.jsonl'));
  for (let n = 0; n < 7; n++) await a.append(runStart('A', n));
  const fromB = await b.append(runStart('B', 7));
  const nextOfA = await a.append(runStart('A', 8));
  for (let n = 9; n < 13; n++) await a.append(runStart('A', n));
  await b.append(runStart('B', 13));

  expect(fromB.seq).toBe(8);
  expect(nextOfA).toMatchObject({ seq: 9, prev: fromB.hash });
  const verdict = verifyChain(auditFiles(dir), [dir]);
  expect(verdict.broken).toBeUndefined();
  expect(verdict).toMatchObject({ lines: 14, lastSeq: 14 });
  const intact = await runCli(['audit', 'verify', dir]);
  expect(intact.output).toContain('audit chain intact: 14 line(s) in 2 file(s)');
  expect(intact.code, intact.output).toBe(0);
});

test('workers appending at once still make one unbroken chain', async () => {
  const dir = tempDir('audit');
  const log = new AuditLog(path.join(dir, '20260101T000000Z-cccccc.jsonl'));
  await Promise.all(Array.from({ length: 20 }, (_, n) => new AuditLog(log.file).append(runStart('same', n))));
  expect(verifyChain(auditFiles(dir), [dir])).toMatchObject({ lines: 20 });
  expect(verifyChain(auditFiles(dir), [dir]).broken).toBeUndefined();
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

test('a deleted, reordered or inserted line breaks the chain where it happened', async () => {
  const deleted = await writeTwoRuns(tempDir('audit'));
  editLine(deleted[0], (lines) => lines.splice(1, 1));
  expect(verifyChain(deleted).broken).toMatchObject({ file: deleted[0], line: 2 });
  expect(verifyChain(deleted).broken?.why).toContain('deleted, inserted or reordered');

  // Each line still links to the one before it, but the file holds them out of the order they were written in.
  const reordered = await writeTwoRuns(tempDir('audit'));
  editLine(reordered[1], (lines) => lines.reverse());
  expect(verifyChain(reordered).broken).toMatchObject({
    file: reordered[1],
    line: 3,
    why: `${reordered[1]}:2, written after it, comes before it in the file: lines were reordered`,
  });

  const inserted = await writeTwoRuns(tempDir('audit'));
  const forged = link(runStart('forged', 9), linesOf(inserted[0])[1]);
  editLine(inserted[0], (lines) => lines.splice(2, 0, JSON.stringify(forged)));
  expect(verifyChain(inserted).broken?.why).toContain(`as ${inserted[0]}:`);
  expect(verifyChain(inserted).broken?.why).toContain(
    'a line was inserted here, or two writers forked the chain',
  );

  const lostRun = await writeTwoRuns(tempDir('audit'));
  expect(verifyChain([lostRun[1]]).broken).toMatchObject({
    line: 1,
    why: 'the chain does not start here: earlier lines or files were deleted',
  });
});

test('deleting the last lines or the newest file is caught by the folder’s head, a rewritten chain by a head kept elsewhere', async () => {
  const lastLines = tempDir('audit');
  const files = await writeTwoRuns(lastLines);
  editLine(files[1], (lines) => lines.splice(1));
  const cut = await runCli(['audit', 'verify', lastLines]);
  expect(cut.output).toContain(
    `audit chain BROKEN at ${path.join(lastLines, HEAD_FILE)}: the head records line 6 (hash ${readHead(lastLines)?.hash}), ` +
      'but the chain ends at line 4: its last lines or newest file were deleted',
  );
  expect(cut.code).toBe(1);

  const newestFile = tempDir('audit');
  rmSync((await writeTwoRuns(newestFile))[1]);
  expect(verifyChain(auditFiles(newestFile), [newestFile]).broken?.why).toContain(
    'but the chain ends at line 3: its last lines or newest file were deleted',
  );

  // Someone who can rewrite every line, its hashes and the head leaves an intact chain: only a head kept
  // elsewhere (run and merge print it) tells.
  const rewritten = tempDir('audit');
  const kept = (await new AuditLog(path.join(rewritten, 'a.jsonl')).append(runStart('real', 0))).hash;
  const keptCheck = await runCli(['audit', 'verify', rewritten, '--expect-head', kept]);
  expect(keptCheck.output).toContain('the head you kept is line 1: every line up to it is as it was written');
  expect(keptCheck.code, keptCheck.output).toBe(0);
  rmSync(path.join(rewritten, 'a.jsonl'));
  rmSync(path.join(rewritten, HEAD_FILE));
  await new AuditLog(path.join(rewritten, 'a.jsonl')).append(runStart('forged', 0));
  expect((await runCli(['audit', 'verify', rewritten])).code).toBe(0);
  const caught = await runCli(['audit', 'verify', rewritten, '--expect-head', kept]);
  expect(caught.output).toContain(`audit chain does NOT hold the head you kept (${kept})`);
  expect(caught.code).toBe(1);

  const badHash = await runCli(['audit', 'verify', rewritten, '--expect-head', 'abc']);
  expect(badHash.output).toContain('--expect-head expects the 64 hexadecimal characters');
  expect(badHash.code).toBe(2);
});

test('a line a killed writer cut short is shown by verify, then recorded by the next writer, which goes on from the line before', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  const cutText = '{"event":"impersonation.start","at":"2026-01-01T01:00:09.000Z","runId":"sec';
  const headBefore = readHead(dir);
  // The writer had announced the line in the head, then died mid-line.
  writeHead(dir, {
    ...(headBefore as NonNullable<typeof headBefore>),
    writing: { file: path.basename(files[1]), size: readFileSync(files[1]).length },
  });
  appendFileSync(files[1], cutText);

  const shown = await runCli(['audit', 'verify', dir]);
  expect(shown.output).toContain(
    `the audit log ends in a partial line at ${files[1]}:4 (a writer was killed); audit verify shows it.`,
  );
  expect(shown.output).toContain('audit chain intact: 6 line(s) in 2 file(s)');
  expect(shown.code, shown.output).toBe(0);

  const next = await new AuditLog(path.join(dir, '20260101T020000Z-cccccc.jsonl')).append(
    runStart('third', 0),
  );
  expect(next.seq).toBe(8);
  const [recorded] = linesOf(path.join(dir, '20260101T020000Z-cccccc.jsonl'));
  expect(recorded).toMatchObject({
    event: 'audit.partial-line',
    seq: 7,
    prev: headBefore?.hash,
    partialLine: { file: path.basename(files[1]), line: 4, bytes: cutText.length },
  });
  const verdict = verifyChain(auditFiles(dir), [dir]);
  expect(verdict.broken).toBeUndefined();
  expect(verdict.cutShort).toEqual([{ file: files[1], line: 4, recorded: true }]);

  // The same run's workers go on writing its file: the cut line is ended first, so their lines stay whole.
  await new AuditLog(files[1]).append(runStart('second', 10));
  expect(readFileSync(files[1], 'utf8')).toContain(`${cutText}\n{`);
  expect(verifyChain(auditFiles(dir), [dir]).broken).toBeUndefined();
});

test('a folder written before there was a head, ending in a cut line, is continued from its last whole line', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  rmSync(path.join(dir, HEAD_FILE));
  appendFileSync(files[1], '{"event":"run.st');
  const next = await new AuditLog(path.join(dir, '20260101T020000Z-cccccc.jsonl')).append(
    runStart('third', 0),
  );
  expect(next.seq).toBe(8);
  expect(verifyChain(auditFiles(dir), [dir])).toMatchObject({
    lines: 8,
    cutShort: [{ file: files[1], line: 4, recorded: true }],
  });
});

test('a writer killed after its line was whole, before it moved the head, is followed by the next line', async () => {
  const dir = tempDir('audit');
  const files = await writeTwoRuns(dir);
  const head = readHead(dir) as NonNullable<ReturnType<typeof readHead>>;
  const finished = link(runStart('second', 5), head);
  writeHead(dir, {
    ...head,
    writing: { file: path.basename(files[1]), size: readFileSync(files[1]).length },
  });
  appendFileSync(files[1], `${JSON.stringify(finished)}\n`);
  const next = await new AuditLog(files[1]).append(runStart('second', 6));
  expect(next).toMatchObject({ seq: 8, prev: finished.hash });
  expect(verifyChain(auditFiles(dir), [dir])).toMatchObject({ lines: 8, cutShort: [] });
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

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { playwrightPart } from '../../config/build';
import { auditFile, ensureRunId } from '../../config/run-context';
import { auditFiles } from '../../fixtures/audit-files';
import { readHead } from '../../fixtures/audit-head';
import { AuditLog } from '../../fixtures/audit-log';
import { brokenPlace, brokenWords, cutShortWords, headWords } from '../audit/chain-words';
import { mergeChains } from '../audit/merge-chains';
import { ALLURE_FILE_PREFIX } from '../reporters/access-matrix-reporter';
import { shownPath } from '../shown-path';
import { renderAllure } from './allure-render';
import { parse } from './args';
import { UsageError } from './usage-error';

// The run's own reporters where it matters: expectation failures as JUnit <failure>, matrices as whole tables.
const MERGED_REPORTERS = [
  'html',
  playwrightPart('runner/reporters/junit-reporter.ts'),
  playwrightPart('runner/reporters/access-matrix-reporter.ts'),
];

/**
 * `persona-ux merge SHARD_REPORTS… --out DIR`: the reports folders of a sharded run (run --shard I/N) as one —
 * one HTML report and JUnit file from the shards' blob reports, one Allure report, and one verified audit
 * chain. Exit 2 when a folder is no shard's reports (no audit log); exit 1 when a shard's audit chain or the
 * one merged into is broken (nothing is merged then), or when Playwright cannot merge the blob reports.
 */
export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' } });
  if (positionals.length === 0 || !values.out) {
    throw new UsageError(
      'merge needs the shards’ reports folders and --out DIR, e.g. merge shard-1 shard-2 --out reports',
    );
  }
  const shards = positionals.map((dir) => path.resolve(dir));
  for (const dir of shards) if (!existsSync(dir)) throw new UsageError(`${dir} does not exist.`);
  const seen = new Map<string, string>();
  for (const [index, dir] of shards.entries()) {
    const same = seen.get(realpathSync(dir));
    if (same !== undefined) {
      throw new UsageError(
        `${positionals[index]} is the same folder as ${same}: each shard's reports count once. Name every shard's folder once.`,
      );
    }
    seen.set(realpathSync(dir), positionals[index]);
  }
  for (const [index, dir] of shards.entries()) {
    if (auditFiles(path.join(dir, 'audit')).length === 0) {
      throw new UsageError(
        `${positionals[index]} has no audit log (${path.join(positionals[index], 'audit', '*.jsonl')}): every shard's ` +
          'run writes one before its first Login-As, so this is not a shard’s reports folder, or its audit log was ' +
          'removed. Nothing was merged.',
      );
    }
  }
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });

  const env: NodeJS.ProcessEnv = { ...process.env, PERSONA_UX_REPORTS_DIR: out };
  const merged = new AuditLog(auditFile(`${ensureRunId(env)}-merged`, env));
  const audit = await mergeChains(
    shards.map((dir) => ({ name: path.basename(dir), dir: path.join(dir, 'audit') })),
    merged,
  );
  if ('broken' in audit) {
    const { shard, verdict } = audit.broken;
    console.error(
      `persona-ux merge: shard ${shard}'s audit chain is BROKEN at ${brokenPlace(verdict)}. Nothing was merged; keep the shard as evidence.`,
    );
    return 1;
  }
  if ('targetBroken' in audit) {
    console.error(
      `persona-ux merge: the chain merged into, in ${shownPath(path.dirname(merged.file))}: ${brokenWords(audit.targetBroken)}. ` +
        'Nothing was merged: lines added to it would hide the break. Keep that folder as evidence and merge into another.',
    );
    return 1;
  }
  for (const cut of audit.cutShort) console.error(`note: ${cutShortWords(cut)}.`);
  console.log(
    `merged audit: ${audit.lines} line(s) into one chain  ${shownPath(path.dirname(merged.file))}` +
      (audit.alreadyMerged > 0
        ? ` (${audit.alreadyMerged} line(s) it already held, from an earlier merge, were not added again)`
        : ''),
  );

  const blobsMerged = await mergeBlobReports(shards, out, env);
  const results = path.join(out, 'allure-results');
  for (const dir of shards) {
    const shardResults = path.join(dir, 'allure-results');
    if (existsSync(shardResults) && shardResults !== results)
      cpSync(shardResults, results, {
        recursive: true,
        // A shard's matrix tables hold its own columns only; the merged run wrote the whole tables.
        filter: (file) => !path.basename(file).startsWith(ALLURE_FILE_PREFIX),
      });
  }
  await renderAllure(out, env);
  const head = readHead(path.dirname(merged.file));
  if (head && head.seq > 0) console.log(headWords(head));
  return blobsMerged ? 0 : 1;
}

/** The shards' blob reports as one HTML report and JUnit file; false when Playwright could not merge them. */
async function mergeBlobReports(shards: string[], out: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const blobs = path.join(out, 'blob');
  rmSync(blobs, { recursive: true, force: true });
  mkdirSync(blobs, { recursive: true });
  for (const dir of shards) {
    const shardBlobs = path.join(dir, 'blob');
    if (existsSync(shardBlobs)) cpSync(shardBlobs, blobs, { recursive: true });
  }
  if (readdirSync(blobs).length === 0) {
    console.log('persona-ux merge: no blob reports in the shards (run them with --shard I/N).');
    return true;
  }
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        require.resolve('@playwright/test/cli'),
        'merge-reports',
        '--reporter',
        MERGED_REPORTERS.join(','),
        blobs,
      ],
      {
        env: {
          ...env,
          PLAYWRIGHT_HTML_OUTPUT_DIR: path.join(out, 'html'),
          PLAYWRIGHT_HTML_OPEN: 'never',
          PLAYWRIGHT_JUNIT_OUTPUT_FILE: path.join(out, 'junit.xml'),
          PERSONA_UX_ACCESS_MATRIX_DIR: path.join(out, 'access-matrix'),
          PERSONA_UX_ACCESS_MATRIX_ALLURE_DIR: path.join(out, 'allure-results'),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.on('error', () => resolve(1));
    child.on('exit', (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) {
    console.error(
      `persona-ux merge: Playwright could not merge the blob reports (exit ${code}); the merged HTML report and ` +
        'JUnit file are missing or incomplete.',
    );
    return false;
  }
  console.log(
    `merged html  ${shownPath(path.join(out, 'html', 'index.html'))}\nmerged junit ${shownPath(path.join(out, 'junit.xml'))}`,
  );
  return true;
}

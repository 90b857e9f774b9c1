import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { OrgConnection } from '../../fixtures/org-connection';
import { countLoginAsEvents } from '../../runner/audit/reconcile';
import { runCli, tempDir } from '../e2e/cli-run';

test('audit report and reconcile refuse an audit folder that does not exist, before signing in', async () => {
  const missing = path.join(tempDir('project'), 'reports', 'audit');
  for (const subcommand of ['report', 'reconcile']) {
    const { code, output } = await runCli(['audit', subcommand, missing]);
    expect(output).toContain(`${missing} does not exist. Name an audit folder or .jsonl files.`);
    expect(output).not.toContain('UNDOCUMENTED');
    expect(code, output).toBe(2);
  }
  const empty = tempDir('audit');
  const none = await runCli(['audit', 'reconcile', empty]);
  expect(none.output).toContain(`no audit files (*.jsonl) in ${empty}; nothing to reconcile against.`);
  expect(none.code).toBe(2);
});

test('merge refuses a shard folder named twice, also under another spelling', async () => {
  const shard = tempDir('shard');
  mkdirSync(path.join(shard, 'audit'));
  writeFileSync(path.join(shard, 'audit', 'run.jsonl'), '');
  const { code, output } = await runCli(['merge', shard, `${shard}/.`, '--out', tempDir('merged')]);
  expect(output).toContain(`${shard}/. is the same folder as ${shard}: each shard's reports count once.`);
  expect(code, output).toBe(2);
});

test("LoginAsEventLog's refusal is reported by its code and the line that says what is wrong", async () => {
  const refused = Object.assign(
    new Error(
      "\nSELECT Id FROM LoginAsEventLog WHERE EventDate >= 2026-01-01T00:00:00Z\n               ^\nERROR at Row:1:Column:16\nsObject type 'LoginAsEventLog' is not supported.",
    ),
    { errorCode: 'INVALID_TYPE' },
  );
  const org = { conn: { query: () => Promise.reject(refused) } } as unknown as OrgConnection;
  expect(await countLoginAsEvents(org, new Date('2026-01-01'))).toEqual({
    unavailable: "INVALID_TYPE: sObject type 'LoginAsEventLog' is not supported.",
  });
});

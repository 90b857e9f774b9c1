import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { unwritableFolderReason } from '../../config/writable-folder';
import { ROOT, runCli, tempDir } from './cli-run';

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');

test('reports under a file stop run with exit 2 and what to do, before the admin signs in', async () => {
  const file = path.join(tempDir('project'), 'reports.txt');
  writeFileSync(file, 'not a folder');
  const { code, output } = await runCli(['run', SCENARIO], {
    env: { PERSONA_UX_REPORTS_DIR: path.join(file, 'reports') },
  });
  expect(output).toContain(`${file} is a file, not a folder`);
  expect(output).toContain('set PERSONA_UX_REPORTS_DIR to a folder you can write');
  expect(output).not.toContain('ENOTDIR');
  expect(output).not.toContain('target:');
  expect(code, output).toBe(2);
});

test('an audit folder that is a file stops run with exit 2', async () => {
  const reports = tempDir('reports');
  writeFileSync(path.join(reports, 'audit'), '');
  const { code, output } = await runCli(['run', SCENARIO], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(output).toContain(`${path.join(reports, 'audit')} is a file, not a folder`);
  expect(code, output).toBe(2);
});

test('a folder not yet made is writable when its nearest folder is, and asking makes nothing', () => {
  const parent = tempDir('reports');
  expect(unwritableFolderReason(path.join(parent, 'reports', 'audit'))).toBeUndefined();
  expect(existsSync(path.join(parent, 'reports'))).toBe(false);
});

test('a folder without write permission is named', () => {
  const parent = tempDir('reports');
  test.skip(process.getuid?.() === 0, 'root may write any folder');
  const locked = path.join(parent, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  expect(unwritableFolderReason(path.join(locked, 'audit'))).toBe(`${locked} is not writable (EACCES)`);
});

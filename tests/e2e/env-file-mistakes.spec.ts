import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, readAudit, runCli, tempDir } from './cli-run';

/** A project folder: a .env of these lines beside the demo personas and one demo scenario. */
function projectWithDotEnv(...lines: string[]): string {
  const project = tempDir('project');
  for (const file of ['personas.yaml', 'sdr-sees-routed-lead.yaml']) {
    cpSync(path.join(ROOT, 'scenarios', file), path.join(project, 'scenarios', file));
  }
  writeFileSync(path.join(project, '.env'), `${lines.join('\n')}\n`);
  return project;
}

test('validate --offline stops at a misspelt ticket pattern in .env instead of leaving the pattern unenforced', async () => {
  const project = projectWithDotEnv('SF_API_VERSION=62.0', 'PERSONA_UX_TICKET_PATERN=^[A-Z]+-\\d+$');
  const { code, output } = await runCli(['validate', '--offline', 'scenarios'], { cwd: project });
  expect(output).toContain(
    '.env:2:1 PERSONA_UX_TICKET_PATERN is not a variable persona-ux reads, so it would be ignored. Did you mean "PERSONA_UX_TICKET_PATTERN"?',
  );
  expect(code, output).toBe(2);

  // The environment is not checked: a CI job's or shell's SF_* variables belong to other programs too.
  writeFileSync(path.join(project, '.env'), 'SF_API_VERSION=62.0\n');
  const clean = await runCli(['validate', '--offline', 'scenarios'], {
    cwd: project,
    env: { SF_TARGET_ORG: 'dev', PERSONA_UX_TICKET_PATERN: 'x' },
  });
  expect(clean.code, clean.output).toBe(0);
});

test('lowercase sf_username / sf_password in .env stop validate, doctor and access (exit 2) instead of a quiet run on the emulator', async () => {
  const project = projectWithDotEnv('sf_username=admin@acme.com.uat', 'sf_password=hunter2');
  const typos = [
    '.env:1:1 sf_username is not a variable persona-ux reads, so it would be ignored: names are case-sensitive. Did you mean "SF_USERNAME"?',
    '.env:2:1 sf_password is not a variable persona-ux reads, so it would be ignored: names are case-sensitive. Did you mean "SF_PASSWORD"?',
  ];
  for (const args of [
    ['validate', 'scenarios'],
    ['access', 'snapshot', 'scenarios'],
  ]) {
    const { code, output } = await runCli(args, { cwd: project });
    for (const typo of typos) expect(output).toContain(typo);
    expect(output).not.toContain('hunter2');
    expect(output).not.toContain('org emulator');
    expect(code, output).toBe(2);
  }
  const doctor = await runCli(['doctor', '--json', 'scenarios'], { cwd: project });
  const report = JSON.parse(doctor.output.slice(doctor.output.indexOf('{')));
  expect(report.target).toBe('none: the org settings are not usable');
  expect(report.checks.map((check: { detail: string }) => check.detail)).toEqual(typos);
  expect(doctor.code, doctor.output).toBe(2);
});

test('a misspelt SF_USERNAME is named first, with the name meant, before what it leaves empty', async () => {
  const project = projectWithDotEnv(
    'SF_LOGIN_URL=https://test.salesforce.com',
    'SF_USERNAM=admin@acme.com.uat',
    'SF_PASSWORD=hunter2',
    'SF_API_VERSION=62',
  );
  const { code, output } = await runCli(['validate', 'scenarios'], { cwd: project });
  const lines = output.split('\n').map((line) => line.trim());
  const typo = lines.indexOf(
    '.env:2:1 SF_USERNAM is not a variable persona-ux reads, so it would be ignored. Did you mean "SF_USERNAME"?',
  );
  const empty = lines.findIndex((line) =>
    line.startsWith('.env:3:1 SF_PASSWORD is set, but SF_USERNAME is empty: set SF_USERNAME'),
  );
  expect(typo, output).toBeGreaterThanOrEqual(0);
  expect(empty, output).toBeGreaterThan(typo);
  expect(output).toContain('.env:4:16 SF_API_VERSION=62: must look like 62.0');
  expect(output).not.toContain('hunter2');
  expect(code, output).toBe(2);
});

test('plain `playwright test` (UI mode, VS Code) stops at a misspelt SF_USERNAME in .env before the emulator starts', async () => {
  const project = projectWithDotEnv('SF_USERNAM=admin@acme.com.uat', 'SF_PASSWORD=hunter2');
  const reports = tempDir('reports');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('SF_') && !name.startsWith('PERSONA_UX_'),
    ),
  );
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [require.resolve('@playwright/test/cli'), 'test', '-c', path.join(ROOT, 'playwright.config.ts')],
      {
        cwd: project,
        env: {
          ...env,
          PERSONA_UX_REPORTS_DIR: reports,
          PERSONA_UX_SCENARIOS: JSON.stringify([
            path.join(project, 'scenarios', 'sdr-sees-routed-lead.yaml'),
          ]),
          FORCE_COLOR: '0',
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (exitCode) => resolve({ code: exitCode, output }));
  });
  expect(output).toContain(
    '.env:1:1 SF_USERNAM is not a variable persona-ux reads, so it would be ignored. Did you mean "SF_USERNAME"?',
  );
  expect(output).not.toContain('hunter2');
  expect(output).not.toContain('org emulator');
  expect(code, output).not.toBe(0);
  expect(readAudit(reports)).toEqual([]);
});

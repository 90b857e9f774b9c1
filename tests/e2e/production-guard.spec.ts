import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// Each test runs a whole `persona-ux run` in a child process against an emulated org this test owns.
test.describe.configure({ timeout: 180_000, mode: 'serial' });

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
let production: RunningEmulator;
test.beforeAll(async () => {
  const org = loadOrgDefinition(DEFAULT_ORG_FILE);
  org.org.isSandbox = false;
  org.org.name = 'Acme Production';
  production = await startEmulator({ org, port: 0 });
});
test.afterAll(async () => production?.stop());

function orgEnv(emulator: RunningEmulator, reports: string): NodeJS.ProcessEnv {
  return { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports };
}

async function leadCount(emulator: RunningEmulator): Promise<number> {
  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  return (await conn.query('SELECT COUNT() FROM Lead')).totalSize;
}

test('a production org is refused with exit 3 before any record is created or any Login-As happens', async () => {
  const before = await leadCount(production);
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', SCENARIO], { env: orgEnv(production, reports) });

  expect(output).toContain('Acme Production (00DAu00000AcMeDMAV), PRODUCTION on CS42');
  expect(output).toContain('is a production org (Organization.IsSandbox is false)');
  expect(output).toContain('--allow-production "<reason and ticket>"');
  expect(output).not.toContain('Running 1 test');
  expect(code, output).toBe(3);
  expect(await leadCount(production)).toBe(before);
  expect(readAudit(reports).filter((line) => String(line.event).startsWith('impersonation'))).toEqual([]);
});

test('--allow-production runs, records the reason in the audit log and names the org in the summary', async () => {
  const reports = tempDir('reports');
  const { code, output } = await runCli(
    ['run', SCENARIO, '--allow-production', 'CHG-77 approved smoke test'],
    {
      env: orgEnv(production, reports),
    },
  );
  expect(output).toContain(
    'target: Acme Production (00DAu00000AcMeDMAV), PRODUCTION on CS42, Enterprise Edition at ' +
      `${production.url} — production allowed: "CHG-77 approved smoke test"`,
  );
  expect(code, output).toBe(0);
  const [start, ...rest] = readAudit(reports);
  expect(start).toMatchObject({
    event: 'run.start',
    org: { id: production.orgId, name: 'Acme Production', isSandbox: false, instanceName: 'CS42' },
    admin: { username: production.admin.username },
    allowProduction: { reason: 'CHG-77 approved smoke test' },
  });
  expect(rest.map((line) => line.event)).toEqual(['impersonation.start', 'impersonation.end']);
});

test('a sandbox run names the target org, sandbox, in the summary and the audit log', async () => {
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', SCENARIO], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(output).toMatch(
    /target: org emulator Acme Demo at http:\/\/127\.0\.0\.1:\d+ — Acme Demo \(00DAu00000AcMeDMAV\), sandbox on CS42, Enterprise Edition/,
  );
  expect(code, output).toBe(0);
  expect(readAudit(reports)[0]).toMatchObject({ event: 'run.start', org: { isSandbox: true } });
  expect(readAudit(reports)[0]).not.toHaveProperty('allowProduction');
});

test('org settings are checked before a browser starts: each bad variable named, exit 2', async () => {
  const reports = tempDir('reports');
  const plainHttp = await runCli(['run', SCENARIO], {
    env: {
      ...orgEnv(production, reports),
      SF_LOGIN_URL: 'http://acme.my.salesforce.com',
      SF_API_VERSION: 'v62',
    },
  });
  expect(plainHttp.output).toContain(
    'SF_LOGIN_URL=http://acme.my.salesforce.com (from the environment): must use https',
  );
  expect(plainHttp.output).toContain('SF_API_VERSION=v62 (from the environment): must look like 62.0');
  expect(plainHttp.output).toContain('No browser was started.');
  expect(plainHttp.code).toBe(2);

  const noPassword = await runCli(['run', SCENARIO], {
    env: { ...orgEnv(production, reports), SF_PASSWORD: '', SF_CLIENT_SECRET: '' },
  });
  expect(noPassword.output).toContain(
    'SF_USERNAME (from the environment) is set, but SF_PASSWORD is missing',
  );
  expect(noPassword.code).toBe(2);

  const emptyReason = await runCli(['run', SCENARIO, '--allow-production', ' '], {
    env: orgEnv(production, reports),
  });
  expect(emptyReason.output).toContain('--allow-production needs the reason');
  expect(emptyReason.code).toBe(2);
});

test('an unexpected failure or a broken org definition never ends in a stack trace', async () => {
  const { code, output } = await runCli(['run', SCENARIO], {
    env: { PERSONA_UX_ORG: '/nonexistent/org.yaml', PERSONA_UX_EMULATOR_DATA: 'off' },
  });
  expect(output).toContain('/nonexistent/org.yaml:1:1 cannot read the file');
  expect(output).not.toMatch(/^\s+at /m);
  expect(code).toBe(2);
});

test('plain `playwright test` (UI mode, VS Code) goes through the same preflight and production guard', async () => {
  const reports = tempDir('reports');
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('SF_') && !name.startsWith('PERSONA_UX_'),
    ),
  );
  Object.assign(env, orgEnv(production, reports), {
    PERSONA_UX_SCENARIOS: JSON.stringify([SCENARIO]),
    FORCE_COLOR: '0',
  });
  const playwright = (extra: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [require.resolve('@playwright/test/cli'), 'test', '-c', path.join(ROOT, 'playwright.config.ts')],
        {
          cwd: ROOT,
          env: { ...env, ...extra },
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('exit', (code) => resolve({ code, output }));
    });
  const refused = await playwright({});
  expect(refused.output).toContain('is a production org (Organization.IsSandbox is false)');
  expect(refused.code).not.toBe(0);
  expect(readAudit(reports)).toEqual([]);

  const allowed = await playwright({ PERSONA_UX_ALLOW_PRODUCTION: 'CHG-78 smoke test' });
  expect(allowed.code, allowed.output).toBe(0);
  const audit = readAudit(reports);
  expect(audit.map((line) => line.event)).toEqual(['run.start', 'impersonation.start', 'impersonation.end']);
  expect(audit[0]).toMatchObject({ allowProduction: { reason: 'CHG-78 smoke test' } });
});

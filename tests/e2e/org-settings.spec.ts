import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type OrgDefinition, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// Each test runs a whole `persona-ux run` (browser, workers, reports) in a child process.
test.describe.configure({ timeout: 180_000 });

// persona-ux against an org whose settings an admin changed: the seed guide's troubleshooting cases.
async function runAgainst(org: OrgDefinition, args: string[]) {
  const emulator = await startEmulator({ org, port: 0 });
  const reports = tempDir('reports');
  try {
    const result = await runCli(args, {
      env: {
        ...emulatorOrgEnv(emulator),
        PERSONA_UX_REPORTS_DIR: reports,
      },
    });
    return { ...result, reports };
  } finally {
    await emulator.stop();
  }
}

test('with "Administrators Can Log in as Any User" off, preflight stops the run (exit 3) and says what to check', async () => {
  const org = loadOrgDefinition(DEFAULT_ORG_FILE);
  org.security.adminsCanLogInAsAnyUser = false;
  const { code, output, reports } = await runAgainst(org, [
    'run',
    path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'),
  ]);
  expect(code, output).toBe(3);
  expect(output).toContain('Login Access Policy: "Administrators Can Log in as Any User" is off');
  expect(output).toContain('Setup > Login Access Policies > turn on "Administrators Can Log in as Any User"');
  expect(output).toContain('preflight stopped the run before anything was created or impersonated');
  // Nothing was impersonated, so nothing is audited.
  expect(existsSync(path.join(reports, 'audit'))).toBe(false);
});

test('with "Force relogin after Login-As-User" on, the admin enters again before the next scenario', async () => {
  const org = loadOrgDefinition(DEFAULT_ORG_FILE);
  org.session.forceReloginAfterLoginAs = true;
  // Three scenarios of three personas, one after another: the second and third start from the session the
  // relogin ended.
  const { code, output, reports } = await runAgainst(org, [
    'run',
    ...['sdr-sees-routed-lead', 'finance-sees-credit-limit', 'ae-sees-lead-revenue'].map((id) =>
      path.join(ROOT, 'scenarios', `${id}.yaml`),
    ),
    '--workers',
    '1',
  ]);
  expect(code, output).toBe(0);
  const passed = Number(/(\d+) passed, 0 failed/.exec(output)?.[1]);
  expect(passed, output).toBe(3);
  const ends = readAudit(reports).filter((event) => event.event === 'impersonation.end');
  expect(ends.map((event) => event.loggedOut)).toEqual(Array(passed).fill(true));
});

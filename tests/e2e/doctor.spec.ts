import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type OrgDefinition, startEmulator } from '../../emulator';
import { AuditLog } from '../../fixtures/audit-log';
import { emulatorOrgEnv, ROOT, runCli, tempDir } from './cli-run';

// `persona-ux doctor` against orgs staged like the rows of the seed guide's troubleshooting table.
test.describe.configure({ timeout: 120_000 });

interface DoctorCheck {
  name: string;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  fix?: string;
}

async function doctor(
  org: OrgDefinition,
  options: { username?: string; personas?: string; args?: string[]; reports?: string } = {},
): Promise<{ code: number; output: string; checks: DoctorCheck[] }> {
  const emulator = await startEmulator({ org, port: 0 });
  const scenarios = tempDir('scenarios');
  if (options.personas) {
    // Only the SDR's scenario, with the SDR persona as the test stages it.
    cpSync(path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'), path.join(scenarios, 'sdr.yaml'));
    writeFileSync(path.join(scenarios, 'personas.yaml'), options.personas);
  } else {
    cpSync(path.join(ROOT, 'scenarios'), scenarios, { recursive: true });
  }
  try {
    const { code, output } = await runCli(['doctor', scenarios, '--json', ...(options.args ?? [])], {
      env: {
        ...emulatorOrgEnv(emulator),
        // Every demo user has the admin's demo password.
        SF_USERNAME: options.username ?? emulator.admin.username,
        PERSONA_UX_REPORTS_DIR: options.reports ?? tempDir('reports'),
      },
    });
    expect(output, 'doctor --json prints its checks').toContain('"checks"');
    return { code, output, checks: JSON.parse(output.slice(output.indexOf('{'))).checks };
  } finally {
    await emulator.stop();
  }
}

const demoOrg = () => loadOrgDefinition(DEFAULT_ORG_FILE);
const check = (checks: DoctorCheck[], name: string) => checks.find((c) => c.name === name);

/** Doctor fails the check `name` with a detail and a fix that say these, and exits 3. */
async function expectFailedCheck(
  run: ReturnType<typeof doctor>,
  name: string,
  says: { detail: string; fix: string },
): Promise<void> {
  const { code, checks } = await run;
  expect(check(checks, name)).toMatchObject({
    status: 'fail',
    detail: expect.stringContaining(says.detail),
    fix: expect.stringContaining(says.fix),
  });
  expect(code).toBe(3);
}

test('a healthy org passes every check (exit 0), personas included', async () => {
  const { code, output, checks } = await doctor(demoOrg());
  expect(
    checks.filter((c) => c.status === 'fail'),
    output,
  ).toEqual([]);
  expect(check(checks, 'production guard')?.status).toBe('ok');
  expect(check(checks, 'persona sdr')).toMatchObject({
    status: 'ok',
    detail: expect.stringContaining('sam.sdr@acme-demo.example'),
  });
  expect(code).toBe(0);
});

test('"Log In button is missing": the Login Access Policy off fails with the fix', async () => {
  const org = demoOrg();
  org.security.adminsCanLogInAsAnyUser = false;
  await expectFailedCheck(doctor(org), 'Login Access Policy', {
    detail: '"Administrators Can Log in as Any User" is off',
    fix: 'Setup > Login Access Policies',
  });
});

test('"Log In button is missing" / "Access attempt fails immediately": an admin without the authority', async () => {
  const { code, checks } = await doctor(demoOrg(), { username: 'sasha.support@acme-demo.example' });
  expect(check(checks, 'admin: Modify All Data')).toMatchObject({
    status: 'fail',
    fix: expect.stringContaining('Give sasha.support@acme-demo.example Modify All Data'),
  });
  expect(check(checks, 'admin: View All Data')?.status).toBe('warn');
  expect(check(checks, 'admin: Manage Users')?.status).toBe('ok');
  expect(code).toBe(3);
});

test('"Access attempt fails immediately": a persona pointed at a frozen user', async () => {
  const personas = 'personas:\n  sdr:\n    username: felix.frozen@acme-demo.example\n';
  await expectFailedCheck(doctor(demoOrg(), { personas }), 'persona sdr', {
    detail: 'felix.frozen@acme-demo.example is frozen',
    fix: 'Point the persona at an active, unfrozen user',
  });
});

test('"Login works for some users but not others": a user whose access differs from the persona', async () => {
  const personas =
    'personas:\n  sdr:\n    username: sam.sdr@acme-demo.example\n    profile: Account Executive\n';
  await expectFailedCheck(doctor(demoOrg(), { personas }), 'persona sdr', {
    detail: 'has profile "Sales Development Rep"',
    fix: 'compare the users side by side',
  });
});

test('a production org fails the guard unless --allow-production is given; force relogin is a warning', async () => {
  const org = demoOrg();
  org.org.isSandbox = false;
  org.session.forceReloginAfterLoginAs = true;
  const refused = await doctor(org);
  expect(check(refused.checks, 'production guard')?.status).toBe('fail');
  expect(check(refused.checks, 'Session Settings')).toBeUndefined();
  expect(refused.code).toBe(3);

  const allowed = await doctor(org, { args: ['--allow-production', 'CHG-9 review'] });
  expect(check(allowed.checks, 'production guard')).toMatchObject({
    status: 'warn',
    detail: expect.stringContaining('allowed by --allow-production "CHG-9 review"'),
  });
  expect(check(allowed.checks, 'Session Settings')?.status).toBe('warn');
  expect(allowed.code, allowed.output).toBe(0);
});

test('doctor without --json prints a table; bad settings are exit 2', async () => {
  const emulatorLess = await runCli(['doctor'], {
    env: { SF_USERNAME: 'admin@acme.com', SF_PASSWORD: 'x', SF_LOGIN_URL: 'http://login.example.com' },
  });
  expect(emulatorLess.output).toContain('SF_LOGIN_URL=http://login.example.com');
  expect(emulatorLess.output).toContain('│ ✘ │ settings');
  expect(emulatorLess.code).toBe(2);
});

test('in a project with no scenarios yet, doctor checks the org and says no persona was checked', async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const project = tempDir('project');
    const { code, output } = await runCli(['doctor', '--json'], {
      cwd: project,
      env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: tempDir('reports') },
    });
    const checks: DoctorCheck[] = JSON.parse(output.slice(output.indexOf('{'))).checks;
    expect(check(checks, 'Login Access Policy')?.status, output).toBe('ok');
    expect(check(checks, 'personas')).toMatchObject({
      status: 'warn',
      detail: `no scenarios/ in ${project}: the org was checked, no persona`,
      fix: expect.stringContaining('persona-ux doctor path/to/scenarios'),
    });
    expect(code).toBe(0);
  } finally {
    await emulator.stop();
  }
  const named = await runCli(['doctor', 'no-such-folder'], { cwd: tempDir('project') });
  expect(named.output).toContain('No such file or directory');
  expect(named.code).toBe(2);
});

test('a Login-As an earlier, killed run started and never ended is reported with what to do', async () => {
  const reports = tempDir('reports');
  await new AuditLog(path.join(reports, 'audit', '20260101T000000Z-dead00.jsonl')).append({
    event: 'impersonation.start',
    at: '2026-01-01T00:00:05.000Z',
    runId: '20260101T000000Z-dead00',
    scenario: { id: 'sdr-sees-routed-lead', title: 'SDR', file: 'scenarios/sdr-sees-routed-lead.yaml' },
    persona: 'sdr',
    targetUser: { id: '005000000000002AAA', username: 'sam.sdr@acme-demo.example', name: 'Sam Rivera' },
    admin: { id: '005000000000001AAA', username: 'admin@acme-demo.example' },
    reason: 'Pre-release check',
    ticket: 'REVOPS-142',
    org: { id: '00DAu00000AcMeDMAV', instanceUrl: 'http://127.0.0.1' },
  });
  const { checks } = await doctor(demoOrg(), { reports });
  expect(check(checks, 'open Login-As sessions')).toMatchObject({
    status: 'warn',
    detail: expect.stringContaining(
      'audit log: sdr (sam.sdr@acme-demo.example) started 2026-01-01T00:00:05.000Z in run 20260101T000000Z-dead00, never ended',
    ),
    fix: expect.stringContaining('Session Management'),
  });
});

test('"Login works for some users but not others": a persona profile’s login IP ranges are named', async () => {
  const org = demoOrg();
  const sdrProfile = org.profiles.find((profile) => profile.name === 'Sales Development Rep');
  if (!sdrProfile) throw new Error('the demo org has no Sales Development Rep profile');
  sdrProfile.loginIpRanges = [{ start: '10.1.0.0', end: '10.1.255.255' }];
  const { checks } = await doctor(org);
  expect(check(checks, 'login restrictions: sdr')).toMatchObject({
    status: 'warn',
    detail: expect.stringContaining(
      'profile "Sales Development Rep" of sam.sdr@acme-demo.example restricts login IP ranges 10.1.0.0–10.1.255.255',
    ),
    fix: expect.stringContaining('compare the users side by side'),
  });
  expect(check(checks, 'login restrictions: ae')?.status).toBe('ok');
});

test('sandbox credentials with SF_USERNAME forgotten stop doctor with exit 2 instead of checking the emulator', async () => {
  const { code, output } = await runCli(['doctor', '--json'], {
    env: { SF_PASSWORD: 'secret', SF_CLIENT_ID: '3MVG9', SF_CLIENT_SECRET: 'shh' },
  });
  const report = JSON.parse(output.slice(output.indexOf('{')));
  expect(report.target).toBe('none: the org settings are not usable');
  expect(report.checks).toEqual([
    expect.objectContaining({
      name: 'settings',
      status: 'fail',
      detail: expect.stringContaining(
        'SF_PASSWORD, SF_CLIENT_ID and SF_CLIENT_SECRET are set, but SF_USERNAME is empty',
      ),
    }),
  ]);
  expect(code).toBe(2);
});

test('doctor names its target: the embedded emulator and its URL, or the org it signs in to', async () => {
  const embedded = await runCli(['doctor'], { cwd: tempDir('project') });
  expect(embedded.output).toMatch(
    /^target: org emulator Acme Demo at http:\/\/127\.0\.0\.1:\d+ — Acme Demo \(/m,
  );

  const emulator = await startEmulator({ port: 0 });
  try {
    const sandbox = await runCli(['doctor', '--json'], {
      cwd: tempDir('project'),
      env: emulatorOrgEnv(emulator),
    });
    expect(JSON.parse(sandbox.output.slice(sandbox.output.indexOf('{'))).target).toBe(
      `Acme Demo (${emulator.orgId}), sandbox on CS42, Enterprise Edition at ${emulator.url}`,
    );
  } finally {
    await emulator.stop();
  }
  const unreachable = await runCli(['doctor'], {
    cwd: tempDir('project'),
    env: { SF_LOGIN_URL: 'http://127.0.0.1:9', SF_USERNAME: 'admin@example.com', SF_PASSWORD: 'x' },
  });
  expect(unreachable.output).toContain('target: the org signed in to at http://127.0.0.1:9');
});

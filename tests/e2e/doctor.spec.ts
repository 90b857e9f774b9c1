import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type OrgDefinition, startEmulator } from '../../emulator';
import { AuditLog } from '../../fixtures/audit-log';
import { locators } from '../../pages/locators';
import { LoginAsBanner } from '../../pages/login-as-banner';
import { SetupUserDetailPage } from '../../pages/setup-user-detail-page';
import { newTestContext } from '../test-contexts';
import { adminConnection, emulatorOrgEnv, ROOT, runCli, tempDir } from './cli-run';
import { demoRunStart } from './run-start-line';

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
  const run = doctor(demoOrg(), { personas });
  await expectFailedCheck(run, 'persona sdr', {
    detail: 'felix.frozen@acme-demo.example is frozen',
    fix: 'Point the persona at an active, unfrozen user',
  });
  // Where to fix it: the persona's username (line 3, column 5).
  expect(check((await run).checks, 'persona sdr')?.fix).toMatch(/ in \S*personas\.yaml:3:5\. /);
});

test('"Login works for some users but not others": a user whose access differs from the persona', async () => {
  const personas =
    'personas:\n  sdr:\n    username: sam.sdr@acme-demo.example\n    profile: Account Executive\n';
  const run = doctor(demoOrg(), { personas });
  await expectFailedCheck(run, 'persona sdr', {
    detail: 'has profile "Sales Development Rep"',
    fix: 'compare the users side by side',
  });
  // Where to fix it: the persona's profile (line 4, column 5).
  expect(check((await run).checks, 'persona sdr')?.fix).toMatch(/ in \S*personas\.yaml:4:5\. /);
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

test('a Login-As a killed run left open is reported until the org records its logout; lines of other orgs are skipped', async ({
  browser,
}) => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const org = await adminConnection(emulator);
    const userId = async (username: string) =>
      (await org.conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${username}'`)).records[0]
        .Id;
    // The killed run wrote its start line and clicked Login, as an admin does in Setup.
    const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
    await page.goto('/');
    await page.locator(locators.login.username).fill(emulator.admin.username);
    await page.locator(locators.login.password).fill(emulator.admin.password);
    await page.locator(locators.login.submit).click();
    await page.waitForURL(/lightning/);
    const reports = tempDir('reports');
    const log = new AuditLog(path.join(reports, 'audit', '20261130T000000Z-dead00.jsonl'));
    const start = (persona: string, username: string, name: string, orgId = org.orgId) => ({
      event: 'impersonation.start' as const,
      at: new Date().toISOString(),
      runId: '20261130T000000Z-dead00',
      scenario: { id: `${persona}-check`, title: persona, file: `scenarios/${persona}.yaml` },
      persona,
      targetUser: { id: `005${persona}`, username, name },
      admin: { id: org.admin.id, username: org.admin.username },
      reason: 'Pre-release check',
      ticket: 'REVOPS-142',
      org: { id: orgId, instanceUrl: emulator.url },
    });
    await log.append(start('sdr', 'sam.sdr@acme-demo.example', 'Sam Rivera'));
    const detail = new SetupUserDetailPage(page);
    await detail.open(await userId('sam.sdr@acme-demo.example'));
    await detail.clickLogin();
    await expect(new LoginAsBanner(page).root).toBeVisible();
    // Killed before its Login click: the org never saw this one.
    await log.append(start('ae', 'ava.ae@acme-demo.example', 'Ava Chen'));
    // A run against another org, in the same reports folder.
    await log.append(start('ae', 'ava.ae@other.example', 'Ava Chen', '00DOTHER00000000AAA'));

    const doctorChecks = async () => {
      const { output } = await runCli(['doctor', '--json'], {
        cwd: tempDir('project'),
        env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
      });
      return JSON.parse(output.slice(output.indexOf('{'))).checks as DoctorCheck[];
    };
    const open = check(await doctorChecks(), 'open Login-As sessions');
    expect(open).toMatchObject({
      status: 'warn',
      detail: expect.stringMatching(
        /^audit log: sdr \(sam\.sdr@acme-demo\.example\) started \S+ in run 20261130T000000Z-dead00, never ended; the org recorded the Login-As \(SetupAuditTrail 0Ym\w+\) and no logout\n1 audit line\(s\) about other orgs skipped$/,
      ),
      fix: expect.stringContaining('Session Management'),
    });

    await new LoginAsBanner(page).logOut();
    expect(check(await doctorChecks(), 'open Login-As sessions')).toEqual({
      name: 'open Login-As sessions',
      status: 'ok',
      detail:
        'none left open by earlier runs; 1 start line(s) a killed run left were ended in the org (suOrgAdminLogout); ' +
        'the org has no Login-As for 1 start line(s) a killed run left (its Login click never reached the org, or ' +
        'SetupAuditTrail no longer keeps that day); 1 audit line(s) about other orgs skipped',
    });
    await org.conn.logout().catch(() => undefined);
  } finally {
    await emulator.stop();
  }
});

test('doctor names an audit log a killed writer cut short, and a broken chain, with what to do', async () => {
  const reports = tempDir('reports');
  const file = path.join(reports, 'audit', '20261130T000000Z-dead00.jsonl');
  await new AuditLog(file).append(demoRunStart('20261130T000000Z-dead00', '2026-11-30T00:00:00.000Z'));
  appendFileSync(file, '{"event":"impersonation.start","at":"2026-1');
  const cut = await doctor(demoOrg(), { reports });
  expect(check(cut.checks, 'audit log')).toMatchObject({
    status: 'warn',
    detail: expect.stringContaining(
      `the audit log ends in a partial line at ${file}:2 (a writer was killed); audit verify shows it.`,
    ),
  });
  expect(cut.code).toBe(0);

  writeFileSync(file, readFileSync(file, 'utf8').replace('CS42', 'CS43'));
  const broken = await doctor(demoOrg(), { reports });
  expect(check(broken.checks, 'audit log')).toMatchObject({
    status: 'fail',
    detail: `audit chain BROKEN at ${file}:1: the line was changed after it was written (its hash does not match its content)`,
    fix: expect.stringContaining('move it away'),
  });
  expect(broken.code).toBe(3);
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
        'SF_PASSWORD (from the environment), SF_CLIENT_ID and SF_CLIENT_SECRET are set, but SF_USERNAME is empty',
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

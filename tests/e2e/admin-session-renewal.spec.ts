import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { adminConnection, emulatorOrgEnv, ROOT, readAudit } from './cli-run';
import { groupGone, runnerOf } from './process-table';
import { salesforceCliStub } from './salesforce-cli-stub';
import { type StartedRun, startCliRun } from './started-run';

// Salesforce ends the admin's API session mid-run (Remove in Session Management, as the org's revoke endpoint
// does; a timeout ends it the same way): the run signs the admin in again and goes on, and whatever ends the run,
// no session it opened is left live. Each test owns an emulator, so it can ask which sessions are live.
test.describe.configure({ timeout: 240_000, mode: 'serial' });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

const RENEWED = "persona-ux: Salesforce ended the admin's API session mid-run";

/** The admin's live API sessions: the one the run signed in with, or the one it renewed. */
const adminApiSessions = () =>
  emulator
    .liveSessions()
    .filter((session) => session.type === 'Oauth2' && session.username === emulator.admin.username);

/** Ends the admin's API session in the org, as Setup → Session Management's Remove does. */
async function endAdminApiSessionInOrg(): Promise<string> {
  const [session] = adminApiSessions();
  expect(session, 'the run holds an admin API session').toBeDefined();
  const response = await fetch(`${emulator.url}/services/oauth2/revoke`, {
    method: 'POST',
    body: new URLSearchParams({ token: session.token }),
  });
  expect(response.ok).toBe(true);
  return session.token;
}

const impersonations = (run: StartedRun, event: string) =>
  existsSync(path.join(run.reports, 'audit'))
    ? readAudit(run.reports).filter((line) => line.event === event)
    : [];

/** Once a scenario has ended its Login-As, with more of the run to come. */
async function whenFirstScenarioEnds(run: StartedRun): Promise<void> {
  await expect
    .poll(() => impersonations(run, 'impersonation.end').length, { timeout: 150_000, intervals: [25] })
    .toBeGreaterThan(0);
}

test("the admin's API session ended between scenarios: the run signs in again, passes, says so, and leaves no session live", async () => {
  // Two scenarios that create test data, one worker: whichever runs second needs the API after the session ended.
  const run = startCliRun(
    [
      path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'),
      path.join(ROOT, 'scenarios', 'ae-sees-lead-revenue.yaml'),
      '--workers',
      '1',
    ],
    emulatorOrgEnv(emulator),
  );
  await whenFirstScenarioEnds(run);
  const ended = await endAdminApiSessionInOrg();
  expect(await run.exited, run.output()).toBe(0);
  expect(run.output()).toContain(RENEWED);
  const starts = impersonations(run, 'impersonation.start');
  expect(starts, run.output()).toHaveLength(2);
  expect(impersonations(run, 'impersonation.end').map((end) => end.outcome)).toEqual(['passed', 'passed']);
  expect(emulator.issuedSecrets()).toContain(ended);
  expect(
    emulator.liveSessions(),
    'every session the run opened (API, browser, Login-As, renewed API) is ended',
  ).toEqual([]);
});

test("--target-org: the Salesforce CLI's session ended between scenarios is refreshed through the CLI, the run passes, and the session stays the CLI's", async () => {
  const sf = salesforceCliStub(emulator.url, emulator.admin.username);
  const first = (await adminConnection(emulator)).sessionId();
  sf.holds(first);
  const run = startCliRun(
    [
      path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'),
      path.join(ROOT, 'scenarios', 'ae-sees-lead-revenue.yaml'),
      '--workers',
      '1',
      '--target-org',
      'uat',
    ],
    sf.env,
  );
  await whenFirstScenarioEnds(run);
  // What the CLI's refresh gets from Salesforce, once the session it had is ended.
  const refreshed = (await adminConnection(emulator)).sessionId();
  sf.holds(refreshed);
  const response = await fetch(`${emulator.url}/services/oauth2/revoke`, {
    method: 'POST',
    body: new URLSearchParams({ token: first }),
  });
  expect(response.ok).toBe(true);
  expect(await run.exited, run.output()).toBe(0);
  expect(run.output()).toContain(
    `${RENEWED} (session timeout, or ended in Session Management); the Salesforce CLI refreshed org "uat"'s session`,
  );
  expect(impersonations(run, 'impersonation.end').map((end) => end.outcome)).toEqual(['passed', 'passed']);
  expect(
    emulator.liveSessions().map((session) => session.token),
    "the refreshed session is the Salesforce CLI's: the run leaves it live",
  ).toEqual([refreshed]);
});

test('a CLI killed outright after renewing the admin API session: its runner logs out the renewed session', async () => {
  const run = startCliRun([path.join(ROOT, 'scenarios'), '--workers', '1'], emulatorOrgEnv(emulator));
  await whenFirstScenarioEnds(run);
  const ended = await endAdminApiSessionInOrg();
  await expect
    .poll(() => adminApiSessions().filter((session) => session.token !== ended).length, {
      timeout: 120_000,
      intervals: [25],
    })
    .toBe(1);
  await expect.poll(() => run.output(), { timeout: 30_000 }).toContain(RENEWED);
  const runner = runnerOf(run.child.pid as number);
  expect(runner, 'the CLI started the Playwright runner').toBeDefined();
  const group = (runner as { pid: number }).pid;
  run.child.kill('SIGKILL');
  try {
    await expect.poll(() => groupGone(group), { timeout: 150_000, intervals: [250] }).toBe(true);
  } finally {
    if (!groupGone(group)) process.kill(-group, 'SIGKILL');
  }
  expect(adminApiSessions(), `the renewed admin API session is logged out\n${run.output()}`).toEqual([]);
});

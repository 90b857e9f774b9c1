import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { adminConnection, emulatorOrgEnv, ROOT, readAudit, runCli, scenarioFolder, tempDir } from './cli-run';
import { holdingProxy, organizationQuery, tokenRequest } from './holding-proxy';
import { groupGone, runnerOf } from './process-table';
import { printedOrExited, type StartedRun, startCliRun } from './started-run';

// However the org checks before a run stop — a signal, a kill, an error — the admin's API session they opened
// is ended. Each test owns an emulator, so it can ask whether every session it issued is still alive.
test.describe.configure({ timeout: 120_000, mode: 'serial' });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

/** The emulator behind a proxy that holds the Organization query (the production guard's read) until released. */
const holdingOrganizationQuery = (target: string) => holdingProxy(target, organizationQuery);

/** `persona-ux run` of one demo scenario against `loginUrl`, in its own process group as a shell starts it. */
function startRun(
  loginUrl: string,
  scenarios = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'),
): StartedRun {
  return startCliRun([scenarios], { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: loginUrl });
}

async function sessionAlive(token: string): Promise<boolean> {
  const conn = new Connection({ instanceUrl: emulator.url, accessToken: token, version: '62.0' });
  return conn.identity().then(
    () => true,
    () => false,
  );
}

async function expectEverySessionEnded(why: string): Promise<void> {
  const issued = emulator.issuedSecrets();
  expect(issued.length, 'the checks signed the admin in').toBeGreaterThan(0);
  for (const secret of issued) expect(await sessionAlive(secret), why).toBe(false);
}

/** Stops a run with `send` while its checks wait for the org, then lets the org answer. */
async function stoppedWhileChecking(send: (run: StartedRun) => void): Promise<StartedRun> {
  const proxy = await holdingOrganizationQuery(emulator.url);
  try {
    const run = startRun(proxy.url);
    await proxy.reached;
    send(run);
    // The org answers late, as a slow one does: the checks go no further.
    setTimeout(proxy.release, 1_000);
    expect(await run.exited, run.output()).toBe(1);
    return run;
  } finally {
    await proxy.close();
  }
}

async function expectStoppedWhileChecking(run: StartedRun, signal: NodeJS.Signals): Promise<void> {
  expect(run.output()).toContain(
    `persona-ux: ${signal} stopped the run while it checked the org: nothing was created or impersonated, no run was recorded, and the admin's API session it opened is logged out.`,
  );
  expect(
    readAudit(run.reports).map((line) => line.event),
    'a run stopped before it went ahead is not recorded as started',
  ).toEqual([]);
  await expectEverySessionEnded("the admin's API session the checks opened is logged out");
}

test('Ctrl+C while the org is checked: the checks stop, nothing is recorded, the admin API session is logged out', async () => {
  const run = await stoppedWhileChecking((started) => process.kill(-(started.child.pid as number), 'SIGINT'));
  await expectStoppedWhileChecking(run, 'SIGINT');
});

test('SIGTERM to the CLI alone while the org is checked: the same', async () => {
  const run = await stoppedWhileChecking((started) => started.child.kill('SIGTERM'));
  await expectStoppedWhileChecking(run, 'SIGTERM');
});

test('Ctrl+C while the org is checked, and the org never answers: the run stops anyway, saying what may stay open', async () => {
  const proxy = await holdingOrganizationQuery(emulator.url);
  try {
    const run = startRun(proxy.url);
    await proxy.reached;
    process.kill(-(run.child.pid as number), 'SIGINT');
    expect(await run.exited, run.output()).toBe(1);
    expect(run.output()).toContain(
      'persona-ux: SIGINT stopped the run while it checked the org, and the org did not answer within 10 s: nothing ' +
        "was created or impersonated, no run was recorded; the admin's API session the checks opened may stay open " +
        "until the org's session timeout (Setup → Session Management ends it sooner).",
    );
    expect(readAudit(run.reports)).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test('Ctrl+C twice while the org is checked: the second stops the run at once, also once the runner has ended', async () => {
  const proxy = await holdingOrganizationQuery(emulator.url);
  try {
    const run = startRun(proxy.url);
    await proxy.reached;
    const runner = runnerOf(run.child.pid as number);
    expect(runner, 'the runner waits for the go-ahead').toBeDefined();
    process.kill(-(run.child.pid as number), 'SIGINT');
    await printedOrExited(run, 'persona-ux: SIGINT received; stopping the run');
    // The runner, stopped before anything started in it, ends first; the command still waits for the org.
    await expect
      .poll(() => groupGone(runner?.pid as number), { timeout: 60_000, intervals: [100] })
      .toBe(true);
    process.kill(-(run.child.pid as number), 'SIGINT');
    expect(await run.exited, run.output()).toBe(1);
    expect(run.output()).toContain(
      'persona-ux: SIGINT again while the run waited for the org to answer its checks; stopped at once: nothing was ' +
        'created or impersonated, no run was recorded;',
    );
    expect(run.output()).not.toContain('did not answer within');
  } finally {
    await proxy.close();
  }
});

test("Ctrl+C before the org answered the admin's sign-in: the run waits for the answer and logs that session out", async () => {
  // The org opens the session as the token request comes, and answers late, as a slow org does.
  const proxy = await holdingProxy(emulator.url, tokenRequest, { answers: true });
  try {
    const run = startRun(proxy.url);
    await proxy.reached;
    expect(
      emulator.liveSessions(),
      'the org opened the admin API session the run has not heard of yet',
    ).toHaveLength(1);
    process.kill(-(run.child.pid as number), 'SIGINT');
    await printedOrExited(run, 'persona-ux: SIGINT received; stopping the run');
    proxy.release();
    expect(await run.exited, run.output()).toBe(1);
    await expectStoppedWhileChecking(run, 'SIGINT');
  } finally {
    await proxy.close();
  }
});

test('Ctrl+C while a run asks the org about a file with a label for a field: the session of that sign-in is logged out too', async () => {
  // "Close Date" is a label, not an API name: the run asks the org which field it is before it stops (exit 2).
  const scenarios = scenarioFolder({
    'deal.yaml': [
      'id: ae-sees-close-date',
      'title: AE sees when a deal closes',
      'persona: ae',
      'reason: Persona check',
      'ticket: REVOPS-1',
      'data:',
      '  deal:',
      '    sobject: Opportunity',
      '    fields: { Name: D, StageName: Prospecting, CloseDate: "{{today+30}}" }',
      'steps:',
      '  - open: { record: deal }',
      '  - expect: { visible: [Close Date] }',
    ],
  });
  const proxy = await holdingProxy(emulator.url, tokenRequest, { answers: true });
  try {
    const run = startRun(proxy.url, scenarios);
    await proxy.reached;
    process.kill(-(run.child.pid as number), 'SIGINT');
    const heard =
      "persona-ux run: SIGINT received; stopping, and logging out the admin's API session once the org answers its sign-in.";
    await printedOrExited(run, heard);
    proxy.release();
    expect(await run.exited, run.output()).toBe(130);
    expect(emulator.liveSessions(), 'the session the late answer brought is logged out').toEqual([]);
    expect(run.output()).toContain(heard);
  } finally {
    await proxy.close();
  }
});

test('a run stopped while it checks the org leaves a borrowed session (SF_ACCESS_TOKEN) open', async () => {
  const borrowed = (await adminConnection(emulator)).sessionId();
  const proxy = await holdingOrganizationQuery(emulator.url);
  try {
    const run = startCliRun([path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], {
      SF_ACCESS_TOKEN: borrowed,
      SF_INSTANCE_URL: proxy.url,
    });
    await proxy.reached;
    process.kill(-(run.child.pid as number), 'SIGINT');
    setTimeout(proxy.release, 1_000);
    expect(await run.exited, run.output()).toBe(1);
    expect(run.output()).toContain(
      'persona-ux: SIGINT stopped the run while it checked the org: nothing was created or impersonated, no run was recorded.',
    );
    expect(
      emulator.liveSessions().map((session) => session.token),
      'the borrowed session is its owner’s to end',
    ).toContain(borrowed);
  } finally {
    await proxy.close();
  }
});

test('a CLI killed with SIGKILL while the org is checked: its waiting runner logs the admin API session out', async () => {
  const proxy = await holdingOrganizationQuery(emulator.url);
  try {
    const run = startRun(proxy.url);
    await proxy.reached;
    const runner = runnerOf(run.child.pid as number);
    expect(runner, 'the CLI started the Playwright runner').toBeDefined();
    const group = (runner as { pid: number }).pid;
    run.child.kill('SIGKILL');
    try {
      await expect.poll(() => groupGone(group), { timeout: 60_000, intervals: [100] }).toBe(true);
    } finally {
      if (!groupGone(group)) process.kill(-group, 'SIGKILL');
    }
  } finally {
    await proxy.close();
  }
  await expectEverySessionEnded('the runner logged out the session its killed CLI had opened');
});

test('doctor ends the admin API session when a check throws', async () => {
  const reports = tempDir('reports');
  // An audit "file" that cannot be read: the open-sessions check reading the log throws.
  mkdirSync(path.join(reports, 'audit', 'unreadable.jsonl'), { recursive: true });
  const { code, output } = await runCli(['doctor'], {
    env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(code, output).not.toBe(0);
  expect(output).toContain('EISDIR');
  await expectEverySessionEnded("the admin's API session is logged out though a check threw");
});

import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import {
  emulatorOrgEnv,
  orgLoginAsRecords as loginAsRecords,
  ROOT,
  readAudit,
  runCli,
  tempDir,
} from './cli-run';
import { forwardRequest } from './forward-request';
import { groupGone, runnerOf } from './process-table';
import { shownFailure } from './shown-failure';
import { type StartedRun, startCliRun } from './started-run';

// A run stopped while a Login-As is starting must still end it: "Log out as", an audit end line, test data
// deleted. Each test owns an emulator, so it can count the org's own Login-As records.
test.describe.configure({ timeout: 240_000, mode: 'serial' });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

/** `persona-ux run` of every demo scenario, one worker, in its own process group as a shell starts a foreground job. */
function startRun(): StartedRun {
  return startCliRun([path.join(ROOT, 'scenarios'), '--workers', '1'], emulatorOrgEnv(emulator));
}

async function whenLoginAsStarts(run: StartedRun): Promise<void> {
  await expect
    .poll(
      () =>
        existsSync(path.join(run.reports, 'audit')) &&
        readAudit(run.reports).some((line) => line.event === 'impersonation.start'),
      { timeout: 120_000, intervals: [25] },
    )
    .toBe(true);
}

async function orgLoginAsRecords(): Promise<{ logins: number; logouts: number; leads: number }> {
  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const leads = (await conn.query("SELECT Id FROM Lead WHERE LastName LIKE 'Persona %'")).totalSize;
  return { ...(await loginAsRecords(emulator)), leads };
}

async function tokenStillWorks(token: string): Promise<boolean> {
  const conn = new Connection({ instanceUrl: emulator.url, accessToken: token, version: '62.0' });
  return conn.identity().then(
    () => true,
    () => false,
  );
}

/** `signalledAt`: when the signal was sent; a Login-As being written out then may still land just after it. */
async function expectEndedCleanly(run: StartedRun, signalledAt: number): Promise<void> {
  const code = await run.exited;
  expect(code, run.output()).not.toBe(0);
  const audit = readAudit(run.reports).filter((line) => String(line.event).startsWith('impersonation'));
  const starts = audit.filter((line) => line.event === 'impersonation.start');
  const ends = audit.filter((line) => line.event === 'impersonation.end');
  expect(
    starts.filter((start) => Date.parse(start.at as string) > signalledAt + 1_000),
    'the stopped run impersonated no one after the signal',
  ).toEqual([]);
  expect(ends.length, run.output()).toBe(starts.length);
  for (const end of ends) expect(end, run.output()).toMatchObject({ loggedOut: true });
  const org = await orgLoginAsRecords();
  expect(org.logins, 'the org recorded the Login-As').toBeGreaterThan(0);
  expect(org.logouts, 'every Login-As the org recorded was ended with "Log out as"').toBe(org.logins);
  expect(org.leads, 'test data deleted').toBe(0);
}

/** Starts a run, sends it a signal (`send`) once its Login-As starts, and expects it to end cleanly. */
async function stoppedWhileLoginAsStarts(send: (run: StartedRun) => void): Promise<StartedRun> {
  const run = startRun();
  await whenLoginAsStarts(run);
  const signalledAt = Date.now();
  send(run);
  await expectEndedCleanly(run, signalledAt);
  return run;
}

/** Sends the signal to the run's whole process group, as a terminal's Ctrl+C or a CI runner does. */
const toProcessGroup = (signal: NodeJS.Signals) => (run: StartedRun) => {
  process.kill(-(run.child.pid as number), signal);
};

test('SIGINT while Login-As starts (Ctrl+C) ends the session and pairs the audit log', async () => {
  const run = await stoppedWhileLoginAsStarts(toProcessGroup('SIGINT'));
  expect(run.output()).toContain('SIGINT received; stopping the run and ending every Login-As session');
});

test('SIGTERM to the whole process group ends the session and pairs the audit log', async () => {
  await stoppedWhileLoginAsStarts(toProcessGroup('SIGTERM'));
});

test('SIGTERM to the CLI alone is forwarded: the run stops, ends its session, and the CLI waits for it', async () => {
  const run = await stoppedWhileLoginAsStarts((started) => started.child.kill('SIGTERM'));
  expect(run.output()).toContain('SIGTERM received');
});

test('a CLI killed with SIGKILL: its Playwright run stops as on Ctrl+C, ends the Login-As and the admin session', async () => {
  const secretsBefore = new Set(emulator.issuedSecrets());
  const run = startRun();
  await whenLoginAsStarts(run);
  // The runner the CLI started, in a process group of its own that a kill of the CLI does not reach (unlike
  // the CLI's other children, such as a compiler service).
  const runner = runnerOf(run.child.pid as number);
  expect(runner, 'the CLI started the Playwright runner').toBeDefined();
  const group = (runner as { pid: number }).pid;
  const signalledAt = Date.now();
  run.child.kill('SIGKILL');
  const runGone = () => groupGone(group);
  try {
    await expect.poll(runGone, { timeout: 150_000, intervals: [250] }).toBe(true);
  } finally {
    if (!runGone()) process.kill(-group, 'SIGKILL');
  }
  const audit = readAudit(run.reports).filter((line) => String(line.event).startsWith('impersonation'));
  const starts = audit.filter((line) => line.event === 'impersonation.start');
  const ends = audit.filter((line) => line.event === 'impersonation.end');
  expect(
    starts.filter((start) => Date.parse(start.at as string) > signalledAt + 1_000),
    'the orphaned run impersonated no one after the CLI was killed',
  ).toEqual([]);
  expect(ends.length, run.output()).toBe(starts.length);
  for (const end of ends) expect(end, run.output()).toMatchObject({ loggedOut: true });
  // Before the org is asked below, which signs in again.
  const issued = emulator.issuedSecrets().filter((secret) => !secretsBefore.has(secret));
  const org = await orgLoginAsRecords();
  expect(org.logouts, 'every Login-As the org recorded was ended with "Log out as"').toBe(org.logins);
  expect(org.leads, 'test data deleted').toBe(0);
  expect(issued.length).toBeGreaterThan(0);
  for (const secret of issued)
    expect(
      await tokenStillWorks(secret),
      'every session of the run, the admin API session included, is ended',
    ).toBe(false);
});

/**
 * The emulator behind a proxy that never answers record pages: a step that opens one waits until the
 * scenario's time is up, whatever the machine's speed.
 */
async function stallingRecordPages(
  target: string,
): Promise<{ url: string; stalled(): number; close(): Promise<void> }> {
  const stalled: ServerResponse[] = [];
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/lightning/r/')) {
      stalled.push(response);
      return;
    }
    forwardRequest(target, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stalled: () => stalled.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of stalled) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('a scenario that runs out of time still ends its Login-As with "Log out as" and an audit end line', async () => {
  const proxy = await stallingRecordPages(emulator.url);
  const reports = tempDir('reports');
  try {
    const { code, output } = await runCli(
      ['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'), '--timeout', '20'],
      {
        // Through the stalling proxy: the same org, its record pages never answering.
        env: { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url, PERSONA_UX_REPORTS_DIR: reports },
      },
    );
    expect(code, output).toBe(1);
    expect(output).toMatch(/✘ sdr-sees-routed-lead\s+sdr\s+timedOut/);
    const audit = readAudit(reports).filter((line) => String(line.event).startsWith('impersonation'));
    expect(
      audit.map((line) => line.event),
      output,
    ).toEqual(['impersonation.start', 'impersonation.end']);
    expect(audit[1], JSON.stringify(audit[1])).toMatchObject({ outcome: 'timedOut', loggedOut: true });
  } finally {
    await proxy.close();
  }
  const org = await orgLoginAsRecords();
  expect(org.logins).toBe(1);
  expect(org.logouts).toBe(org.logins);
  expect(org.leads).toBe(0);
});

test('an org that becomes unreachable mid-run: the end line says "Log out as" was not proven, and why', async () => {
  const proxy = await stallingRecordPages(emulator.url);
  const reports = tempDir('reports');
  const ran = runCli(['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'), '--timeout', '60'], {
    env: { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url, PERSONA_UX_REPORTS_DIR: reports },
  });
  // Logged in as the persona (the banner proven), the first step waits for its record page: the org goes away.
  await expect.poll(() => proxy.stalled(), { timeout: 120_000, intervals: [25] }).toBeGreaterThan(0);
  await proxy.close();
  const { code, output } = await ran;
  expect(code, output).toBe(1);
  const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
  expect(ends, output).toHaveLength(1);
  expect(ends[0], JSON.stringify(ends[0])).toMatchObject({
    outcome: 'failed',
    loggedOut: false,
    error: expect.stringMatching(
      /^"Log out as Sam Rivera" could not be done: .*ERR_CONNECTION_REFUSED.*; the Login-As session may still be open/,
    ),
  });
  expect(output.replace(/\s+/g, ' ')).toContain(
    'its Login-As was not proven ended: "Log out as Sam Rivera" could not be done',
  );
  // What failed while the scenario was torn down reads as every failure does: wrapped at 100 characters.
  const teardown = {
    'LogOutNotProven: ':
      /^LogOutNotProven: "Log out as Sam Rivera" could not be done: .*ERR_CONNECTION_REFUSED.*; the Login-As session may still be open\. End it by hand/,
    'Error: Test data left in the org':
      /^Error: Test data left in the org \(delete by hand\): Lead 00Q\w{15}: .*ECONNREFUSED/,
  };
  for (const [heading, says] of Object.entries(teardown)) {
    const { message } = shownFailure(output, heading);
    expect(message.length, message.join('\n')).toBeGreaterThan(1);
    for (const line of message) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(message.join('\n').replace(/\s+/g, ' ')).toMatch(says);
  }
  // And so it is: the org recorded the Login-As, and no "Log out as".
  const org = await orgLoginAsRecords();
  expect(org).toMatchObject({ logins: 1, logouts: 0 });
});

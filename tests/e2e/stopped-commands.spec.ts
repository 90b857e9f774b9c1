import { writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { adminConnection, emulatorOrgEnv, ROOT, tempDir } from './cli-run';
import { holdingProxy, organizationQuery, tokenRequest } from './holding-proxy';
import { printedOrExited, startCli } from './started-run';

// The commands that sign the admin in through the API, stopped by Ctrl+C, SIGTERM or SIGHUP while they ask the
// org, or before the org has answered their sign-in: the admin's API session they opened is logged out before
// they exit as the signal would; a borrowed one is left open. Each test owns an emulator, so it can ask which
// sessions are live.
test.describe.configure({ timeout: 120_000, mode: 'serial' });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');

/** Any REST call: the first question validate, access and audit reconcile ask the org once the admin is signed in. */
const restCall = (request: IncomingMessage) => Boolean(request.url?.startsWith('/services/data/'));

/** An audit log with no lines yet: enough for `audit reconcile` to go on and ask the org. */
function emptyAuditLog(): string {
  const file = path.join(tempDir('audit'), 'run.jsonl');
  writeFileSync(file, '');
  return file;
}

const COMMANDS = [
  { command: 'doctor', args: () => ['doctor', SCENARIO], asks: organizationQuery },
  { command: 'validate', args: () => ['validate', SCENARIO], asks: restCall },
  {
    command: 'access',
    args: () => [
      'access',
      'snapshot',
      '--baseline',
      path.join(tempDir('access'), 'baseline.jsonl'),
      SCENARIO,
    ],
    asks: restCall,
  },
  { command: 'audit reconcile', args: () => ['audit', 'reconcile', emptyAuditLog()], asks: restCall },
] as const;

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

for (const [{ command, args, asks }, signal] of [
  [COMMANDS[0], 'SIGINT'],
  [COMMANDS[1], 'SIGTERM'],
  [COMMANDS[2], 'SIGINT'],
  [COMMANDS[3], 'SIGINT'],
] as const) {
  const code = SIGNALS[signal];
  test(`${command} stopped by ${signal} while it asks the org logs the admin's API session out, then exits ${code}`, async () => {
    const proxy = await holdingProxy(emulator.url, asks);
    try {
      const cli = startCli(args(), { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url });
      await proxy.reached;
      const signedIn = emulator.liveSessions().filter((session) => session.type === 'Oauth2');
      expect(signedIn, 'the command signed the admin in').toHaveLength(1);
      cli.child.kill(signal);
      expect(await cli.exited, cli.output()).toBe(code);
      expect(cli.output()).toContain(
        `persona-ux ${command}: ${signal} received; stopping and logging out the admin's API session.`,
      );
      expect(emulator.liveSessions(), "the admin's API session is logged out").toEqual([]);
    } finally {
      await proxy.close();
    }
  });
}

for (const { command, args } of COMMANDS) {
  test(`${command} stopped by SIGINT before the org answered its sign-in waits for the answer and logs that session out`, async () => {
    // The org opens the session as the token request comes, and answers late, as a slow org does.
    const proxy = await holdingProxy(emulator.url, tokenRequest, { answers: true });
    try {
      const cli = startCli(args(), { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url });
      await proxy.reached;
      const opened = emulator.liveSessions().filter((session) => session.type === 'Oauth2');
      expect(opened, 'the org opened the admin API session the command has not heard of yet').toHaveLength(1);
      cli.child.kill('SIGINT');
      const heard = `persona-ux ${command}: SIGINT received; stopping, and logging out the admin's API session once the org answers its sign-in.`;
      // The org answers once the command has heard the signal (or has gone).
      await printedOrExited(cli, heard);
      proxy.release();
      expect(await cli.exited, cli.output()).toBe(130);
      expect(emulator.liveSessions(), 'the session the late answer brought is logged out').toEqual([]);
      expect(cli.output()).toContain(heard);
    } finally {
      await proxy.close();
    }
  });
}

test('doctor stopped while the org never answers its sign-in exits once the logout deadline passes, and says the session may stay open', async () => {
  const proxy = await holdingProxy(emulator.url, tokenRequest, { answers: true });
  try {
    const cli = startCli(['doctor', SCENARIO], { ...emulatorOrgEnv(emulator), SF_LOGIN_URL: proxy.url });
    await proxy.reached;
    cli.child.kill('SIGINT');
    expect(await cli.exited, cli.output()).toBe(130);
    expect(cli.output()).toContain(
      "persona-ux doctor: the org did not answer within 10 s; the admin's API session may stay open until the org's session timeout (Setup → Session Management ends it sooner).",
    );
  } finally {
    await proxy.close();
  }
});

for (const { command, args, asks } of COMMANDS) {
  test(`${command} stopped by SIGINT leaves a borrowed session (SF_ACCESS_TOKEN) open`, async () => {
    const borrowed = (await adminConnection(emulator)).sessionId();
    const proxy = await holdingProxy(emulator.url, asks);
    try {
      const cli = startCli(args(), { SF_ACCESS_TOKEN: borrowed, SF_INSTANCE_URL: proxy.url });
      await proxy.reached;
      cli.child.kill('SIGINT');
      expect(await cli.exited, cli.output()).toBe(130);
      expect(cli.output()).toContain(`persona-ux ${command}: SIGINT received; stopping.`);
      expect(
        emulator.liveSessions().map((session) => session.token),
        'the borrowed session is its owner’s to end',
      ).toContain(borrowed);
    } finally {
      await proxy.close();
    }
  });
}

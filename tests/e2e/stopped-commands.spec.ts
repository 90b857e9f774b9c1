import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT } from './cli-run';
import { holdingProxy, organizationQuery } from './holding-proxy';
import { startCli } from './started-run';

// doctor and validate stopped by Ctrl+C or SIGTERM while they ask the org: the admin's API session they opened
// is logged out before they exit as the signal would. Each test owns an emulator, so it can ask which sessions
// are live.
test.describe.configure({ timeout: 120_000, mode: 'serial' });

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterEach(async () => emulator?.stop());

/** Any REST call: validate's first question to the org once the admin is signed in. */
const restCall = (request: IncomingMessage) => Boolean(request.url?.startsWith('/services/data/'));

for (const { command, args, holds, signal, code } of [
  { command: 'doctor', args: [], holds: organizationQuery, signal: 'SIGINT', code: 130 },
  { command: 'validate', args: [], holds: restCall, signal: 'SIGTERM', code: 143 },
] as const) {
  test(`${command} stopped by ${signal} while it asks the org logs the admin's API session out, then exits ${code}`, async () => {
    const proxy = await holdingProxy(emulator.url, holds);
    try {
      const cli = startCli([command, ...args, path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], {
        ...emulatorOrgEnv(emulator),
        SF_LOGIN_URL: proxy.url,
      });
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

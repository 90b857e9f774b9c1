import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { preflight } from '../../runner/doctor/preflight';
import { emulatorOrgEnv, runCli, tempDir } from './cli-run';

// Each way the admin's sign-in or the first reads can fail names the one setting to change.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

async function signInFix(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const { checks, org } = await preflight({ ...emulatorOrgEnv(emulator), ...env });
  if (org) await org.conn.logout().catch(() => undefined);
  const signIn = checks.find((check) => check.name === 'admin signs in');
  expect(signIn?.status).toBe('fail');
  return signIn?.fix;
}

test('a failed sign-in names the setting its cause points at', async () => {
  expect(await signInFix({ SF_CLIENT_ID: 'not-the-app' })).toMatch(
    /^Set SF_CLIENT_ID to the connected app's Consumer Key/,
  );
  expect(await signInFix({ SF_CLIENT_SECRET: 'not-the-secret' })).toMatch(/^Set SF_CLIENT_SECRET/);
  expect(await signInFix({ SF_PASSWORD: 'wrong' })).toContain(
    "append the admin's security token to SF_PASSWORD",
  );
  expect(await signInFix({ SF_LOGIN_URL: 'http://127.0.0.1:9' })).toMatch(
    /^SF_LOGIN_URL \(http:\/\/127\.0\.0\.1:9\) cannot be reached from here: .* network or proxy/,
  );
  const token = {
    SF_ACCESS_TOKEN: 'expired',
    SF_INSTANCE_URL: emulator.url,
    SF_USERNAME: '',
    SF_PASSWORD: '',
  };
  expect(await signInFix({ ...token, SF_CLIENT_ID: '', SF_CLIENT_SECRET: '' })).toMatch(
    /^Set SF_ACCESS_TOKEN to a new session/,
  );
  const fromCli = await signInFix({
    ...token,
    SF_CLIENT_ID: '',
    SF_CLIENT_SECRET: '',
    PERSONA_UX_AUTH_SOURCE: 'Salesforce CLI org "uat"',
  });
  expect(fromCli).toMatch(/^Log the Salesforce CLI in to the org again: sf org login web/);
  expect(fromCli).not.toContain('.env');
});

test('an API version newer than the org serves is named before anything is read at it', async () => {
  const { code, output } = await runCli(['doctor', '--json'], {
    cwd: tempDir('project'),
    env: { ...emulatorOrgEnv(emulator), SF_API_VERSION: '99.0' },
  });
  const { checks } = JSON.parse(output.slice(output.indexOf('{')));
  const version = checks.find((check: { name: string }) => check.name === 'API version');
  expect(version).toMatchObject({
    status: 'fail',
    detail: expect.stringMatching(/^SF_API_VERSION 99\.0 is newer than this org serves \(latest \d+\.0\)$/),
    fix: expect.stringMatching(/^Set SF_API_VERSION to one the org serves, e\.g\. SF_API_VERSION=\d+\.0\.$/),
  });
  expect(output).not.toContain('requested resource does not exist');
  // After the version, only what needs no org: the local audit log, and no scenarios/ here to read personas for.
  expect(checks.map((check: { name: string }) => check.name).slice(0, 4)).toEqual([
    'admin signs in',
    'API version',
    'audit log',
    'personas',
  ]);
  expect(code).toBe(3);
});

test('--target-org that the Salesforce CLI cannot give is fixed in the CLI, not in .env', async () => {
  const { code, output } = await runCli(['doctor', '--json', '--target-org', 'uat'], {
    cwd: tempDir('project'),
    env: { PERSONA_UX_SF_BIN: '/nonexistent/sf' },
  });
  const { checks } = JSON.parse(output.slice(output.indexOf('{')));
  expect(checks[0]).toMatchObject({
    name: 'settings',
    fix: 'Fix the Salesforce CLI org "uat" as it says, then run doctor again.',
  });
  expect(code).toBe(2);
});

import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// Every way to sign the admin in, each against the emulator (JWT: tests/fixtures/org-connection.spec.ts).
test.describe.configure({ timeout: 180_000, mode: 'serial' });

const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

async function accessToken(): Promise<string> {
  const conn = new Connection({
    loginUrl: emulator.url,
    version: '62.0',
    oauth2: {
      loginUrl: emulator.url,
      clientId: emulator.oauth.clientId,
      clientSecret: emulator.oauth.clientSecret,
    },
  });
  await conn.login(emulator.admin.username, emulator.admin.password);
  return conn.accessToken as string;
}

async function tokenStillWorks(token: string): Promise<boolean> {
  const conn = new Connection({ instanceUrl: emulator.url, accessToken: token, version: '62.0' });
  return conn.identity().then(
    () => true,
    () => false,
  );
}

test('an existing access token + instance URL runs a scenario, and the borrowed session is left open', async () => {
  const token = await accessToken();
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', SCENARIO], {
    env: { SF_ACCESS_TOKEN: token, SF_INSTANCE_URL: emulator.url, PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(code, output).toBe(0);
  expect(readAudit(reports)[0]).toMatchObject({ event: 'run.start', auth: 'access-token' });
  expect(await tokenStillWorks(token), 'not ours to log out').toBe(true);

  const half = await runCli(['doctor'], { env: { SF_ACCESS_TOKEN: token } });
  expect(half.output).toContain('SF_ACCESS_TOKEN (from the environment) is set');
  expect(half.output).toContain('without SF_INSTANCE_URL');
  expect(half.code).toBe(2);
});

test('the admin signs in once per run: the workers share that API session, and the run logs it out', async () => {
  const token = await accessToken();
  const apiLogins = async () => {
    const conn = new Connection({ instanceUrl: emulator.url, accessToken: token, version: '62.0' });
    // LoginHistory's Status cannot be filtered in a query: counted here.
    const result = await conn.query<{ Status: string }>(
      "SELECT Status FROM LoginHistory WHERE LoginType = 'Remote Access 2.0'",
    );
    return result.records.filter((row) => row.Status === 'Success').length;
  };
  const before = await apiLogins();
  const secretsBefore = new Set(emulator.issuedSecrets());
  const { code, output } = await runCli(
    ['run', SCENARIO, path.join(ROOT, 'scenarios', 'finance-sees-credit-limit.yaml'), '--workers', '2'],
    { env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: tempDir('reports') } },
  );
  expect(code, output).toBe(0);
  expect(output).toContain('using 2 workers');
  expect(await apiLogins(), 'API logins of the admin during the run').toBe(before + 1);
  const issued = emulator.issuedSecrets().filter((secret) => !secretsBefore.has(secret));
  expect(issued.length).toBeGreaterThan(0);
  for (const secret of issued)
    expect(await tokenStillWorks(secret), 'every session of the run is ended').toBe(false);
});

test('--target-org reads the org from the Salesforce CLI (sf org display --json)', async () => {
  const token = await accessToken();
  const bin = path.join(tempDir('sf'), 'sf');
  // A stand-in for the Salesforce CLI: answers `sf org display --target-org uat --json` as sf does.
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      'if [ "$4" = "uat" ]; then',
      `  echo '${JSON.stringify({ status: 0, result: { accessToken: token, instanceUrl: emulator.url, username: emulator.admin.username, alias: 'uat' } })}'`,
      'else',
      `  echo '{"status":1,"name":"NoAuthInfoFound","message":"No authorization information found for '"$4"'."}'`,
      '  exit 1',
      'fi',
      '',
    ].join('\n'),
  );
  chmodSync(bin, 0o755);
  const reports = tempDir('reports');
  const ran = await runCli(['run', SCENARIO, '--target-org', 'uat'], {
    env: { PERSONA_UX_SF_BIN: bin, PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(ran.code, ran.output).toBe(0);
  expect(readAudit(reports)[0]).toMatchObject({
    auth: 'access-token',
    admin: { username: emulator.admin.username },
  });

  const doctor = await runCli(['doctor', SCENARIO, '--target-org', 'uat', '--json'], {
    env: { PERSONA_UX_SF_BIN: bin },
  });
  expect(doctor.output).toContain('existing access token (Salesforce CLI org \\"uat\\")');
  expect(doctor.code, doctor.output).toBe(0);

  const unknown = await runCli(['run', SCENARIO, '--target-org', 'nope'], {
    env: { PERSONA_UX_SF_BIN: bin },
  });
  expect(unknown.output).toContain(
    'The Salesforce CLI knows no usable org "nope": No authorization information found',
  );
  expect(unknown.code).toBe(2);

  const missing = await runCli(['run', SCENARIO, '--target-org', 'uat'], {
    env: { PERSONA_UX_SF_BIN: path.join(tempDir('nosf'), 'sf') },
  });
  expect(missing.output).toContain('--target-org needs the Salesforce CLI');
  expect(missing.code).toBe(2);
});

test('SOAP login() still works where no connected app is configured, with the retirement warning', async () => {
  const { code, output } = await runCli(['doctor', SCENARIO, '--json'], {
    env: {
      SF_LOGIN_URL: emulator.url,
      SF_USERNAME: emulator.admin.username,
      SF_PASSWORD: emulator.admin.password,
      PERSONA_UX_REPORTS_DIR: tempDir('reports'),
    },
  });
  expect(output).toContain('unavailable from API 65.0');
  expect(output).toContain('through the SOAP login() (retired from API 65.0)');
  expect(code, output).toBe(0);
});

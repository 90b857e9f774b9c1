import path from 'node:path';
import { expect, test } from '@playwright/test';
import { authMethod, orgSettingsFromEnv } from '../../config/org-settings';
import { startEmbeddedEmulator } from '../../runner/embedded-emulator';
import { loadScenarios } from '../../runner/loader';
import { checkNamesAgainstOrg } from '../../runner/org-names/check-org';

test("the embedded emulator's settings leave no sandbox key, token or instance to sign in with", async () => {
  const env: NodeJS.ProcessEnv = {
    SF_JWT_KEY: '-----BEGIN PRIVATE KEY-----',
    SF_JWT_KEY_FILE: '/secrets/server.key',
    SF_JWT_AUDIENCE: 'https://login.salesforce.com',
    SF_ACCESS_TOKEN: '00D!sandbox-session',
    SF_INSTANCE_URL: 'https://acme--uat.sandbox.my.salesforce.com',
    PERSONA_UX_EMULATOR_DATA: 'off',
    PERSONA_UX_CACHE: 'off',
  };
  const emulator = await startEmbeddedEmulator(env);
  try {
    const settings = orgSettingsFromEnv({ ...env, ...emulator.env });
    expect(authMethod(settings)).toBe('oauth-password');
    expect(settings.loginUrl).toBe(emulator.url);
    expect(settings.jwt).toBeUndefined();
    expect(settings.accessToken).toBeUndefined();
  } finally {
    await emulator.stop();
  }
});

test("validate's org checks sign in to their emulator as its admin, whatever sandbox key the environment holds", async () => {
  const { scenarios } = loadScenarios([
    path.join(__dirname, '..', '..', 'scenarios', 'sdr-sees-routed-lead.yaml'),
  ]);
  const outcome = await checkNamesAgainstOrg(scenarios, {
    SF_JWT_KEY_FILE: '/secrets/server.key',
    SF_JWT_AUDIENCE: 'https://test.salesforce.com',
    PERSONA_UX_EMULATOR_DATA: 'off',
    PERSONA_UX_CACHE: 'off',
  });
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ ran: true });
});

test('two emulators never keep their org in one folder at once: the second is refused, saying what to do', async () => {
  const env = { PERSONA_UX_EMULATOR_DATA: test.info().outputPath('org'), PERSONA_UX_CACHE: 'off' };
  const first = await startEmbeddedEmulator(env);
  try {
    const second = startEmbeddedEmulator(env);
    await expect(second).rejects.toMatchObject({ name: 'EmulatorDataInUse' });
    await expect(second).rejects.toThrow('PERSONA_UX_EMULATOR_DATA=<folder>');
  } finally {
    await first.stop();
  }
  const again = await startEmbeddedEmulator(env);
  expect(again.restored).toBe(true);
  await again.stop();
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ORG_FILE, loadOrgDefinition, startEmulator } from '../../emulator';
import { ROOT, runCli, tempDir } from './cli-run';

test('with "Administrators Can Log in as Any User" off, the run fails and says what to check', async () => {
  const org = loadOrgDefinition(DEFAULT_ORG_FILE);
  org.security.adminsCanLogInAsAnyUser = false;
  const emulator = await startEmulator({ org, port: 0 });
  try {
    const reports = tempDir('reports');
    const { code, output } = await runCli(
      ['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')],
      {
        env: {
          SF_LOGIN_URL: emulator.url,
          SF_USERNAME: emulator.admin.username,
          SF_PASSWORD: emulator.admin.password,
          SF_CLIENT_ID: emulator.oauth.clientId,
          SF_CLIENT_SECRET: emulator.oauth.clientSecret,
          PERSONA_UX_REPORTS_DIR: reports,
        },
      },
    );
    expect(code, output).toBe(1);
    expect(output).toContain("No Login button on Sam Rivera's user page for admin admin@acme-demo.example");
    expect(output).toContain('Login Access Policies > "Administrators Can Log in as Any User"');
    // Nothing was impersonated, so nothing is audited as started.
    expect(existsSync(path.join(reports, 'audit'))).toBe(false);
  } finally {
    await emulator.stop();
  }
});

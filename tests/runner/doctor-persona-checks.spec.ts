import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { personaChecks } from '../../runner/doctor/persona-checks';
import { oauthConnection } from '../emulator/helpers';

test("doctor's fix for a persona names the personas file it was loaded from", async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const { checks } = await personaChecks({ conn } as Parameters<typeof personaChecks>[0], [
      { name: 'ghost', file: 'team/personas.yaml', username: 'nobody@acme-demo.example', capability: {} },
    ]);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.fix).toContain(
      'Point the persona at an active, unfrozen user that matches it, in team/personas.yaml.',
    );
    expect(checks[0]?.detail).toContain('Fix the username in team/personas.yaml');
  } finally {
    await emulator.stop();
  }
});

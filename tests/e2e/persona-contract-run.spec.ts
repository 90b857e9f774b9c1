import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { addFinanceViewer, user } from '../emulator/access-overlays';
import { demoOrg } from '../emulator/helpers';
import { emulatorOrgEnv, ROOT, readAudit, runCli, tempDir } from './cli-run';

// A whole `persona-ux run` where one persona's user holds a permission set its persona does not declare.
test.describe.configure({ timeout: 180_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  const org = demoOrg((definition) => {
    addFinanceViewer(definition);
    user(definition, 'ava.ae@acme-demo.example').permissionSets.push('Finance_Viewer');
  });
  emulator = await startEmulator({ port: 0, org });
});
test.afterAll(async () => emulator?.stop());

test("a contract violation fails that persona's scenarios before Login-As, with the diff, and spares the others", async () => {
  const reports = tempDir('contract-reports');
  const { code, output } = await runCli(
    [
      'run',
      path.join(ROOT, 'scenarios', 'ae-sees-lead-revenue.yaml'),
      path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml'),
    ],
    {
      env: {
        ...emulatorOrgEnv(emulator),
        PERSONA_UX_REPORTS_DIR: reports,
      },
    },
  );
  expect(output).toMatch(/✓ sdr-sees-routed-lead\s+sdr\s+passed/);
  // The failure is wrapped at 100 characters, as every failure is.
  expect(output.replace(/\s+/g, ' ')).toContain(
    'ava.ae@acme-demo.example has permission set Finance_Viewer, which persona ae does not declare; remove the assignment or declare it.',
  );
  expect(code, output).toBe(1);
  const started = readAudit(reports).filter((line) => line.event === 'impersonation.start');
  expect(started.map((line) => line.persona)).toEqual(['sdr']);
  // Which user each persona resolved to, and why, is on the test (annotation "persona user").
  expect(readFileSync(path.join(reports, 'junit.xml'), 'utf8')).toContain(
    'persona sdr is sam.sdr@acme-demo.example (Sam Rivera), named in personas.yaml; matches profile Sales Development Rep',
  );
});

import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadOrgDefinition } from '../../emulator';
import { demoRunTimeout, ROOT, readAudit, runCli, secretsFoundUnder, tempDir } from './cli-run';

// Each test runs a whole `persona-ux run` (browser, workers, reports) in a child process.
test.describe.configure({ timeout: demoRunTimeout() });

test('with no org configured, `persona-ux run` starts the emulator itself and passes the demo', async () => {
  const reports = tempDir('reports');
  // A working directory without .env, as on a fresh machine.
  const { code, output } = await runCli(['run', path.join(ROOT, 'scenarios')], {
    cwd: tempDir('cwd'),
    env: { PERSONA_UX_REPORTS_DIR: reports },
  });

  expect(output).toMatch(/target: org emulator .* at http:\/\/127\.0\.0\.1:\d+/);
  const passed = Number(/(\d+) passed, 0 failed/.exec(output)?.[1]);
  expect(passed, output).toBeGreaterThan(0);
  expect(code, output).toBe(0);
  // Every impersonation that started was ended (tests/e2e/run-scenarios.spec.ts checks each pair).
  const audit = readAudit(reports);
  const starts = audit.filter((event) => event.event === 'impersonation.start');
  expect(starts.length).toBeGreaterThanOrEqual(passed);
  expect(audit.filter((event) => event.event === 'impersonation.end')).toHaveLength(starts.length);

  const org = loadOrgDefinition(path.join(ROOT, 'emulator', 'orgs', 'demo.yaml'));
  const passwords = org.users.map((user: { password?: string }) => user.password ?? '');
  expect(secretsFoundUnder(reports, [...passwords, org.connectedApp.clientSecret])).toEqual([]);
});

test('under the `lightning` latency profile (parts render 0.3–2 s late) the page objects still pass', async () => {
  // Each scenario waits out about 5 s of the profile's delays on top of its own work.
  test.setTimeout(demoRunTimeout(1));
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', path.join(ROOT, 'scenarios'), '--latency', 'lightning'], {
    cwd: tempDir('cwd'),
    env: { PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(output).toMatch(/target: org emulator .* \(latency: lightning\)/);
  expect(output).toMatch(/\d+ passed, 0 failed/);
  expect(code, output).toBe(0);
});

test('an unknown latency profile is a usage error', async () => {
  const { code, output } = await runCli(['run', '--latency', 'slow']);
  expect(code).toBe(2);
  expect(output).toContain('--latency expects one of none, lightning, jitter, but got "slow"');
});

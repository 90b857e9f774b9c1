import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { locators } from '../../pages/locators';
import { LoginAsBanner } from '../../pages/login-as-banner';
import { SetupUserDetailPage } from '../../pages/setup-user-detail-page';
import { newTestContext } from '../test-contexts';
import { ROOT, runCli, tempDir } from './cli-run';

// The embedded emulator keeps its org between runs, as a sandbox does: what one run or a person in its UI
// did is seen by the next run, doctor and reconcile.
test.describe.configure({ timeout: 240_000 });

test('a run, a manual Login-As in the standalone emulator, then doctor and reconcile see both; --reset forgets', async ({
  browser,
}) => {
  const data = tempDir('org');
  const reports = tempDir('reports');
  const env = { PERSONA_UX_EMULATOR_DATA: data, PERSONA_UX_REPORTS_DIR: reports };
  const run = await runCli(['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], { env });
  expect(run.code, run.output).toBe(0);

  const afterRun = await runCli(['audit', 'reconcile'], { env });
  expect(afterRun.output, 'the next start still has the run’s SetupAuditTrail').toContain(
    '1 recorded by the org, 1 documented by persona-ux',
  );
  expect(afterRun.code).toBe(0);

  // Someone starts the emulator on its own and logs in as Ava Chen by hand.
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'emulator', '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0], { timeout: 20_000 }).toBeTruthy();
  // The state line follows the URL's, possibly in a later write.
  await expect.poll(() => output, { timeout: 10_000 }).toContain(`State: continued from ${data}`);
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0] as string;
  const page = await (await newTestContext(browser, { baseURL: url })).newPage();
  await page.goto('/');
  await page.locator(locators.login.username).fill('admin@acme-demo.example');
  await page.locator(locators.login.password).fill('persona-ux-demo-1');
  await page.locator(locators.login.submit).click();
  await page.waitForURL(/lightning/);
  const conn = new Connection({ loginUrl: url, version: '62.0' });
  await conn.login('admin@acme-demo.example', 'persona-ux-demo-1');
  const ava = await conn.query<{ Id: string }>(
    "SELECT Id FROM User WHERE Username = 'ava.ae@acme-demo.example'",
  );
  const detail = new SetupUserDetailPage(page);
  await detail.open(ava.records[0].Id);
  await detail.clickLogin();
  await expect(new LoginAsBanner(page).root).toBeVisible();
  child.kill('SIGTERM');
  expect(await exited).toBe(0);

  const reconciled = await runCli(['audit', 'reconcile'], { env });
  expect(reconciled.output).toContain('2 recorded by the org, 1 documented by persona-ux');
  expect(reconciled.output).toMatch(/admin@acme-demo\.example logged in as Ava Chen .*no logout recorded/);
  expect(reconciled.code).toBe(1);

  const doctor = await runCli(['doctor', '--json'], { env });
  expect(doctor.output).toContain('org: admin@acme-demo.example logged in as Ava Chen at');

  const reset = spawn(process.execPath, [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'emulator', '--reset'], {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
  });
  let resetOutput = '';
  reset.stdout.on('data', (chunk) => {
    resetOutput += chunk;
  });
  const resetExited = new Promise<number | null>((resolve) => reset.on('exit', (code) => resolve(code)));
  await expect.poll(() => resetOutput, { timeout: 20_000 }).toContain('State: kept in');
  expect(resetOutput).toContain(`saved state in ${data} forgotten`);
  reset.kill('SIGTERM');
  expect(await resetExited).toBe(0);
  // The reset org has recorded nothing: the run's documented Login-As is no longer in it.
  const fresh = await runCli(['audit', 'reconcile'], { env });
  expect(fresh.output).toContain('0 recorded by the org');
  expect(fresh.output).toContain('UNRECORDED: 1 persona-ux session(s)');
});

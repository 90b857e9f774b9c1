import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { locators } from '../../pages/locators';
import { LoginAsBanner } from '../../pages/login-as-banner';
import { SetupUserDetailPage } from '../../pages/setup-user-detail-page';
import { newTestContext } from '../test-contexts';
import { emulatorOrgEnv, ROOT, runCli, tempDir } from './cli-run';

test.describe.configure({ timeout: 180_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

const orgEnv = (reports: string): NodeJS.ProcessEnv => ({
  ...emulatorOrgEnv(emulator),
  PERSONA_UX_REPORTS_DIR: reports,
});

test('reconcile matches the suite’s Login-As with the org and catches one made by hand in Setup', async ({
  browser,
}) => {
  const reports = tempDir('reports');
  const run = await runCli(['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], {
    env: orgEnv(reports),
  });
  expect(run.code, run.output).toBe(0);

  const clean = await runCli(['audit', 'reconcile'], { env: orgEnv(reports) });
  expect(clean.output).toContain('1 recorded by the org, 1 documented by persona-ux');
  expect(clean.code, clean.output).toBe(0);

  // An admin logs in as Ava Chen by hand, through Setup's Login button, with no ticket anywhere.
  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  await page.goto('/');
  await page.locator(locators.login.username).fill(emulator.admin.username);
  await page.locator(locators.login.password).fill(emulator.admin.password);
  await page.locator(locators.login.submit).click();
  await page.waitForURL(/lightning/);
  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const ava = (
    await conn.query<{ Id: string }>("SELECT Id FROM User WHERE Username = 'ava.ae@acme-demo.example'")
  ).records[0];
  const detail = new SetupUserDetailPage(page);
  await detail.open(ava.Id);
  await detail.clickLogin();
  await expect(new LoginAsBanner(page).root).toBeVisible();

  const caught = await runCli(['audit', 'reconcile'], { env: orgEnv(reports) });
  expect(caught.output).toContain('2 recorded by the org, 1 documented by persona-ux');
  expect(caught.output).toContain('UNDOCUMENTED: 1 Login-As session(s) in the org with no reason or ticket');
  expect(caught.output).toMatch(
    new RegExp(`${emulator.admin.username.replace(/\./g, '\\.')} logged in as Ava Chen .*no logout recorded`),
  );
  expect(caught.code).toBe(1);

  const json = await runCli(['audit', 'reconcile', '--json', '--since', '2020-01-01'], {
    env: orgEnv(reports),
  });
  const result = JSON.parse(json.output.slice(json.output.indexOf('{')));
  expect(result.undocumented).toEqual([expect.objectContaining({ target: 'Ava Chen' })]);
  expect(result.matched).toHaveLength(1);
  expect(result.unrecorded).toEqual([]);

  const badDate = await runCli(['audit', 'reconcile', '--since', 'yesterday-ish'], { env: orgEnv(reports) });
  expect(badDate.code).toBe(2);
});

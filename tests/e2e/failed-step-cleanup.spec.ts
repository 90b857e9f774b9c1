import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, scenarioFolder, tempDir } from './cli-run';

test.describe.configure({ timeout: 180_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('a step that fails with the Edit modal open: the modal is cancelled, "Log out as" done, the error plain', async () => {
  const scenarios = scenarioFolder({
    'ae-saves-without-amount.yaml': [
      'id: ae-saves-without-amount',
      'title: AE wrongly expected to win a deal without an Amount',
      'persona: ae',
      'reason: Prove that a refused save leaves no session open',
      'ticket: REVOPS-2',
      'data:',
      '  deal:',
      '    sobject: Opportunity',
      '    fields: { Name: "Persona {{run.id}}", StageName: Negotiation/Review, CloseDate: "2026-12-31", OwnerId: "{{persona.id}}" }',
      'steps:',
      '  - open: { record: deal }',
      '  - edit: { fields: { StageName: Closed Won } }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios], {
    env: {
      ...emulatorOrgEnv(emulator),
      PERSONA_UX_REPORTS_DIR: reports,
      FORCE_COLOR: '1',
    },
  });
  expect(code, output).toBe(1);
  const end = readAudit(reports).find((line) => line.event === 'impersonation.end');
  expect(end, output).toMatchObject({ outcome: 'failed', loggedOut: true, error: expect.any(String) });
  expect(end?.error).not.toContain(String.fromCharCode(27));
  // The failed test keeps a screenshot of the page as the scenario left it.
  const files = readdirSync(path.join(reports, 'test-results'), { recursive: true }).map(String);
  expect(
    files.filter((file) => /test-failed-\d+\.png$/.test(file)),
    output,
  ).toHaveLength(1);

  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const trail = async (action: string) =>
    (await conn.query(`SELECT Id FROM SetupAuditTrail WHERE Action = '${action}'`)).totalSize;
  expect(await trail('suOrgAdminLogout')).toBe(await trail('suOrgAdminLogin'));
  const left = await conn.query("SELECT Id FROM Opportunity WHERE Name LIKE 'Persona %'");
  expect(left.records, 'test data deleted').toEqual([]);
});

test('a failure shows its YAML lines, and a step that outlasts --timeout is named with the timeout, not a bare Playwright timeout', async () => {
  const scenarios = scenarioFolder({
    'sdr-waits-for-a-task.yaml': [
      'id: sdr-waits-for-a-task',
      'title: SDR waits for a follow-up task that no automation creates',
      'persona: sdr',
      'reason: Prove that a step outlasting the timeout is explained',
      'ticket: REVOPS-3',
      'data:',
      '  lead:',
      '    sobject: Lead',
      '    fields: { LastName: "Persona {{run.id}}", Company: Acme, OwnerId: "{{persona.id}}" }',
      'steps:',
      '  - wait: { record: lead, task: { subject: "Never created {{run.id}}" }, within: 60s }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios, '--timeout', '24'], {
    env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(code, output).toBe(1);
  expect(output).not.toContain('Test timeout of');
  // The reports wrap long lines of a failure: phrases are compared with their line breaks as spaces.
  const plain = output.replace(/\s+/g, ' ');
  expect(plain).toContain(
    "was still running when the scenario's time ran out: a scenario has 24 s (--timeout 24)",
  );
  expect(plain).toContain('It waits up to 60 s (within:)');
  // Step titles show the values the run used, placeholders filled in.
  const runId = /persona-ux: run (\S+),/.exec(output)?.[1];
  expect(plain).toContain(`a Task "Never created ${runId}"`);
  expect(output).not.toContain('a Task "Never created {{run.id}}"');
  // The test is where its scenario is written, and the code frame is the scenario's line, not persona-ux's source.
  expect(output).toContain(`${path.relative(ROOT, scenarios)}/sdr-waits-for-a-task.yaml:1:1 › persona sdr ›`);
  expect(output).not.toContain('scenarios.spec');
  expect(output).toMatch(/> 11 \|\s+- wait: \{ record: lead/);
  expect(output).not.toMatch(/\.ts:\d+\s*\n\s*\n\s*\d+ \|/);
  const end = readAudit(reports).find((line) => line.event === 'impersonation.end');
  expect(end, output).toMatchObject({ outcome: 'timedOut', loggedOut: true });
  expect(output).toMatch(/✘ sdr-waits-for-a-task\s+sdr\s+timedOut/);
});

test('a scenario that runs out of time while a value is awaited after an edit says which value it awaited and what the page showed', async () => {
  const scenarios = scenarioFolder({
    'ae-expects-another-next-step.yaml': [
      'id: ae-expects-another-next-step',
      'title: AE expects a next step other than the one they typed',
      'persona: ae',
      'reason: Prove that a wait cut short by the timeout says what it waited for',
      'ticket: REVOPS-4',
      'data:',
      '  deal:',
      '    sobject: Opportunity',
      '    fields: { Name: "Persona {{run.id}}", StageName: Prospecting, CloseDate: "{{today+30}}", OwnerId: "{{persona.id}}" }',
      'steps:',
      '  - open: { record: deal }',
      '  - edit: { fields: { NextStep: Call the buyer } }',
      '  - expect: { values: { NextStep: Send the contract } }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios, '--timeout', '24'], {
    env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(code, output).toBe(1);
  const plain = output.replace(/\s+/g, ' ');
  expect(plain).toContain(
    'was still running when the scenario\'s time ran out, waiting for Opportunity.NextStep to show "Send the contract" (it shows "Call the buyer")',
  );
  expect(plain).toContain('if the page shows what it should not, correct the scenario or the org.');
});

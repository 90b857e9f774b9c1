import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, readAudit, runCli, scenarioFolder, tempDir } from './cli-run';

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

// The audit lines say who ran the run, from which commit of the scenarios, with which persona-ux, and which
// records each Login-As session touched: what a review needs when the admin is a shared CI or JWT user.
test.describe.configure({ timeout: 240_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('run.start names the operator, the scenarios commit and the persona-ux version; each end line lists the records its session touched', async () => {
  const reports = tempDir('reports');
  const scenario = (name: string) => path.join(ROOT, 'scenarios', `${name}.yaml`);
  const { code, output } = await runCli(
    [
      'run',
      scenario('sdr-sees-routed-lead'),
      scenario('ae-discount-approved-by-manager'),
      scenario('ae-creates-renewal-opportunity'),
    ],
    { env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports, GITHUB_ACTOR: 'octocat' } },
  );
  expect(code, output).toBe(0);
  const audit = readAudit(reports);

  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  expect(audit[0]).toMatchObject({
    event: 'run.start',
    operator: { name: 'octocat', via: 'GITHUB_ACTOR', osUser: expect.any(String), host: expect.any(String) },
    scenarios: { commit: head },
    tool: { name: 'persona-ux', version: PACKAGE_VERSION },
  });

  const ends = (id: string) =>
    audit
      .filter((line) => line.event === 'impersonation.end' && (line.scenario as { id: string }).id === id)
      .map((line) => ({ persona: line.persona, records: line.records }));
  const id = expect.stringMatching(/^[a-zA-Z0-9]{18}$/);
  expect(ends('sdr-sees-routed-lead')).toEqual([
    { persona: 'sdr', records: [{ sobject: 'Lead', id, action: 'opened' }] },
  ]);
  const approval = ends('ae-discount-approved-by-manager');
  expect(approval).toEqual([
    {
      persona: 'ae',
      records: [
        { sobject: 'Opportunity', id, action: 'opened' },
        { sobject: 'Opportunity', id, action: 'submitted for approval' },
      ],
    },
    { persona: 'sales-manager', records: [{ sobject: 'Opportunity', id, action: 'approved' }] },
    {
      persona: 'ae',
      records: [
        { sobject: 'Opportunity', id, action: 'opened' },
        { sobject: 'Opportunity', id, action: 'edited' },
      ],
    },
  ]);
  const deal = new Set(
    approval.flatMap((end) => (end.records as { id: string }[]).map((record) => record.id)),
  );
  expect(deal.size, 'one deal throughout').toBe(1);
  // The second create was refused by the validation rule: nothing was created, so nothing is listed.
  expect(ends('ae-creates-renewal-opportunity')).toEqual([
    { persona: 'ae', records: [{ sobject: 'Opportunity', id, action: 'created' }] },
  ]);
});

test('a record the persona opened lists on the end line, also when cannotOpen fails because its page loaded', async () => {
  const reports = tempDir('reports');
  const scenarios = scenarioFolder({
    'sdr-opens-own-lead.yaml': [
      'id: sdr-opens-own-lead',
      'title: The SDR is expected not to open a lead they own',
      'persona: sdr',
      'reason: Access review',
      'ticket: REVOPS-1',
      'data:',
      '  lead: { sobject: Lead, fields: { LastName: Own, Company: Acme, OwnerId: "{{persona.id}}" } }',
      'steps:',
      '  - cannotOpen: lead',
    ],
  });
  const { code, output } = await runCli(['run', scenarios], {
    env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
  });
  expect(output).toContain('expected Insufficient Privileges, but the record page loaded');
  expect(code, output).toBe(1);
  const ends = readAudit(reports).filter((line) => line.event === 'impersonation.end');
  expect(ends.map((line) => line.records)).toEqual([
    [{ sobject: 'Lead', id: expect.stringMatching(/^00Q\w{15}$/), action: 'opened' }],
  ]);
});

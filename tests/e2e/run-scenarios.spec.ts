import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import {
  allureResults,
  demoRunTimeout,
  demoScenarios,
  emulatorOrgEnv,
  label,
  ROOT,
  readAudit,
  runCli,
  scenarioFolder,
  secretsFoundUnder,
  tempDir,
} from './cli-run';

// Each test runs a whole `persona-ux run` (browser, workers, reports) in a child process.
test.describe.configure({ timeout: demoRunTimeout() });

// `persona-ux run` against an org configured through SF_* variables — exactly how a real sandbox is
// configured — served here by an emulator this test owns, so it can see every session id it issued.
test.describe.configure({ mode: 'serial' });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => {
  await emulator?.stop();
});

function orgEnv(reports: string): NodeJS.ProcessEnv {
  return {
    ...emulatorOrgEnv(emulator),
    PERSONA_UX_REPORTS_DIR: reports,
  };
}

test('the demo scenarios pass, with reports, an audit pair per persona session and no secret on disk', async () => {
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', 'scenarios'], { env: orgEnv(reports) });

  expect(output).toMatch(/✓ sdr-sees-routed-lead\s+sdr\s+passed/);
  expect(output).toMatch(/✓ ae-sees-lead-revenue\s+ae\s+passed/);
  expect(output).toMatch(/✓ finance-sees-credit-limit\s+finance\s+passed/);
  expect(code, output).toBe(0);
  for (const report of ['html/index.html', 'junit.xml', 'allure/index.html', 'allure-history.jsonl']) {
    expect(existsSync(path.join(reports, report)), report).toBe(true);
  }
  const sdrResult = allureResults(reports).find(
    (result) => label(result, 'scenario') === 'sdr-sees-routed-lead',
  );
  expect(label(sdrResult, 'persona')).toBe('sdr');
  expect(sdrResult?.labels.filter((l) => l.name === 'tag').map((l) => l.value)).toEqual(
    expect.arrayContaining(['sdr', 'REVOPS-142', 'lead-routing']),
  );
  expect(sdrResult?.links).toContainEqual(expect.objectContaining({ type: 'issue', name: 'REVOPS-142' }));
  // A sensitive persona's approval is shown on the test and recorded with the impersonation.
  const financeResult = allureResults(reports).find((result) => label(result, 'persona') === 'finance') as
    | { parameters?: { name: string; value: string }[] }
    | undefined;
  expect(financeResult?.parameters).toContainEqual(
    expect.objectContaining({ name: 'approval', value: expect.stringContaining('Dana Lee') }),
  );

  const audit = readAudit(reports);
  const demos = demoScenarios();
  // Each scenario logs in as its persona, then as the persona of each `as:` step. A Login-As expected refused
  // ends as login-failed without "Log out as", or never reaches the Login click (no button for an inactive user).
  const logins = demos.flatMap((scenario) => {
    const byName = new Map((scenario.personas ?? [scenario.persona]).map((p) => [p.name, p]));
    return [
      { scenario, persona: scenario.persona, refused: scenario.loginRefused },
      ...scenario.steps.flatMap((step) =>
        step.kind === 'as'
          ? [{ scenario, persona: byName.get(step.persona) ?? scenario.persona, refused: step.loginRefused }]
          : [],
      ),
    ];
  });
  const sessionsOf = (scenario: string, persona: string) =>
    audit.filter(
      (event) => (event.scenario as { id: string } | undefined)?.id === scenario && event.persona === persona,
    );
  const refused = new Set(
    logins.filter((login) => login.refused).map((l) => `${l.scenario.id}/${l.persona.name}`),
  );
  const starts = audit.filter((event) => event.event === 'impersonation.start');
  expect(
    starts.filter((event) => !refused.has(`${(event.scenario as { id: string }).id}/${event.persona}`)),
  ).toHaveLength(logins.filter((login) => !login.refused).length);
  for (const { scenario, persona } of logins) {
    // A matrix scenario is one test per persona, all under the scenario's id.
    const events = sessionsOf(scenario.id, persona.name);
    if (refused.has(`${scenario.id}/${persona.name}`)) {
      expect(events.filter((event) => event.event === 'impersonation.end')).toEqual(
        events
          .filter((event) => event.event === 'impersonation.start')
          .map(() => expect.objectContaining({ outcome: 'login-failed', loggedOut: false })),
      );
      continue;
    }
    const times = logins.filter(
      (l) => l.scenario.id === scenario.id && l.persona.name === persona.name,
    ).length;
    expect(events.map((event) => event.event)).toEqual(
      Array.from({ length: times }).flatMap(() => ['impersonation.start', 'impersonation.end']),
    );
    const [start, end] = events;
    expect(start).toMatchObject({
      persona: persona.name,
      // A persona without a username is resolved to a matching user at run time.
      targetUser: { username: persona.username ?? expect.any(String) },
      admin: { username: emulator.admin.username },
      org: { id: emulator.orgId },
      reason: expect.any(String),
      ticket: expect.stringMatching(/^[A-Z]+-\d+$/),
      runId: expect.any(String),
    });
    expect(end).toMatchObject({
      outcome: 'passed',
      loggedOut: true,
      runId: start.runId,
      orgAuditTrail: { loginId: expect.stringMatching(/^0Ym/), logoutId: expect.stringMatching(/^0Ym/) },
    });
    expect(end.orgAuditTrail).not.toHaveProperty('missing');
    if (persona.sensitive) expect(start.approval).toMatchObject({ approver: expect.any(String) });
    expect(Date.parse(end.at as string)).toBeGreaterThanOrEqual(Date.parse(start.at as string));
  }
  // Whatever ran in parallel, a user is never impersonated by two sessions at once.
  const impersonated = new Set<string>();
  for (const event of audit.filter((line) => String(line.event).startsWith('impersonation.'))) {
    const { username } = event.targetUser as { username: string };
    if (event.event === 'impersonation.start') {
      expect(impersonated, `${username} impersonated again before its session ended`).not.toContain(username);
      impersonated.add(username);
    } else impersonated.delete(username);
  }

  const secrets = [...emulator.issuedSecrets(), emulator.admin.password, emulator.oauth.clientSecret];
  expect(emulator.issuedSecrets().length).toBeGreaterThan(2);
  expect(secretsFoundUnder(reports, secrets)).toEqual([]);
});

test('a wrong expectation fails the run with persona, field, expected and seen', async () => {
  const scenarios = scenarioFolder({
    'sdr-expects-revenue.yaml': [
      'id: sdr-expects-revenue',
      'title: SDR wrongly expected to see internal revenue',
      'persona: sdr',
      'reason: Prove that a wrong expectation fails loudly',
      'ticket: REVOPS-1',
      'data:',
      '  lead:',
      '    sobject: Lead',
      '    fields: { LastName: "Wrong {{run.id}}", Company: Acme, OwnerId: "{{persona.id}}" }',
      'steps:',
      '  - open: { record: lead }',
      '  - expect:',
      '      visible: [Internal_Revenue__c, Rating]',
      '      hidden: [Status]',
      '      values: { OwnerId: Avery Admin, Company: Acme }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios], { env: orgEnv(reports) });

  expect(code, output).toBe(1); // a scenario failed
  expect(output).toContain('Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example)');
  // The reports wrap long lines of a failure: phrases are compared with their line breaks as spaces.
  const plain = output.replace(/\s+/g, ' ');
  expect(plain).toContain(
    'Lead.Internal_Revenue__c: expected visible, but it is not on the page — field-level security hides it',
  );
  expect(plain).toContain(
    'Lead.Rating: expected visible, but it is not on the page — the page layout "Lead Layout - SDR" assigned to ' +
      'profile "Sales Development Rep" does not place it (field-level security grants Read via profile ' +
      '"Sales Development Rep")',
  );
  expect(output).toContain('Lead.Status: expected hidden, but it is visible');
  expect(output).toContain('Lead.OwnerId: expected "Avery Admin", but it shows "Sam Rivera"');
  expect(output).not.toContain('Lead.Company:');
  expect(output).toMatch(/✘ sdr-expects-revenue\s+sdr\s+failed/);
  const audit = readAudit(reports).filter((event) => event.event !== 'run.start');
  expect(audit.map((event) => [event.event, event.outcome])).toEqual([
    ['impersonation.start', undefined],
    ['impersonation.end', 'failed'],
  ]);
  expect(audit[1]).toMatchObject({ loggedOut: true });

  const conn = new Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(emulator.admin.username, emulator.admin.password);
  const left = await conn.query("SELECT Id FROM Lead WHERE LastName LIKE 'Wrong %'");
  expect(left.records, 'test data is deleted after a failed scenario too').toEqual([]);
});

test('--grep picks scenarios by persona tag, like Playwright', async () => {
  const scenarios = tempDir('grep');
  const files = ['sdr-sees-routed-lead', 'ae-sees-lead-revenue', 'ae-sees-hot-rating-from-score'];
  for (const file of ['personas', ...files]) {
    cpSync(path.join(ROOT, 'scenarios', `${file}.yaml`), path.join(scenarios, `${file}.yaml`));
  }
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios, '--grep', '@ae'], { env: orgEnv(reports) });
  expect(code, output).toBe(0);
  expect(output).toContain('2 scenario(s), 2 passed, 0 failed');
  expect(output).toMatch(/✓ ae-sees-lead-revenue\s+ae\s+passed/);
  expect(output).toMatch(/✓ ae-sees-hot-rating-from-score\s+ae\s+passed/);
  expect(output).not.toContain('sdr-sees-routed-lead');
});

test('one persona is never logged into twice at once; other personas run alongside', async () => {
  const scenarios = tempDir('parallel');
  const others = ['ae-sees-lead-revenue', 'finance-sees-credit-limit'];
  for (const file of ['personas', 'sdr-sees-routed-lead', ...others]) {
    cpSync(path.join(ROOT, 'scenarios', `${file}.yaml`), path.join(scenarios, `${file}.yaml`));
  }
  const sdr = readFileSync(path.join(scenarios, 'sdr-sees-routed-lead.yaml'), 'utf8');
  // More SDR scenarios than the others can keep apart: the two workers run the last of them together unless the
  // SDR's user is locked.
  for (const id of ['a0-sdr-once', 'a1-sdr-twice', 'a2-sdr-thrice']) {
    writeFileSync(path.join(scenarios, `${id}.yaml`), sdr.replace('id: sdr-sees-routed-lead', `id: ${id}`));
  }
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios, '--workers', '2'], { env: orgEnv(reports) });
  expect(code, output).toBe(0);

  const sessions = (persona: string) => {
    const events = readAudit(reports).filter((event) => event.persona === persona);
    const times = (kind: string) =>
      events.filter((event) => event.event === kind).map((event) => Date.parse(event.at as string));
    const ends = times('impersonation.end').sort();
    return times('impersonation.start')
      .sort()
      .map((start, i) => ({ start, end: ends[i] }));
  };
  const sdrSessions = sessions('sdr');
  expect(sdrSessions).toHaveLength(4);
  for (let i = 1; i < sdrSessions.length; i++) {
    expect(sdrSessions[i].start, `SDR session ${i + 1} starts after session ${i} ended`).toBeGreaterThan(
      sdrSessions[i - 1].end,
    );
  }
  const otherSessions = ['ae', 'finance'].flatMap((persona) => sessions(persona));
  expect(otherSessions).toHaveLength(others.length);
  expect(
    otherSessions.some((other) => sdrSessions.some((sdr) => sdr.start < other.end && other.start < sdr.end)),
    'another persona runs while an SDR session is open',
  ).toBe(true);
});

test('invalid scenario files stop the run before any browser starts', async () => {
  const scenarios = scenarioFolder({
    'no-ticket.yaml': [
      'id: no-ticket',
      'title: Missing ticket',
      'persona: sdr',
      'reason: Because',
      'steps:',
      '  - open: { record: lead }',
    ],
  });
  const reports = tempDir('reports');
  const { code, output } = await runCli(['run', scenarios], { env: orgEnv(reports) });

  expect(code, output).toBe(2);
  expect(output).toContain(`${path.join(scenarios, 'no-ticket.yaml')}:1:1`);
  expect(output).toContain('ticket');
  expect(output).toContain('No browser was started');
  expect(existsSync(path.join(reports, 'audit'))).toBe(false);
});

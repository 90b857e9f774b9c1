import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ORG_FILE, loadOrgDefinition, type RunningEmulator, startEmulator } from '../../../emulator';
import { emulatorOrgEnv, readAudit, runCli, scenarioFolder, tempDir } from '../../e2e/cli-run';

/**
 * Persona journeys run end to end against the emulator, as a user runs them: `as:` switches persona with an
 * audit pair each, and `loginRefused` proves (or fails to prove) a refused Login-As with the org's reason.
 * The Account Executive profile allows logins only from 10.9.9.1–10.9.9.9 here, which the run is not on.
 */
test.describe.configure({ timeout: 240_000 });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  const org = structuredClone(loadOrgDefinition(DEFAULT_ORG_FILE));
  const ae = org.profiles.find((profile) => profile.name === 'Account Executive');
  if (!ae) throw new Error('the demo org has no Account Executive profile');
  ae.loginIpRanges = [{ start: '10.9.9.1', end: '10.9.9.9' }];
  emulator = await startEmulator({ org });
});
test.afterAll(async () => emulator?.stop());

const header = (id: string, persona: string) => [
  `id: ${id}`,
  `title: ${id}`,
  `persona: ${persona}`,
  'reason: Persona journey check',
  'ticket: REVOPS-7',
];

const LEAD = [
  'data:',
  '  lead:',
  '    sobject: Lead',
  // Marketing ops owns it; the SDR reads it through the open-leads sharing rule.
  '    fields: { LastName: "Journey {{run.id}}", Company: Acme, OwnerId: "{{personas.mops.id}}" }',
];

async function run(files: Record<string, string[]>, args: string[] = []) {
  const scenarios = scenarioFolder(files);
  const reports = tempDir('reports');
  const result = await runCli(['run', scenarios, '--workers', '1', ...args], {
    env: { ...emulatorOrgEnv(emulator), PERSONA_UX_REPORTS_DIR: reports },
  });
  const audit = readAudit(reports).filter((line) => String(line.event).startsWith('impersonation.'));
  const lines = audit.map((line) => ({
    event: line.event,
    scenario: (line.scenario as { id: string }).id,
    persona: line.persona,
    outcome: line.outcome,
    loggedOut: line.loggedOut,
  }));
  return { ...result, audit: lines, raw: audit, reports };
}

test('`as:` hands over from one persona to the next: each is logged in, checked and logged out with its audit pair', async () => {
  const { code, output, audit } = await run({
    'handoff.yaml': [
      ...header('csm-hands-to-sdr', 'csm'),
      ...LEAD,
      'steps:',
      '  - as: sdr',
      '  - open: { record: lead }',
      '  - expect: { visible: [Company], hidden: [Internal_Revenue__c], values: { OwnerId: "{{personas.mops.name}}" } }',
      '  - as: mops',
      '  - open: { record: lead }',
      '  - expect: { visible: [Lead_Score__c], hidden: [Internal_Revenue__c] }',
    ],
  });
  expect(code, output).toBe(0);
  expect(audit).toEqual([
    {
      event: 'impersonation.start',
      scenario: 'csm-hands-to-sdr',
      persona: 'csm',
      outcome: undefined,
      loggedOut: undefined,
    },
    {
      event: 'impersonation.end',
      scenario: 'csm-hands-to-sdr',
      persona: 'csm',
      outcome: 'passed',
      loggedOut: true,
    },
    {
      event: 'impersonation.start',
      scenario: 'csm-hands-to-sdr',
      persona: 'sdr',
      outcome: undefined,
      loggedOut: undefined,
    },
    {
      event: 'impersonation.end',
      scenario: 'csm-hands-to-sdr',
      persona: 'sdr',
      outcome: 'passed',
      loggedOut: true,
    },
    {
      event: 'impersonation.start',
      scenario: 'csm-hands-to-sdr',
      persona: 'mops',
      outcome: undefined,
      loggedOut: undefined,
    },
    {
      event: 'impersonation.end',
      scenario: 'csm-hands-to-sdr',
      persona: 'mops',
      outcome: 'passed',
      loggedOut: true,
    },
  ]);
});

test('a check that fails after `as:` names the persona switched to, the record, the field and why; that session is ended too', async () => {
  const { code, output, audit, raw } = await run({
    'handoff.yaml': [
      ...header('sdr-hands-to-mops', 'sdr'),
      ...LEAD,
      'steps:',
      '  - open: { record: lead }',
      '  - as: mops',
      '  - open: { record: lead }',
      '  - expect: { visible: [Internal_Revenue__c] }',
    ],
  });
  expect(code, output).toBe(1);
  // The persona switched to, the record, the field, expected, seen and why — not the scenario's first persona.
  // The reports wrap long lines of a failure: compared with its line breaks as spaces.
  expect(output.replace(/\s+/g, ' ')).toMatch(
    /Persona "mops" \(Riley Park, riley\.mops@acme-demo\.example\) on Lead 00Q\w{15} \(data "lead"\): - Lead\.Internal_Revenue__c: expected visible, but it is not on the page — field-level security hides it: neither the profile nor any permission set grants Read/,
  );
  expect(audit.map((line) => [line.event, line.persona, line.outcome ?? ''])).toEqual([
    ['impersonation.start', 'sdr', ''],
    ['impersonation.end', 'sdr', 'passed'],
    ['impersonation.start', 'mops', ''],
    ['impersonation.end', 'mops', 'failed'],
  ]);
  expect(raw.at(-1)).toMatchObject({ loggedOut: true });
});

test('loginRefused: a frozen user refused says "frozen", an inactive one "inactive", a restricted profile "ipRange"', async () => {
  const { code, output, audit, reports } = await run({
    'frozen.yaml': [...header('frozen-refused', 'frozen-ae'), 'loginRefused: frozen'],
    'inactive.yaml': [
      ...header('inactive-refused', 'sdr'),
      'steps:',
      '  - as: { persona: former-sdr, loginRefused: inactive }',
      '  - as: { persona: ae, loginRefused: ipRange }',
      '  - as: csm',
    ],
  });
  expect(code, output).toBe(0);
  const junit = readFileSync(path.join(reports, 'junit.xml'), 'utf8');
  expect(junit).toContain(
    'persona &quot;frozen-ae&quot; (Felix Moreau, felix.frozen@acme-demo.example): frozen — felix.frozen@acme-demo.example is frozen (UserLogin.IsFrozen = true)',
  );
  expect(junit).toContain(
    'persona &quot;former-sdr&quot; (Olivia Brooks, olivia.former@acme-demo.example): inactive — ',
  );
  expect(junit).toContain('persona &quot;ae&quot; (Ava Chen, ava.ae@acme-demo.example): ipRange — profile');
  // The frozen user: the Login click is made and refused; the inactive user has no Login button at all.
  // Per scenario, in order (the two scenarios run one after the other, in either order).
  const byScenario = (id: string) => audit.filter((line) => line.scenario === id);
  expect(
    [...byScenario('frozen-refused'), ...byScenario('inactive-refused')].map((line) => [
      line.scenario,
      line.event,
      line.persona,
      line.outcome ?? '',
    ]),
  ).toEqual([
    ['frozen-refused', 'impersonation.start', 'frozen-ae', ''],
    ['frozen-refused', 'impersonation.end', 'frozen-ae', 'login-failed'],
    ['inactive-refused', 'impersonation.start', 'sdr', ''],
    ['inactive-refused', 'impersonation.end', 'sdr', 'passed'],
    ['inactive-refused', 'impersonation.start', 'ae', ''],
    ['inactive-refused', 'impersonation.end', 'ae', 'login-failed'],
    ['inactive-refused', 'impersonation.start', 'csm', ''],
    ['inactive-refused', 'impersonation.end', 'csm', 'passed'],
  ]);
});

test('loginRefused fails when Login-As succeeds, or is refused for another reason, each message naming persona, expected, seen and why', async () => {
  const { code, output } = await run({
    'succeeds.yaml': [
      ...header('csm-expected-refused', 'sdr'),
      'steps:',
      '  - as: { persona: csm, loginRefused: loginHours }',
    ],
    'other-reason.yaml': [
      ...header('ae-expected-hours', 'sdr'),
      'steps:',
      '  - as: { persona: ae, loginRefused: loginHours }',
    ],
  });
  expect(code, output).toBe(1);
  const plain = output.replace(/\s+/g, ' ');
  expect(plain).toContain(
    'Login-As of persona "csm" (Casey Morgan, casey.csm@acme-demo.example): expected refused (loginHours), ' +
      'but Salesforce logged the admin in as Casey Morgan (the Login-As banner names them). ' +
      'The org shows no cause for a refusal: no row of the troubleshooting table applies.',
  );
  expect(plain).toContain(
    'Login-As of persona "ae" (Ava Chen, ava.ae@acme-demo.example): expected refused (loginHours), and it was ' +
      'refused, but not for that reason — Salesforce said:',
  );
  expect(plain).toContain(
    'Why, from the org as the admin: ipRange: profile "Account Executive" of ava.ae@acme-demo.example restricts login IP ranges 10.9.9.1–10.9.9.9',
  );
});

test('a scenario stopped by its timeout after `as:` still ends the last Login-As with "Log out as", recorded', async () => {
  const { code, output, audit } = await run(
    {
      'stuck.yaml': [
        ...header('sdr-hands-to-mops-then-waits', 'sdr'),
        ...LEAD,
        'steps:',
        '  - as: mops',
        // Never true: the run's --timeout stops the scenario while it polls.
        '  - wait: { record: lead, until: { OwnerId: { queue: Customer_Success_Queue } }, within: 10m }',
      ],
    },
    ['--timeout', '40'],
  );
  expect(code, output).toBe(1);
  // The reports wrap long lines of a failure: compared with its line breaks as spaces.
  expect(output.replace(/\s+/g, ' ')).toContain("was still running when the scenario's time ran out");
  expect(audit).toEqual([
    expect.objectContaining({ event: 'impersonation.start', persona: 'sdr' }),
    expect.objectContaining({
      event: 'impersonation.end',
      persona: 'sdr',
      outcome: 'passed',
      loggedOut: true,
    }),
    expect.objectContaining({ event: 'impersonation.start', persona: 'mops' }),
    expect.objectContaining({
      event: 'impersonation.end',
      persona: 'mops',
      outcome: 'timedOut',
      loggedOut: true,
    }),
  ]);
});

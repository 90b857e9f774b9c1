import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import type { OrgConnection } from '../../fixtures/org-connection';
import { loadScenarios } from '../../runner/loader';
import { checkOrgNames } from '../../runner/org-names';
import { readsAdminLanguage } from '../../runner/org-names/viewer-languages';
import { adminConnection, emulatedOrg } from '../e2e/cli-run';
import { demoOrg } from '../emulator/helpers';
import { loadOne, scenarioDir } from './scenario-files';

// The column labels report expectations use, checked against the report's columns as the admin describes them.
let emulator: RunningEmulator;
let org: OrgConnection;
test.beforeAll(async () => {
  ({ emulator, org } = await emulatedOrg());
});
test.afterAll(async () => emulator?.stop());

const HEAD = ['id: columns', 'title: Columns', 'persona: mops', 'reason: Persona check', 'ticket: REVOPS-1'];
const LEAD_ATTRIBUTION = [
  ...HEAD,
  'data:',
  '  lead: { sobject: Lead, fields: { LastName: L, Company: C, LeadSource: Web } }',
  'steps:',
  '  - open: { report: Lead_Attribution }',
];
const ITS_COLUMNS =
  '(its columns, described as the admin: Name, Company, Lead Source, Lead Score, Internal Revenue).';

async function problemsOf(lines: string[], conn: Connection = org.conn) {
  const { scenarios, errors } = loadOne(lines);
  expect(errors).toEqual([]);
  const { problems, checked, notes } = await checkOrgNames(conn, scenarios);
  return { problems, checked, notes, at: problems.map((p) => `${p.line}:${p.column} ${p.path}`) };
}

test('a misspelt label in columns, in a values row and in columnsAbsent is reported at the label, with the label meant', async () => {
  const { problems, at } = await problemsOf([
    ...LEAD_ATTRIBUTION,
    '  - expect:',
    '      report:',
    '        columns: { "Lead Sorce": [Web] }',
    '        values: { lead: { Company: C, "Lead Scor": "80" } }',
    '        columnsAbsent: ["Internal Revenu"]',
  ]);
  expect(at).toEqual([
    '12:20 steps[1].expect.report.columns["Lead Sorce"]',
    '13:39 steps[1].expect.report.values.lead["Lead Scor"]',
    '14:25 steps[1].expect.report.columnsAbsent[0]',
  ]);
  expect(problems.map((problem) => problem.message)).toEqual([
    `report "Lead_Attribution" has no column "Lead Sorce" ${ITS_COLUMNS} Did you mean "Lead Source"?`,
    `report "Lead_Attribution" has no column "Lead Scor" ${ITS_COLUMNS} Did you mean "Lead Score"?`,
    `report "Lead_Attribution" has no column "Internal Revenu" ${ITS_COLUMNS} Did you mean "Internal Revenue"?`,
  ]);
});

test('labels the report has pass, and are counted', async () => {
  const { problems, checked } = await problemsOf([
    ...LEAD_ATTRIBUTION,
    '  - expect:',
    '      report:',
    '        columns: { Lead Source: [Web] }',
    '        values: { lead: { Company: C, Lead Score: "80" } }',
    '        columnsAbsent: [Internal Revenue]',
  ]);
  expect(problems).toEqual([]);
  expect(checked.reportColumn).toBe(4);
});

test('the labels of a later expect are checked against the report opened before it, not an earlier one', async () => {
  const { at, problems } = await problemsOf([
    ...LEAD_ATTRIBUTION,
    '  - expect: { report: { columnsAbsent: [Internal Revenue] } }',
    '  - open: { report: Credit_Limits }',
    '  - expect: { report: { columnsAbsent: [Internal Revenue] } }',
  ]);
  expect(at).toEqual(['12:41 steps[3].expect.report.columnsAbsent[0]']);
  expect(problems[0]?.message).toMatch(/^report "Credit_Limits" has no column "Internal Revenue" \(/);
});

test('on a grouped report only columnsAbsent is checked: its columns and values are refused by the grouped-report check alone', async () => {
  const { at, problems } = await problemsOf([
    ...HEAD,
    'steps:',
    '  - open: { report: Pipeline_By_Owner }',
    '  - expect: { report: { columns: { Amout: ["1"] } } }',
    '  - expect: { report: { columnsAbsent: [Amout] } }',
  ]);
  expect(at).toEqual(['8:34 steps[1].expect.report.columns', '9:41 steps[2].expect.report.columnsAbsent[0]']);
  expect(problems[0]?.message).toMatch(/^on report "Pipeline_By_Owner": columns: cannot be read/);
  expect(problems[1]?.message).toMatch(
    /^report "Pipeline_By_Owner" has no column "Amout" .* Did you mean "Amount"\?$/,
  );
});

test('a report used by two scenarios is described once', async () => {
  const scenario = (id: string) =>
    [
      ...LEAD_ATTRIBUTION.map((line) => line.replace('id: columns', `id: ${id}`)),
      '  - expect: { report: { columnsAbsent: [Internal Revenu] } }',
    ].join('\n');
  const { scenarios, errors } = loadScenarios([
    scenarioDir({ 'a.yaml': scenario('a'), 'b.yaml': scenario('b') }),
  ]);
  expect(errors).toEqual([]);
  const described: string[] = [];
  const counting = Object.create(org.conn) as Connection;
  counting.request = ((request: string | { url: string }, ...rest: unknown[]) => {
    const url = typeof request === 'string' ? request : request.url;
    if (url.endsWith('/describe')) described.push(url);
    return (org.conn.request as (...args: unknown[]) => unknown)(request, ...rest);
  }) as Connection['request'];
  const { problems } = await checkOrgNames(counting, scenarios);
  expect(problems.map((problem) => `${path.basename(problem.file)}:${problem.line}`)).toEqual([
    'a.yaml:10',
    'b.yaml:10',
  ]);
  expect(described).toHaveLength(1);
});

test("a persona whose user reads another language than the admin's is not checked, and the run is left to say so", async () => {
  const lines = [...LEAD_ATTRIBUTION, '  - expect: { report: { columnsAbsent: [Internal Revenu] } }'];
  const germanOrg = await startEmulator({
    port: 0,
    org: demoOrg((definition) => {
      const mops = definition.users.find((user) => user.username === 'riley.mops@acme-demo.example');
      if (!mops) throw new Error('the demo org has no riley.mops');
      mops.language = 'de';
    }),
  });
  try {
    const german = await problemsOf(lines, (await adminConnection(germanOrg)).conn);
    expect(german.problems).toEqual([]);
    expect(german.checked.reportColumn).toBe(0);
    expect(german.notes).toEqual([
      expect.stringContaining('Report column labels used by mops were left to the run'),
    ]);
  } finally {
    await germanOrg.stop();
  }
  const english = await problemsOf(lines);
  expect(english.at).toEqual(['10:41 steps[1].expect.report.columnsAbsent[0]']);
  expect(english.notes).toEqual([]);
});

test("a persona reads the admin's labels only when each of its users is known to have the admin's language", () => {
  const users = {
    read: true as const,
    admin: 'en_US',
    byUsername: new Map(
      Object.entries({ 'sam@x.example': 'en_US', 'ava@x.example': 'de', 'eve@x.example': 'en_US' }),
    ),
  };
  expect(readsAdminLanguage(users, ['Sam@x.example'])).toBe(true);
  expect(readsAdminLanguage(users, ['sam@x.example', 'eve@x.example'])).toBe(true);
  expect(readsAdminLanguage(users, ['ava@x.example'])).toBe(false);
  expect(readsAdminLanguage(users, ['sam@x.example', 'ava@x.example'])).toBe(false);
  expect(readsAdminLanguage(users, ['nobody@x.example'])).toBe(false);
  expect(readsAdminLanguage(users, [])).toBe(false);
  const adminUnread = { read: true as const, byUsername: new Map([['sam@x.example', 'en_US']]) };
  expect(readsAdminLanguage(adminUnread, ['sam@x.example'])).toBe(false);
  expect(readsAdminLanguage({ read: false, why: 'refused' }, ['sam@x.example'])).toBe(false);
});

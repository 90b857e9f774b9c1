import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { AuditLog, auditFiles, type ImpersonationEvent, type RunStartEvent } from '../../fixtures/audit-log';
import { runCli, tempDir } from '../e2e/cli-run';

function event(
  kind: ImpersonationEvent['event'],
  at: string,
  persona: string,
  username: string,
  extra: Partial<ImpersonationEvent> = {},
): ImpersonationEvent {
  return {
    event: kind,
    at,
    runId: `run-${at.slice(0, 10)}`,
    scenario: { id: `${persona}-check`, title: 'Check', file: `scenarios/${persona}.yaml` },
    persona,
    targetUser: { id: `005${username.length}`, username, name: username.split('@')[0] },
    admin: { id: '005000000000001AAA', username: 'admin@acme-demo.example' },
    reason: `Release check for ${persona}`,
    ticket: `REVOPS-${persona.length}`,
    org: { id: '00DAu00000AcMeDMAV', instanceUrl: 'https://acme.example' },
    ...extra,
  };
}

async function writeAudit(dir: string): Promise<void> {
  const log = new AuditLog(path.join(dir, '20260101T000000Z-aaaaaa.jsonl'));
  for (const day of ['2026-01-02', '2026-01-03', '2026-01-04']) {
    await log.append(event('impersonation.start', `${day}T10:00:00.000Z`, 'sdr', 'sam.sdr@acme.example'));
    await log.append(
      event('impersonation.end', `${day}T10:00:04.000Z`, 'sdr', 'sam.sdr@acme.example', {
        outcome: 'passed',
        loggedOut: true,
        durationMs: 4000,
      }),
    );
  }
  const approval = { approver: 'Dana Finance Director', reference: 'APPROVAL-9' };
  await log.append(
    event('impersonation.start', '2026-01-05T09:00:00.000Z', 'finance', 'fiona@acme.example', { approval }),
  );
  await log.append(
    event('impersonation.end', '2026-01-05T09:00:02.500Z', 'finance', 'fiona@acme.example', {
      approval,
      outcome: 'failed',
      loggedOut: true,
      durationMs: 2500,
    }),
  );
  // A run killed before it could end its session.
  await log.append(event('impersonation.start', '2026-01-06T09:00:00.000Z', 'ae', 'ava@acme.example'));
}

test('audit report writes HTML and CSV: sessions paired, repeated targets flagged, sensitive personas apart', async () => {
  const audit = tempDir('audit');
  await writeAudit(audit);
  const out = tempDir('review');
  const { code, output } = await runCli(
    [
      'audit',
      'report',
      audit,
      '--out',
      out,
      '--since',
      '2026-01-01',
      '--repeat',
      '2',
      '--sensitive',
      'finance',
    ],
    { env: { PERSONA_UX_TICKET_URL: 'https://jira.example.com/browse/%s' } },
  );
  expect(output).toContain(
    'audit report: 5 session(s) since 2026-01-01T00:00:00.000Z, 1 of sensitive personas, 0 on production orgs, 1 user(s) impersonated more than 2 times.',
  );
  expect(code).toBe(0);

  const rows = parse(readFileSync(path.join(out, 'sessions.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((row) => [row.persona, row.outcome, row.sensitive, row.repeated])).toEqual([
    ['sdr', 'passed', 'false', 'true'],
    ['sdr', 'passed', 'false', 'true'],
    ['sdr', 'passed', 'false', 'true'],
    ['finance', 'failed', 'true', 'false'],
    ['ae', 'never ended', 'false', 'false'],
  ]);
  expect(rows[3]).toMatchObject({
    approval: 'Dana Finance Director (APPROVAL-9)',
    durationMs: '2500',
    ticket: 'REVOPS-7',
  });

  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(html).toContain('<h2>Sensitive personas (1)</h2>');
  expect(html).toContain('<strong>sam.sdr@acme.example</strong>: 3 sessions, tickets REVOPS-3');
  expect(html).toContain('<a href="https://jira.example.com/browse/REVOPS-7">REVOPS-7</a>');
  expect(html).toContain('<tr class="open">');

  const later = await runCli(['audit', 'report', audit, '--out', tempDir('review'), '--since', '2026-01-05']);
  expect(later.output).toContain('audit report: 2 session(s)');
});

function runStart(runId: string, at: string, production?: string): RunStartEvent {
  return {
    event: 'run.start',
    at,
    runId,
    org: {
      id: '00DAu00000AcMeDMAV',
      name: 'Acme',
      instanceUrl: 'https://acme.example',
      isSandbox: !production,
      organizationType: 'Enterprise Edition',
      instanceName: 'NA1',
    },
    admin: { id: '005000000000001AAA', username: 'admin@acme-demo.example' },
    auth: 'oauth-password',
    ...(production ? { allowProduction: { reason: production } } : {}),
  };
}

const csvRows = (out: string) =>
  parse(readFileSync(path.join(out, 'sessions.csv')), { columns: true }) as Record<string, string>[];

test('a session is sensitive as it was recorded, wherever the report runs and whatever personas.yaml says today', async () => {
  const audit = tempDir('audit');
  const log = new AuditLog(path.join(audit, '20260101T000000Z-aaaaaa.jsonl'));
  await log.append(
    event('impersonation.start', '2026-01-02T10:00:00.000Z', 'finance', 'fiona@acme.example', {
      sensitive: true,
    }),
  );
  await log.append(event('impersonation.start', '2026-01-02T11:00:00.000Z', 'sdr', 'sam.sdr@acme.example'));
  // Today's personas file un-marks finance and marks sdr: past sessions keep what was recorded.
  const project = tempDir('project');
  mkdirSync(path.join(project, 'scenarios'));
  writeFileSync(
    path.join(project, 'scenarios', 'personas.yaml'),
    'personas:\n  finance:\n    username: fiona@acme.example\n  sdr:\n    username: sam.sdr@acme.example\n    sensitive: true\n',
  );
  const out = tempDir('review');
  const { code, output } = await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01'], {
    cwd: project,
  });
  expect(code, output).toBe(0);
  expect(csvRows(out).map((row) => [row.persona, row.sensitive])).toEqual([
    ['finance', 'true'],
    ['sdr', 'false'],
  ]);
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<h2>Sensitive personas (1)</h2>');

  // A personas file the reviewer names adds the personas it marks; it never un-marks a recorded one.
  const named = tempDir('review');
  const withFile = await runCli(
    [
      'audit',
      'report',
      audit,
      '--out',
      named,
      '--since',
      '2026-01-01',
      '--personas',
      'scenarios/personas.yaml',
    ],
    { cwd: project },
  );
  expect(withFile.code, withFile.output).toBe(0);
  expect(csvRows(named).map((row) => [row.persona, row.sensitive])).toEqual([
    ['finance', 'true'],
    ['sdr', 'true'],
  ]);
});

test('production-org sessions carry the org kind and the override, and are listed apart', async () => {
  const audit = tempDir('audit');
  const log = new AuditLog(path.join(audit, '20260101T000000Z-aaaaaa.jsonl'));
  await log.append(runStart('run-prod', '2026-01-02T09:59:00.000Z', 'CHG-1234 approved smoke test'));
  await log.append({
    ...event('impersonation.start', '2026-01-02T10:00:00.000Z', 'sdr', 'sam.sdr@acme.example'),
    runId: 'run-prod',
  });
  await log.append(runStart('run-uat', '2026-01-03T09:59:00.000Z'));
  await log.append({
    ...event('impersonation.start', '2026-01-03T10:00:00.000Z', 'sdr', 'sam.sdr@acme.example'),
    runId: 'run-uat',
  });
  const out = tempDir('review');
  const { code, output } = await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01']);
  expect(output).toContain('1 on production orgs');
  expect(code, output).toBe(0);
  expect(csvRows(out).map((row) => [row.runId, row.sandbox, row.productionReason])).toEqual([
    ['run-prod', 'false', 'CHG-1234 approved smoke test'],
    ['run-uat', 'true', ''],
  ]);
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(html).toContain('<h2>Production orgs (1)</h2>');
  expect(html).toContain('<td>PRODUCTION, allowed: CHG-1234 approved smoke test</td>');
  expect(html).toContain('<h2>All other sessions (1)</h2>');
});

test('a Login-As Salesforce refused shows as refused, not as a session left open', async () => {
  const audit = tempDir('audit');
  const log = new AuditLog(path.join(audit, '20260101T000000Z-aaaaaa.jsonl'));
  await log.append(event('impersonation.start', '2026-01-02T10:00:00.000Z', 'frozen', 'fay@acme.example'));
  await log.append(
    event('impersonation.end', '2026-01-02T10:00:01.000Z', 'frozen', 'fay@acme.example', {
      outcome: 'login-failed',
      loggedOut: false,
    }),
  );
  const out = tempDir('review');
  expect((await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01'])).code).toBe(0);
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(html).toContain('<tr class="refused">');
  expect(html).toContain('refused: Salesforce started no session');
  expect(html).not.toContain('<tr class="open">');
});

test('a Login-As the org recorded is never shown as refused, even when its end line says login-failed', async () => {
  const audit = tempDir('audit');
  const log = new AuditLog(path.join(audit, '20260101T000000Z-aaaaaa.jsonl'));
  await log.append(event('impersonation.start', '2026-01-02T10:00:00.000Z', 'ae', 'ava@acme.example'));
  await log.append(
    event('impersonation.end', '2026-01-02T10:01:05.000Z', 'ae', 'ava@acme.example', {
      outcome: 'login-failed',
      loggedOut: false,
      orgAuditTrail: { loginId: '0YmA', missing: ['suOrgAdminLogout'] },
    }),
  );
  const out = tempDir('review');
  expect((await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01'])).code).toBe(0);
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(html).not.toContain('refused: Salesforce started no session');
  expect(html).toContain('<tr class="open">');
});

test('sessions.csv quotes a cell a spreadsheet would run as a formula', async () => {
  const audit = tempDir('audit');
  const log = new AuditLog(path.join(audit, '20260101T000000Z-aaaaaa.jsonl'));
  await log.append(
    event('impersonation.start', '2026-01-02T10:00:00.000Z', 'sdr', 'sam.sdr@acme.example', {
      reason: '=HYPERLINK("https://evil.example","click")',
      ticket: '+1-555',
    }),
  );
  const out = tempDir('review');
  expect((await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01'])).code).toBe(0);
  expect(csvRows(out)[0]).toMatchObject({
    reason: `'=HYPERLINK("https://evil.example","click")`,
    ticket: "'+1-555",
    persona: 'sdr',
  });
});

test('a review built from a broken chain says so first, and exits 1', async () => {
  const audit = tempDir('audit');
  await writeAudit(audit);
  const [file] = auditFiles(audit);
  writeFileSync(file, readFileSync(file, 'utf8').replace('Release check for ae', 'Release check for sdr'));
  const out = tempDir('review');
  const { code, output } = await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01']);
  expect(output).toContain(`audit chain BROKEN at ${file}:9: the line was changed after it was written`);
  expect(code).toBe(1);
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(html).toContain('<h2>The audit chain is broken</h2>');
  expect(html.indexOf('The audit chain is broken')).toBeLessThan(html.indexOf('<h1>'));
});

test('each session shows the records it touched, and each run who started it, from which scenarios commit, with which persona-ux', async () => {
  const audit = tempDir('audit');
  const log = new AuditLog(path.join(audit, '20260101T000000Z-aaaaaa.jsonl'));
  await log.append({
    ...runStart('run-ci', '2026-01-02T09:59:00.000Z'),
    operator: { name: '=dana-ci', via: 'GITHUB_ACTOR', osUser: 'runner', host: 'ci-7' },
    scenarios: { commit: '3f9c2ab1d4e05f6a7b8c9d0e1f2a3b4c5d6e7f80', ref: 'main' },
    tool: { name: 'persona-ux', version: '0.9.1' },
  });
  const inCi = { runId: 'run-ci' };
  await log.append({
    ...event('impersonation.start', '2026-01-02T10:00:00.000Z', 'ae', 'ava@acme.example'),
    ...inCi,
  });
  const opportunities = ['006A1', '006A2', '006A3', '006A4', '006A5'].map((id) => ({
    sobject: 'Opportunity',
    id,
    action: 'opened' as const,
  }));
  await log.append({
    ...event('impersonation.end', '2026-01-02T10:00:09.000Z', 'ae', 'ava@acme.example', {
      outcome: 'passed',
      loggedOut: true,
      durationMs: 9000,
      records: [
        { sobject: 'Lead', id: '00QA1', action: 'created' },
        { sobject: 'Lead', id: '00QA1', action: 'edited' },
        ...opportunities,
      ],
    }),
    ...inCi,
  });
  await log.append({
    ...event('impersonation.start', '2026-01-02T10:01:00.000Z', 'sdr', 'sam.sdr@acme.example'),
    ...inCi,
  });
  await log.append({
    ...event('impersonation.end', '2026-01-02T10:01:03.000Z', 'sdr', 'sam.sdr@acme.example', {
      outcome: 'passed',
      loggedOut: true,
      durationMs: 3000,
      records: [{ sobject: 'Lead', id: '00QB1', action: 'opened' }],
    }),
    ...inCi,
  });
  // A run logged before run.start said who started it, and a session whose end line lists no record.
  await log.append(runStart('run-old', '2026-01-03T09:59:00.000Z'));
  await log.append({
    ...event('impersonation.start', '2026-01-03T10:00:00.000Z', 'sdr', 'sam.sdr@acme.example'),
    runId: 'run-old',
  });
  await log.append({
    ...event('impersonation.end', '2026-01-03T10:00:01.000Z', 'sdr', 'sam.sdr@acme.example', {
      outcome: 'passed',
      loggedOut: true,
      records: [],
    }),
    runId: 'run-old',
  });
  const out = tempDir('review');
  const { code, output } = await runCli(['audit', 'report', audit, '--out', out, '--since', '2026-01-01']);
  expect(code, output).toBe(0);

  const csv = readFileSync(path.join(out, 'sessions.csv'), 'utf8');
  const [header] = parse(csv) as string[][];
  expect(header.slice(0, 20), 'the columns readers take by position stay where they were').toEqual([
    'start',
    'end',
    'durationMs',
    'targetUser',
    'targetName',
    'persona',
    'sensitive',
    'reason',
    'ticket',
    'approval',
    'admin',
    'outcome',
    'loggedOut',
    'repeated',
    'scenario',
    'runId',
    'orgId',
    'sandbox',
    'productionReason',
    'orgLoginId',
  ]);
  expect(
    csvRows(out).map((row) => [
      row.persona,
      row.records,
      row.operator,
      row.operatorVia,
      row.operatorOsUser,
      row.operatorHost,
      row.scenariosCommit,
      row.scenariosRef,
      row.toolVersion,
    ]),
  ).toEqual([
    [
      'ae',
      'Lead 00QA1: created, edited; Opportunity 006A1: opened; Opportunity 006A2: opened; ' +
        'Opportunity 006A3: opened; Opportunity 006A4: opened; Opportunity 006A5: opened',
      "'=dana-ci",
      'GITHUB_ACTOR',
      'runner',
      'ci-7',
      '3f9c2ab1d4e05f6a7b8c9d0e1f2a3b4c5d6e7f80',
      'main',
      '0.9.1',
    ],
    [
      'sdr',
      'Lead 00QB1: opened',
      "'=dana-ci",
      'GITHUB_ACTOR',
      'runner',
      'ci-7',
      '3f9c2ab1d4e05f6a7b8c9d0e1f2a3b4c5d6e7f80',
      'main',
      '0.9.1',
    ],
    ['sdr', 'none', '', '', '', '', '', '', ''],
  ]);

  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  // Each record links to itself in the org; a long list folds under what was done.
  expect(html).toContain(
    '<a href="https://acme.example/00QA1">Lead <code>00QA1</code></a> created, edited</li>',
  );
  expect(html).toContain('<details><summary>6 records: 1 created, 1 edited, 5 opened</summary>');
  expect(html).toContain(
    '<ul class="records"><li><a href="https://acme.example/00QB1">Lead <code>00QB1</code></a> opened</li></ul>',
  );
  expect(html).toContain('<span class="none">none</span>');
  expect(html).toContain(
    '<a href="#run-run-ci">=dana-ci</a><br><small title="3f9c2ab1d4e05f6a7b8c9d0e1f2a3b4c5d6e7f80">3f9c2ab1d4e0 (main)</small>',
  );
  expect(html, 'a session names who started its run, as the runs table does').toContain(
    '<th>scenario</th><th>started by</th><th>records touched</th>',
  );
  expect(html).toContain('<h2>Runs (2)</h2>');
  expect(html).toContain('<th>started by</th><th>scenarios commit</th><th>ran with</th><th>sessions</th>');
  expect(html).toContain(
    '<tr id="run-run-ci"><td>run-ci</td><td>2026-01-02T10:00:00.000Z</td><td>=dana-ci (GITHUB_ACTOR; OS user runner on ci-7)</td>' +
      '<td><code>3f9c2ab1d4e05f6a7b8c9d0e1f2a3b4c5d6e7f80 (main)</code></td><td>persona-ux 0.9.1</td><td>2</td></tr>',
  );
  expect(html).toContain(
    '<tr id="run-run-old"><td>run-old</td><td>2026-01-03T10:00:00.000Z</td><td>not recorded</td><td><code>not recorded</code></td><td>not recorded</td><td>1</td></tr>',
  );
});

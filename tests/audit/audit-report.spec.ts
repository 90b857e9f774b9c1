import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { AuditLog, type ImpersonationEvent } from '../../fixtures/audit-log';
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
    'audit report: 5 session(s) since 2026-01-01T00:00:00.000Z, 1 of sensitive personas, 1 user(s) impersonated more than 2 times.',
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

import { expect, test } from '@playwright/test';
import type { AuditLine, ImpersonationEvent } from '../../fixtures/audit-log';
import { findLoginAsTrail } from '../../fixtures/org-audit-trail';
import type { OrgConnection } from '../../fixtures/org-connection';
import { type OrgLoginAs, readOrgLoginAs, reconcile } from '../../runner/audit/reconcile';
import { settleUnpairedStarts } from '../../runner/audit/unended-sessions';

const AT = '2026-11-30T19:02:00.000Z';

function session(
  event: 'impersonation.start' | 'impersonation.end',
  extra: Partial<ImpersonationEvent> = {},
) {
  return {
    event,
    at: AT,
    runId: 'run-1',
    scenario: { id: 'sdr-sees-routed-lead', title: 'SDR', file: 'scenarios/sdr-sees-routed-lead.yaml' },
    persona: 'sdr',
    targetUser: { id: '005A', username: 'sam.sdr@acme-demo.example', name: 'Sam Rivera' },
    admin: { id: '005B', username: 'admin@acme-demo.example' },
    reason: 'Persona check',
    ticket: 'REVOPS-1',
    org: { id: '00D', instanceUrl: 'https://example' },
    ...extra,
  } as unknown as AuditLine;
}

const orgRow = (id: string, at: string, target = 'Sam Rivera'): OrgLoginAs => ({
  id,
  at,
  admin: 'admin@acme-demo.example',
  target,
});

test('an audit line matches the org row it names only when that row is the same admin, user and time', () => {
  const lines = [
    session('impersonation.start'),
    session('impersonation.end', { orgAuditTrail: { loginId: '0YmX' } }),
  ];
  const since = new Date('2026-11-30T00:00:00Z');

  // The same id, reused by another org state for another session hours later, is not this session.
  const reused = reconcile([orgRow('0YmX', '2026-11-30T22:05:00.000Z')], lines, since, { rows: 0 }, '00D');
  expect(reused.matched).toEqual([]);
  expect(reused.unrecorded.map((start) => start.scenario.id)).toEqual(['sdr-sees-routed-lead']);
  expect(reused.undocumented.map((row) => row.id)).toEqual(['0YmX']);

  const same = reconcile([orgRow('0YmX', '2026-11-30T19:02:03.000Z')], lines, since, { rows: 0 }, '00D');
  expect(same.matched.map(({ org }) => org.id)).toEqual(['0YmX']);
  expect(same.undocumented).toEqual([]);
});

test('a documented Login-As the org recorded with no logout is flagged as not ended, not merely documented', () => {
  const lines = [
    session('impersonation.start'),
    session('impersonation.end', { outcome: 'login-failed', orgAuditTrail: { loginId: '0YmX' } }),
  ];
  const since = new Date('2026-11-30T00:00:00Z');
  const open = reconcile([orgRow('0YmX', '2026-11-30T19:02:03.000Z')], lines, since, { rows: 0 }, '00D');
  expect(open.matched.map(({ org }) => org.id)).toEqual(['0YmX']);
  expect(open.notEnded.map(({ org }) => org.id)).toEqual(['0YmX']);
  const ended = reconcile(
    [{ ...orgRow('0YmX', '2026-11-30T19:02:03.000Z'), logoutId: '0YmY' }],
    lines,
    since,
    { rows: 0 },
    '00D',
  );
  expect(ended.notEnded).toEqual([]);
});

test('a Login-As through granted access (suloginaccessused … suLogout) is read and paired like the org policy’s', async () => {
  const row = (Id: string, Action: string, CreatedDate: string, inOrOut = 'in') => ({
    Id,
    Action,
    Display: `Logged ${inOrOut} using Login-As access for Sam Rivera`,
    CreatedDate,
    CreatedBy: { Username: 'admin@acme-demo.example' },
  });
  let asked = '';
  const org = {
    admin: { id: '005B', username: 'admin@acme-demo.example' },
    conn: {
      query: async (soql: string) => {
        asked = soql;
        return {
          records: [
            row('0Ym1', 'suloginaccessused', '2026-11-30T19:02:01.000Z'),
            row('0Ym2', 'suLogout', '2026-11-30T19:03:01.000Z', 'out'),
          ],
        };
      },
    },
  } as unknown as OrgConnection;
  expect(asked).toBe('');
  const sessions = await readOrgLoginAs(org, new Date('2026-11-30T00:00:00Z'));
  expect(asked).toContain("'suloginaccessused'");
  expect(asked).toContain("'suLogout'");
  expect(sessions).toEqual([{ ...orgRow('0Ym1', '2026-11-30T19:02:01.000Z'), logoutId: '0Ym2' }]);
  const trail = await findLoginAsTrail(
    org,
    { id: '005A', username: 'sam.sdr@acme-demo.example', name: 'Sam Rivera' },
    Date.parse('2026-11-30T19:02:00.000Z'),
  );
  expect(trail).toEqual({ loginId: '0Ym1', logoutId: '0Ym2', missing: [] });
});

test('lines about another org are left out and counted, never reported as unrecorded', () => {
  const other = { org: { id: '00DOTHER', instanceUrl: 'https://other.example' } };
  const lines = [
    session('impersonation.start', other),
    session('impersonation.end', { ...other, outcome: 'passed' }),
    session('impersonation.start'),
  ];
  const result = reconcile(
    [orgRow('0YmX', '2026-11-30T19:02:03.000Z')],
    lines,
    new Date(AT),
    { rows: 0 },
    '00D',
  );
  expect(result.unrecorded).toEqual([]);
  expect(result.matched).toHaveLength(1);
  expect(result.otherOrgLines).toBe(2);
});

test('a start line a killed run left is closed by the org’s logout, open without one, not in the org when never clicked', () => {
  const start = (id: string, name: string) =>
    session('impersonation.start', {
      targetUser: { id, username: `${id}@acme-demo.example`, name },
    }) as ImpersonationEvent & AuditLine;
  const settled = settleUnpairedStarts(
    [start('005A', 'Sam Rivera'), start('005B', 'Ava Chen'), start('005C', 'Cole Park')],
    [
      { ...orgRow('0Ym1', '2026-11-30T19:02:02.000Z'), logoutId: '0Ym2' },
      orgRow('0Ym3', '2026-11-30T19:02:04.000Z', 'Ava Chen'),
      orgRow('0Ym4', '2026-11-30T21:00:00.000Z', 'Cole Park'),
    ],
  );
  expect(settled.closed.map(({ org }) => org.id)).toEqual(['0Ym1']);
  expect(settled.open.map(({ org }) => org.id)).toEqual(['0Ym3']);
  expect(settled.notInOrg.map((s) => s.targetUser.name)).toEqual(['Cole Park']);
  expect(settled.unclaimed.map((s) => s.id)).toEqual(['0Ym4']);
});

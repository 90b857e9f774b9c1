import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportsDir } from '../../config/run-context';
import { type AuditLine, auditFiles, type ImpersonationEvent } from '../../fixtures/audit-log';
import type { OrgConnection } from '../../fixtures/org-connection';
import { type Check, ok, warn } from './check';

/** Every line of the local audit log, in chain order; unreadable lines are skipped (audit verify names them). */
export function readAuditLines(dir = path.join(reportsDir(), 'audit')): AuditLine[] {
  return readAuditFiles(auditFiles(dir));
}

/** The lines of these audit files, in order; a line cut short by a killed writer is passed over. */
export function readAuditFiles(files: readonly string[]): AuditLine[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as AuditLine];
        } catch {
          return [];
        }
      }),
  );
}

/** impersonation.start lines with no end line: a run that was killed before it could end them. */
export function unpairedStarts(lines: AuditLine[]): (ImpersonationEvent & AuditLine)[] {
  const key = (line: ImpersonationEvent) => `${line.runId}|${line.scenario.id}|${line.targetUser.id}`;
  const open = new Map<string, (ImpersonationEvent & AuditLine)[]>();
  for (const line of lines) {
    if (line.event === 'impersonation.start') open.set(key(line), [...(open.get(key(line)) ?? []), line]);
    if (line.event === 'impersonation.end') open.get(key(line))?.shift();
  }
  return [...open.values()].flat();
}

interface TrailRow {
  Action: string;
  Display: string;
  CreatedDate: string;
}

/**
 * Login-As sessions this admin opened and never closed: the org's SetupAuditTrail (suOrgAdminLogin without a
 * later suOrgAdminLogout for the same user, last 7 days) and the local audit log's unpaired start lines.
 * Unconfirmed: whether Salesforce writes suOrgAdminLogout when a Login-As session times out; a timed-out
 * session may show here as open.
 */
export async function openLoginAsSessions(org: OrgConnection, env: NodeJS.ProcessEnv): Promise<Check> {
  const found: string[] = [];
  const unpaired = unpairedStarts(readAuditLines(path.join(reportsDir(env), 'audit')));
  for (const start of unpaired) {
    found.push(
      `audit log: ${start.persona} (${start.targetUser.username}) started ${start.at} in run ${start.runId}, never ended`,
    );
  }
  try {
    const since = new Date(Date.now() - 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const rows = (
      await org.conn.query<TrailRow>(
        'SELECT Action, Display, CreatedDate FROM SetupAuditTrail ' +
          `WHERE Action IN ('suOrgAdminLogin', 'suOrgAdminLogout') AND CreatedById = '${org.admin.id}' ` +
          `AND CreatedDate >= ${since} ORDER BY CreatedDate`,
      )
    ).records;
    const open = new Map<string, string[]>();
    for (const row of rows) {
      const name = row.Display.replace(/^Logged (in|out) using Login-As access for /, '');
      if (row.Action === 'suOrgAdminLogin') open.set(name, [...(open.get(name) ?? []), row.CreatedDate]);
      else open.get(name)?.shift();
    }
    for (const [name, times] of open) {
      for (const at of times)
        found.push(`org: ${org.admin.username} logged in as ${name} at ${at}, no logout recorded`);
    }
  } catch (error) {
    found.push(`org's SetupAuditTrail not readable: ${(error as Error).message}`);
  }
  if (found.length === 0) return ok('open Login-As sessions', 'none left open by earlier runs');
  return warn(
    'open Login-As sessions',
    found.join('\n'),
    'An earlier run was killed before it could "Log out as". Check Setup > View Setup Audit Trail; the open ' +
      'sessions end when they time out (Session Settings), or end them from Setup > Session Management.',
  );
}

import type { AuditLine, ImpersonationEvent } from '../../fixtures/audit-events';
import {
  CLOCK_SKEW_MS,
  isLoginAsLogin,
  isLoginAsLogout,
  loginAsTrailRows,
} from '../../fixtures/org-audit-trail';
import type { OrgConnection } from '../../fixtures/org-connection';
import { impersonationsOfOrg } from './org-lines';

/** One Login-As the org recorded (SetupAuditTrail suOrgAdminLogin or another Login-As action, org-audit-trail.ts). */
export interface OrgLoginAs {
  id: string;
  at: string;
  admin: string;
  /** The impersonated user's full name, from Display "Logged in using Login-As access for {Full Name}". */
  target: string;
  /** The matching logout row (suOrgAdminLogout or another Login-As logout action), when there is one. */
  logoutId?: string;
}

export interface Reconciliation {
  since: string;
  /** Org Login-As sessions matched to a documented suite session (reason and ticket). */
  matched: { org: OrgLoginAs; start: ImpersonationEvent }[];
  /** The seed's compliance review: Login-As in the org with no documented reason (someone impersonated by hand). */
  undocumented: OrgLoginAs[];
  /** Suite sessions whose Login-As the org never recorded (or the admin cannot see). */
  unrecorded: ImpersonationEvent[];
  /**
   * Documented sessions whose Login-As the org recorded with no logout: documented, but not shown to have
   * ended (a session the run could not end, or one still open).
   */
  notEnded: { org: OrgLoginAs; start: ImpersonationEvent }[];
  /** LoginAsEventLog rows in the window, where the org has Event Monitoring; else why not. */
  eventLog: { rows: number } | { unavailable: string };
  /** Impersonation lines of the audit log about other orgs, left out of the comparison. */
  otherOrgLines: number;
}

export async function readOrgLoginAs(org: OrgConnection, since: Date): Promise<OrgLoginAs[]> {
  const rows = await loginAsTrailRows(org, since);
  const sessions: OrgLoginAs[] = [];
  for (const row of rows) {
    const admin = row.CreatedBy?.Username ?? '?';
    const target = row.Display.replace(/^Logged (in|out) using Login-As access for /, '');
    if (isLoginAsLogin(row.Action)) {
      sessions.push({ id: row.Id, at: row.CreatedDate, admin, target });
    } else if (isLoginAsLogout(row.Action)) {
      const open = sessions.find((s) => !s.logoutId && s.admin === admin && s.target === target);
      if (open) open.logoutId = row.Id;
    }
  }
  return sessions;
}

/**
 * Matches the org's Login-As records with the local audit log's lines about that org (`orgId`), both ways: the
 * same admin, the same user and a login within five minutes of the start line, the row an end line names
 * (orgAuditTrail.loginId) first.
 */
export function reconcile(
  orgSessions: OrgLoginAs[],
  allLines: AuditLine[],
  since: Date,
  eventLog: Reconciliation['eventLog'],
  orgId: string,
): Reconciliation {
  const { lines, otherOrgLines } = impersonationsOfOrg(allLines, orgId);
  const inWindow = (at: string) => Date.parse(at) >= since.getTime();
  const starts = lines.filter(
    (line): line is ImpersonationEvent & AuditLine =>
      line.event === 'impersonation.start' && inWindow(line.at),
  );
  const ends = lines.filter(
    (line): line is ImpersonationEvent & AuditLine => line.event === 'impersonation.end',
  );
  const unmatchedOrg = [...orgSessions];
  const matched: Reconciliation['matched'] = [];
  const unrecorded: ImpersonationEvent[] = [];
  for (const start of starts) {
    const end = ends.find(
      (e) =>
        e.runId === start.runId &&
        e.scenario.id === start.scenario.id &&
        e.targetUser.id === start.targetUser.id,
    );
    const sameSession = (s: OrgLoginAs) =>
      s.admin.toLowerCase() === start.admin.username.toLowerCase() &&
      s.target === start.targetUser.name &&
      Math.abs(Date.parse(s.at) - Date.parse(start.at)) <= CLOCK_SKEW_MS;
    // An id alone is not proof: another org (a reset emulator, a refreshed sandbox) can reuse it for another session.
    const byId = end?.orgAuditTrail?.loginId;
    let index = byId ? unmatchedOrg.findIndex((s) => s.id === byId && sameSession(s)) : -1;
    if (index < 0) index = unmatchedOrg.findIndex(sameSession);
    if (index >= 0) matched.push({ org: unmatchedOrg.splice(index, 1)[0], start });
    else if (end?.outcome !== 'login-failed') unrecorded.push(start);
  }
  return {
    since: since.toISOString(),
    matched,
    notEnded: matched.filter((m) => !m.org.logoutId),
    undocumented: unmatchedOrg,
    unrecorded,
    eventLog,
    otherOrgLines,
  };
}

export async function countLoginAsEvents(
  org: OrgConnection,
  since: Date,
): Promise<Reconciliation['eventLog']> {
  const from = since.toISOString().replace(/\.\d+Z$/, 'Z');
  try {
    const result = await org.conn.query(`SELECT Id FROM LoginAsEventLog WHERE EventDate >= ${from}`);
    return { rows: result.totalSize };
  } catch (error) {
    return { unavailable: queryRefusal(error as Error & { errorCode?: string }) };
  }
}

/**
 * Why the org refused a query, in one line. Salesforce's INVALID_TYPE message starts with a newline and echoes
 * the query with a caret before its last line, which says what is wrong.
 */
function queryRefusal(error: Error & { errorCode?: string }): string {
  const said = error.message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
  if (error.errorCode && said) return said.startsWith(error.errorCode) ? said : `${error.errorCode}: ${said}`;
  return said ?? error.errorCode ?? error.name;
}

import type { AuditLine, ImpersonationEvent, RunStartEvent } from '../../fixtures/audit-events';
import type { RunProvenance, TouchedRecord } from '../../fixtures/audit-facts';

/** One impersonation, its start and end lines paired: what a compliance reviewer reads. */
export interface Session {
  start: string;
  end?: string;
  durationMs?: number;
  runId: string;
  scenario: string;
  persona: string;
  /** Recorded with the session: the persona was marked sensitive, or the session carries an approval. */
  sensitive: boolean;
  targetUser: string;
  targetName: string;
  admin: string;
  reason: string;
  ticket: string;
  approval?: string;
  outcome: string;
  loggedOut?: boolean;
  orgId: string;
  /** The org's instance URL, as the start line recorded it: where its records open. */
  orgUrl: string;
  /** The records the persona touched, from the end line; undefined when there is none or the log predates it. */
  records?: TouchedRecord[];
  /** Who started the run, and from which scenarios commit, as its run.start line recorded it. */
  operator?: RunProvenance['operator'];
  scenariosCommit?: RunProvenance['scenarios'];
  tool?: RunProvenance['tool'];
  /** The org was a sandbox, as the run's run.start line recorded it; undefined when the log has no such line. */
  sandbox?: boolean;
  /** On a production org: the reason the run was allowed there (--allow-production). */
  productionReason?: string;
  orgLoginId?: string;
}

/**
 * A Login-As Salesforce refused: no session existed, so there was none to end. One the org recorded
 * (SetupAuditTrail) was started, whatever the run's end line called it.
 */
export const isRefused = (session: Session) =>
  session.outcome === 'login-failed' && session.orgLoginId === undefined;

/** A session nothing shows was ended: no end line, or "Log out as" did not bring the admin back. */
export const isLeftOpen = (session: Session) =>
  session.outcome === 'never ended' || (session.loggedOut === false && !isRefused(session));

/** On an org its run recorded as production (run.start, IsSandbox false). */
export const onProduction = (session: Session) => session.sandbox === false;

/** Pairs start and end lines; a start with no end is a session a killed run never closed. */
export function sessionsOf(lines: AuditLine[], since: Date): Session[] {
  const runs = new Map<string, RunStartEvent>();
  for (const line of lines)
    if (line.event === 'run.start' && !runs.has(line.runId)) runs.set(line.runId, line);
  const sessions: Session[] = [];
  const open = new Map<string, Session[]>();
  const key = (line: ImpersonationEvent) => `${line.runId}|${line.scenario.id}|${line.targetUser.id}`;
  for (const line of lines) {
    if (line.event === 'impersonation.start') {
      if (Date.parse(line.at) < since.getTime()) continue;
      const run = runs.get(line.runId);
      const session: Session = {
        start: line.at,
        runId: line.runId,
        scenario: line.scenario.id,
        persona: line.persona,
        sensitive: line.sensitive === true || line.approval !== undefined,
        targetUser: line.targetUser.username,
        targetName: line.targetUser.name,
        admin: line.admin.username,
        reason: line.reason,
        ticket: line.ticket,
        approval: line.approval ? `${line.approval.approver} (${line.approval.reference})` : undefined,
        outcome: 'never ended',
        orgId: line.org.id,
        orgUrl: line.org.instanceUrl,
        ...(run ? { sandbox: run.org.isSandbox } : {}),
        ...(run?.operator ? { operator: run.operator } : {}),
        ...(run?.scenarios ? { scenariosCommit: run.scenarios } : {}),
        ...(run?.tool ? { tool: run.tool } : {}),
        ...(run?.allowProduction ? { productionReason: run.allowProduction.reason } : {}),
      };
      sessions.push(session);
      open.set(key(line), [...(open.get(key(line)) ?? []), session]);
    } else if (line.event === 'impersonation.end') {
      const session = open.get(key(line))?.shift();
      if (!session) continue;
      session.end = line.at;
      session.durationMs = line.durationMs;
      session.outcome = line.outcome ?? '?';
      session.loggedOut = line.loggedOut;
      session.orgLoginId = line.orgAuditTrail?.loginId;
      session.records = line.records;
    }
  }
  return sessions;
}

export interface RepeatedTarget {
  targetUser: string;
  sessions: number;
  tickets: string[];
}

/** Users impersonated in more than `threshold` sessions: the seed guide's sign of a broken process. */
export function repeatedTargets(sessions: Session[], threshold: number): RepeatedTarget[] {
  const byUser = new Map<string, Session[]>();
  for (const s of sessions) byUser.set(s.targetUser, [...(byUser.get(s.targetUser) ?? []), s]);
  return [...byUser]
    .filter(([, list]) => list.length > threshold)
    .map(([targetUser, list]) => ({
      targetUser,
      sessions: list.length,
      tickets: [...new Set(list.map((s) => s.ticket))].sort(),
    }))
    .sort((a, b) => b.sessions - a.sessions);
}

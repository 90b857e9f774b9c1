import type { AuditLine, ImpersonationEvent } from '../../fixtures/audit-log';

/** One impersonation, its start and end lines paired: what a compliance reviewer reads. */
export interface Session {
  start: string;
  end?: string;
  durationMs?: number;
  runId: string;
  scenario: string;
  persona: string;
  targetUser: string;
  targetName: string;
  admin: string;
  reason: string;
  ticket: string;
  approval?: string;
  outcome: string;
  loggedOut?: boolean;
  orgId: string;
  orgLoginId?: string;
}

/** Pairs start and end lines; a start with no end is a session a killed run never closed. */
export function sessionsOf(lines: AuditLine[], since: Date): Session[] {
  const sessions: Session[] = [];
  const open = new Map<string, Session[]>();
  const key = (line: ImpersonationEvent) => `${line.runId}|${line.scenario.id}|${line.targetUser.id}`;
  for (const line of lines) {
    if (line.event === 'impersonation.start') {
      if (Date.parse(line.at) < since.getTime()) continue;
      const session: Session = {
        start: line.at,
        runId: line.runId,
        scenario: line.scenario.id,
        persona: line.persona,
        targetUser: line.targetUser.username,
        targetName: line.targetUser.name,
        admin: line.admin.username,
        reason: line.reason,
        ticket: line.ticket,
        approval: line.approval ? `${line.approval.approver} (${line.approval.reference})` : undefined,
        outcome: 'never ended',
        orgId: line.org.id,
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

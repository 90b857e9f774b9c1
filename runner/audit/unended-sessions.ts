import type { AuditLine, ImpersonationEvent } from '../../fixtures/audit-events';
import { CLOCK_SKEW_MS } from '../../fixtures/org-audit-trail';
import type { OrgLoginAs } from './reconcile';

type Start = ImpersonationEvent & AuditLine;

/** impersonation.start lines with no end line: a run that was killed before it could end them. */
export function unpairedStarts(lines: readonly AuditLine[]): Start[] {
  const key = (line: ImpersonationEvent) => `${line.runId}|${line.scenario.id}|${line.targetUser.id}`;
  const open = new Map<string, Start[]>();
  for (const line of lines) {
    if (line.event === 'impersonation.start') open.set(key(line), [...(open.get(key(line)) ?? []), line]);
    if (line.event === 'impersonation.end') open.get(key(line))?.shift();
  }
  return [...open.values()].flat();
}

export interface SettledStarts {
  /** The org recorded the Login-As and no logout: the session may still be open. */
  open: { start: Start; org: OrgLoginAs }[];
  /** The org recorded the Login-As and its logout (suOrgAdminLogout): the session is over. */
  closed: { start: Start; org: OrgLoginAs }[];
  /** The org has no Login-As for it: the Login click never reached Salesforce (or the row is too old to keep). */
  notInOrg: Start[];
  /** The org's Login-As sessions no start line claimed. */
  unclaimed: OrgLoginAs[];
}

/**
 * What the org's own records (SetupAuditTrail suOrgAdminLogin / suOrgAdminLogout, paired by readOrgLoginAs) say
 * of start lines a killed run never ended: each is the org's Login-As by the same admin, of the same user,
 * within the clock skew of the start line.
 */
export function settleUnpairedStarts(
  starts: readonly Start[],
  orgSessions: readonly OrgLoginAs[],
): SettledStarts {
  const unclaimed = [...orgSessions];
  const settled: SettledStarts = { open: [], closed: [], notInOrg: [], unclaimed };
  for (const start of starts) {
    const index = unclaimed.findIndex(
      (s) =>
        s.admin.toLowerCase() === start.admin.username.toLowerCase() &&
        s.target === start.targetUser.name &&
        Math.abs(Date.parse(s.at) - Date.parse(start.at)) <= CLOCK_SKEW_MS,
    );
    if (index < 0) {
      settled.notInOrg.push(start);
      continue;
    }
    const [org] = unclaimed.splice(index, 1);
    (org.logoutId ? settled.closed : settled.open).push({ start, org });
  }
  return settled;
}

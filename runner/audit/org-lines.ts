import type { AuditLine, ImpersonationEvent } from '../../fixtures/audit-events';

/** Salesforce ids compare by their 15 case-sensitive characters: the 18-character form adds a checksum. */
export function sameOrgId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}

/**
 * The impersonation lines about one org, and how many about other orgs were left out: one audit folder can
 * hold runs against several orgs (a sandbox refreshed, another sandbox, the emulator).
 */
export function impersonationsOfOrg(
  lines: readonly AuditLine[],
  orgId: string,
): { lines: (ImpersonationEvent & AuditLine)[]; otherOrgLines: number } {
  const impersonations = lines.filter(
    (line): line is ImpersonationEvent & AuditLine =>
      line.event === 'impersonation.start' || line.event === 'impersonation.end',
  );
  const ours = impersonations.filter((line) => sameOrgId(line.org.id, orgId));
  return { lines: ours, otherOrgLines: impersonations.length - ours.length };
}

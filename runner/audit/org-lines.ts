import type { AuditLine, ImpersonationEvent } from '../../fixtures/audit-events';
import { sameId } from '../../fixtures/same-id';

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
  const ours = impersonations.filter((line) => sameId(line.org.id, orgId));
  return { lines: ours, otherOrgLines: impersonations.length - ours.length };
}

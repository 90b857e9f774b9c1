import path from 'node:path';
import { reportsDir } from '../../config/run-context';
import { auditFiles } from '../../fixtures/audit-files';
import { CLOCK_SKEW_MS } from '../../fixtures/org-audit-trail';
import type { OrgConnection } from '../../fixtures/org-connection';
import { impersonationsOfOrg } from '../audit/org-lines';
import { type OrgLoginAs, readOrgLoginAs } from '../audit/reconcile';
import { settleUnpairedStarts, unpairedStarts } from '../audit/unended-sessions';
import { readAuditLog } from '../audit/verify-chain';
import { type Check, ok, warn } from './check';

const NAME = 'open Login-As sessions';
const ORG_WINDOW_MS = 7 * 86_400_000;

/**
 * Login-As sessions left open in this org: start lines of the local audit log about this org with no end line
 * (a killed run), unless the org's SetupAuditTrail shows that Login-As ended (suOrgAdminLogout, or another
 * Login-As logout action: fixtures/org-audit-trail.ts) or never happened; and the org's own Login-As rows of the
 * last 7 days by this admin with no logout.
 * Unconfirmed: whether Salesforce writes suOrgAdminLogout when a Login-As session times out; a timed-out
 * session may show here as open.
 */
export async function openLoginAsSessions(org: OrgConnection, env: NodeJS.ProcessEnv): Promise<Check> {
  const all = readAuditLog(auditFiles(path.join(reportsDir(env), 'audit'))).lines;
  const { lines, otherOrgLines } = impersonationsOfOrg(all, org.orgId);
  const unpaired = unpairedStarts(lines);
  const skipped = otherOrgLines > 0 ? `${otherOrgLines} audit line(s) about other orgs skipped` : '';
  const windowStart = Date.now() - ORG_WINDOW_MS;
  const oldestStart = Math.min(windowStart, ...unpaired.map((start) => Date.parse(start.at) - CLOCK_SKEW_MS));
  let orgSessions: OrgLoginAs[];
  try {
    orgSessions = await readOrgLoginAs(org, new Date(oldestStart));
  } catch (error) {
    return openSessionsWarning([
      ...unpaired.map((start) => `${startWords(start)}, never ended`),
      `org's SetupAuditTrail not readable: ${(error as Error).message}`,
      ...(skipped ? [skipped] : []),
    ]);
  }
  const settled = settleUnpairedStarts(unpaired, orgSessions);
  const byThisAdmin = (s: OrgLoginAs) => s.admin.toLowerCase() === org.admin.username.toLowerCase();
  const found = [
    ...settled.open.map(
      ({ start, org: row }) =>
        `${startWords(start)}, never ended; the org recorded the Login-As (SetupAuditTrail ${row.id}) and no logout`,
    ),
    ...settled.unclaimed
      .filter((s) => byThisAdmin(s) && !s.logoutId && Date.parse(s.at) >= windowStart)
      .map((s) => `org: ${s.admin} logged in as ${s.target} at ${s.at}, no logout recorded`),
  ];
  if (found.length > 0) return openSessionsWarning(skipped ? [...found, skipped] : found);
  const settledWords = [
    settled.closed.length > 0
      ? `; ${settled.closed.length} start line(s) a killed run left were ended in the org (suOrgAdminLogout)`
      : '',
    settled.notInOrg.length > 0
      ? `; the org has no Login-As for ${settled.notInOrg.length} start line(s) a killed run left (its Login click never reached the org, or SetupAuditTrail no longer keeps that day)`
      : '',
  ].join('');
  return ok(NAME, `none left open by earlier runs${settledWords}${skipped ? `; ${skipped}` : ''}`);
}

function startWords(start: ReturnType<typeof unpairedStarts>[number]): string {
  return `audit log: ${start.persona} (${start.targetUser.username}) started ${start.at} in run ${start.runId}`;
}

function openSessionsWarning(found: string[]): Check {
  return warn(
    NAME,
    found.join('\n'),
    'An earlier run was killed before it could "Log out as". Check Setup > View Setup Audit Trail; the open ' +
      'sessions end when they time out (Session Settings), or end them from Setup > Session Management. ' +
      "Once the org records a session's logout (suOrgAdminLogout or suLogout), it is no longer reported.",
  );
}

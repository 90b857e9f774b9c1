import { brokenWords } from '../audit/chain-words';
import { countLoginAsEvents, readOrgLoginAs, reconcile } from '../audit/reconcile';
import { readAuditLog } from '../audit/verify-chain';
import { parse } from './args';
import { someAuditFiles } from './audit-inputs';
import { parseSince } from './since';
import { withOrg } from './with-org';

/**
 * `persona-ux audit reconcile`: the org's Login-As records against the local audit log's lines about that org,
 * both ways. Exit 1 when the org shows a Login-As with no documented reason, a suite session the org never
 * recorded, a documented Login-As the org shows no logout for, or when the audit chain read is broken (what it
 * documents may have been changed).
 */
export async function auditReconcileCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    since: { type: 'string' },
    json: { type: 'boolean' },
    'target-org': { type: 'string' },
  });
  const since = parseSince(values.since);
  const { files, folders } = someAuditFiles(positionals, 'reconcile against');
  const { verdict, lines: auditLines } = readAuditLog(files, folders);
  const broken = brokenWords(verdict);
  return withOrg('audit reconcile', values['target-org'], async (org) => {
    const result = reconcile(
      await readOrgLoginAs(org, since),
      auditLines,
      since,
      await countLoginAsEvents(org, since),
      org.orgId,
    );
    const matches =
      result.undocumented.length === 0 && result.unrecorded.length === 0 && result.notEnded.length === 0;
    const clean = matches && !broken;
    if (values.json) {
      console.log(
        JSON.stringify({ ok: clean, ...result, ...(broken ? { chainBroken: broken } : {}) }, null, 2),
      );
      return clean ? 0 : 1;
    }
    const lines = [
      `Login-As in org ${org.orgId} since ${result.since}: ${result.matched.length + result.undocumented.length} ` +
        `recorded by the org, ${result.matched.length} documented by persona-ux (reason and ticket).`,
      'eventLog' in result && 'rows' in result.eventLog
        ? `LoginAsEventLog: ${result.eventLog.rows} row(s) in the window.`
        : `LoginAsEventLog not available (${(result.eventLog as { unavailable: string }).unavailable}); SetupAuditTrail used.`,
    ];
    if (result.otherOrgLines > 0) {
      lines.push(`${result.otherOrgLines} audit line(s) about other orgs left out.`);
    }
    if (broken) {
      lines.unshift(
        `${broken}.`,
        '  What the audit log documents may have been changed after it was written; the comparison below reads it as it is now.',
        '',
      );
    }
    if (result.undocumented.length > 0) {
      lines.push(
        '',
        `UNDOCUMENTED: ${result.undocumented.length} Login-As session(s) in the org with no reason or ticket in the audit log`,
        '(someone logged in as a user by hand, or the audit log is incomplete):',
        ...result.undocumented.map(
          (s) =>
            `  ${s.at}  ${s.admin} logged in as ${s.target}  (SetupAuditTrail ${s.id}${s.logoutId ? '' : ', no logout recorded'})`,
        ),
        '  → Record the business reason with the case or ticket (seed guide: "Require a documented reason before or ' +
          'immediately after the session").',
      );
    }
    if (result.unrecorded.length > 0) {
      lines.push(
        '',
        `UNRECORDED: ${result.unrecorded.length} persona-ux session(s) the org has no suOrgAdminLogin for:`,
        ...result.unrecorded.map(
          (s) =>
            `  ${s.at}  ${s.admin.username} as ${s.targetUser.username} — ${s.scenario.id}, run ${s.runId}`,
        ),
        '  → Check that the admin can see SetupAuditTrail (View Setup and Configuration) and that --since covers them.',
      );
    }
    if (result.notEnded.length > 0) {
      lines.push(
        '',
        `NOT ENDED: ${result.notEnded.length} documented Login-As session(s) the org recorded with no logout:`,
        ...result.notEnded.map(
          ({ org: s, start }) =>
            `  ${s.at}  ${s.admin} logged in as ${s.target}  (SetupAuditTrail ${s.id}) — ${start.scenario.id}, run ${start.runId}`,
        ),
        '  → End them from Setup > Session Management if still open, and check `persona-ux doctor` for open sessions.',
      );
    }
    if (matches)
      lines.push(
        'Every Login-As the org recorded is documented and ended, and every documented one is recorded.',
      );
    (clean ? console.log : console.error)(lines.join('\n'));
    return clean ? 0 : 1;
  });
}

import { htmlText } from './html-text';
import { recordsCell } from './records-html';
import { runCell, runsSection } from './run-provenance-html';
import { isLeftOpen, isRefused, onProduction, type RepeatedTarget, type Session } from './sessions';

function orgKind(s: Session): string {
  if (s.sandbox === undefined) return '';
  if (s.sandbox) return 'sandbox';
  return s.productionReason ? `PRODUCTION, allowed: ${s.productionReason}` : 'PRODUCTION';
}

function outcomeText(s: Session): string {
  return isRefused(s) ? 'refused: Salesforce started no session' : s.outcome;
}

function table(sessions: Session[], ticketUrl: string | undefined): string {
  const ticket = (s: Session) =>
    ticketUrl
      ? `<a href="${htmlText(ticketUrl.replace('%s', encodeURIComponent(s.ticket)))}">${htmlText(s.ticket)}</a>`
      : htmlText(s.ticket);
  const rows = sessions
    .map(
      (s) =>
        `<tr class="${isLeftOpen(s) ? 'open' : isRefused(s) ? 'refused' : ''}"><td>${htmlText(s.start)}</td>` +
        `<td>${htmlText(s.targetName)}<br><small>${htmlText(s.targetUser)}</small></td><td>${htmlText(s.persona)}</td>` +
        `<td>${htmlText(s.reason)}</td><td>${ticket(s)}</td><td>${htmlText(s.approval ?? '')}</td><td>${htmlText(s.admin)}</td>` +
        `<td>${htmlText(orgKind(s))}</td>` +
        `<td>${s.durationMs === undefined ? '' : (s.durationMs / 1000).toFixed(1)}</td><td>${htmlText(outcomeText(s))}</td>` +
        `<td>${isRefused(s) || s.loggedOut === undefined ? '' : s.loggedOut ? 'yes' : 'NO'}</td><td>${htmlText(s.scenario)}</td>` +
        `<td>${runCell(s)}</td><td>${recordsCell(s.records, s.orgUrl)}</td></tr>`,
    )
    .join('\n');
  return (
    '<div class="wide"><table><thead><tr><th>started</th><th>target user</th><th>persona</th><th>reason</th><th>ticket</th>' +
    '<th>approval</th><th>admin</th><th>org</th><th>seconds</th><th>outcome</th><th>logged out</th><th>scenario</th>' +
    '<th>started by</th><th>records touched</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`
  );
}

function section(title: string, sessions: Session[], ticketUrl: string | undefined, note = ''): string {
  return (
    `<h2>${htmlText(title)} (${sessions.length})</h2>\n${note}` +
    (sessions.length > 0 ? table(sessions, ticketUrl) : '<p>None in this period.</p>')
  );
}

/**
 * A self-contained page for a compliance reviewer: a warning when the audit chain it was built from is broken,
 * every session with the records it touched, repeated targets, production-org and sensitive-persona sessions
 * apart, and the runs with who started them from which scenarios commit.
 */
export function renderReportHtml(options: {
  since: Date;
  sessions: Session[];
  repeated: RepeatedTarget[];
  ticketUrl?: string;
  /** The audit chain's verification: a break, and lines killed writers cut short. */
  chain: { broken?: string; cutShort: string[] };
}): string {
  const { sessions, repeated, ticketUrl, chain } = options;
  const production = sessions.filter(onProduction);
  const sensitive = sessions.filter((s) => s.sensitive);
  const others = sessions.filter((s) => !onProduction(s) && !s.sensitive);
  const repeatedList = repeated
    .map(
      (r) =>
        `<li><strong>${htmlText(r.targetUser)}</strong>: ${r.sessions} sessions, tickets ${htmlText(r.tickets.join(', '))}</li>`,
    )
    .join('');
  const broken = chain.broken
    ? `<div class="broken"><h2>The audit chain is broken</h2><p>${htmlText(chain.broken)}.</p><p>This review is built from a log that was changed after it was written: do not rely on it. Keep the audit folder as evidence and compare it with the org's own records (<code>persona-ux audit reconcile</code>).</p></div>`
    : '';
  const cutShort =
    chain.cutShort.length > 0
      ? `<div class="flag"><h2>Lines cut short</h2><ul>${chain.cutShort.map((text) => `<li>${htmlText(text)}</li>`).join('')}</ul></div>`
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>persona-ux impersonation review</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}.wide{overflow-x:auto;margin-bottom:2em}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3}
tr.open td{background:#fde2e2}tr.refused td{background:#eee;color:#555}
.flag{background:#fff4ce;padding:1em;border-left:4px solid #e0a800}
.broken{background:#fde2e2;padding:1em;border-left:6px solid #c00}
ul.records{margin:0;padding-left:1.1em;min-width:12em}ul.records code{overflow-wrap:anywhere}.none{color:#777}
summary{cursor:pointer}code{font-size:12px}</style></head><body>
${broken}
<h1>Login-As sessions since ${htmlText(options.since.toISOString())}</h1>
<p>${sessions.length} session(s) by persona-ux, each with its reason and ticket. Red rows were never ended with "Log out as".
Grey rows are Login-As attempts Salesforce refused: no session existed.
Compare with the org's own records: <code>persona-ux audit reconcile</code>.</p>
${cutShort}
${repeated.length > 0 ? `<div class="flag"><h2>Repeated impersonation</h2><p>Repeated impersonation of the same user often points to a broken process (reporting gap, permissions, workflow design), not user error.</p><ul>${repeatedList}</ul></div>` : ''}
${section('Production orgs', production, ticketUrl, production.length > 0 ? '<p>Runs allowed on a production org with --allow-production, and the reason given.</p>' : '')}
${section('Sensitive personas', sensitive, ticketUrl)}
${section('All other sessions', others, ticketUrl)}
${runsSection(sessions)}
</body></html>
`;
}

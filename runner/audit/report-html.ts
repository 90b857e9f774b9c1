import type { RepeatedTarget, Session } from './sessions';

const htmlText = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function table(sessions: Session[], ticketUrl: string | undefined): string {
  const ticket = (s: Session) =>
    ticketUrl
      ? `<a href="${htmlText(ticketUrl.replace('%s', encodeURIComponent(s.ticket)))}">${htmlText(s.ticket)}</a>`
      : htmlText(s.ticket);
  const rows = sessions
    .map(
      (s) =>
        `<tr class="${s.outcome === 'never ended' || s.loggedOut === false ? 'open' : ''}"><td>${htmlText(s.start)}</td>` +
        `<td>${htmlText(s.targetName)}<br><small>${htmlText(s.targetUser)}</small></td><td>${htmlText(s.persona)}</td>` +
        `<td>${htmlText(s.reason)}</td><td>${ticket(s)}</td><td>${htmlText(s.approval ?? '')}</td><td>${htmlText(s.admin)}</td>` +
        `<td>${s.durationMs === undefined ? '' : (s.durationMs / 1000).toFixed(1)}</td><td>${htmlText(s.outcome)}</td>` +
        `<td>${s.loggedOut === undefined ? '' : s.loggedOut ? 'yes' : 'NO'}</td><td>${htmlText(s.scenario)}</td></tr>`,
    )
    .join('\n');
  return (
    '<table><thead><tr><th>started</th><th>target user</th><th>persona</th><th>reason</th><th>ticket</th>' +
    '<th>approval</th><th>admin</th><th>seconds</th><th>outcome</th><th>logged out</th><th>scenario</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`
  );
}

/** A self-contained page for a compliance reviewer: every session, repeated targets, sensitive personas apart. */
export function renderReportHtml(options: {
  since: Date;
  sessions: Session[];
  repeated: RepeatedTarget[];
  sensitive: Set<string>;
  ticketUrl?: string;
}): string {
  const { sessions, repeated, sensitive } = options;
  const sensitiveSessions = sessions.filter((s) => sensitive.has(s.persona));
  const others = sessions.filter((s) => !sensitive.has(s.persona));
  const repeatedList = repeated
    .map(
      (r) =>
        `<li><strong>${htmlText(r.targetUser)}</strong>: ${r.sessions} sessions, tickets ${htmlText(r.tickets.join(', '))}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>persona-ux impersonation review</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3}
tr.open td{background:#fde2e2}.flag{background:#fff4ce;padding:1em;border-left:4px solid #e0a800}</style></head><body>
<h1>Login-As sessions since ${htmlText(options.since.toISOString())}</h1>
<p>${sessions.length} session(s) by persona-ux, each with its reason and ticket. Red rows were never ended with "Log out as".
Compare with the org's own records: <code>persona-ux audit reconcile</code>.</p>
${repeated.length > 0 ? `<div class="flag"><h2>Repeated impersonation</h2><p>Repeated impersonation of the same user often points to a broken process (reporting gap, permissions, workflow design), not user error.</p><ul>${repeatedList}</ul></div>` : ''}
<h2>Sensitive personas (${sensitiveSessions.length})</h2>
${sensitiveSessions.length > 0 ? table(sensitiveSessions, options.ticketUrl) : '<p>None in this period.</p>'}
<h2>All other sessions (${others.length})</h2>
${table(others, options.ticketUrl)}
</body></html>
`;
}

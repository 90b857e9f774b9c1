import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { reportsDir } from '../../config/run-context';
import { brokenWords, cutShortWords } from '../audit/chain-words';
import { renderReportHtml } from '../audit/report-html';
import { onProduction, repeatedTargets, sessionsOf } from '../audit/sessions';
import { sessionsCsv } from '../audit/sessions-csv';
import { readAuditLog } from '../audit/verify-chain';
import { shownPath } from '../shown-path';
import { parse } from './args';
import { someAuditFiles } from './audit-inputs';
import { parseSince } from './since';
import { UsageError } from './usage-error';

/**
 * `persona-ux audit report`: reports/audit-review/{index.html, sessions.csv} for a compliance reviewer —
 * sessions by target user, persona, reason and ticket, durations and outcomes; users impersonated more than
 * --repeat times flagged; production-org sessions and sensitive personas (as recorded with each session, plus
 * --sensitive a,b and those marked in a --personas file named) apart. Exit 1 when the audit chain it reads is
 * broken (the page then says so first).
 */
export async function auditReportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    since: { type: 'string' },
    out: { type: 'string' },
    repeat: { type: 'string' },
    sensitive: { type: 'string' },
    personas: { type: 'string' },
  });
  const since = parseSince(values.since, 90);
  const threshold = values.repeat === undefined ? 10 : Number(values.repeat);
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new UsageError('--repeat expects a whole number, e.g. 10.');
  const { files, folders } = someAuditFiles(positionals, 'report');
  const { verdict, lines } = readAuditLog(files, folders);
  const alsoSensitive = new Set([
    ...(values.sensitive?.split(',').map((name) => name.trim()) ?? []),
    ...(values.personas ? sensitiveInPersonasFile(values.personas) : []),
  ]);
  const sessions = sessionsOf(lines, since)
    .map((s) => ({ ...s, sensitive: s.sensitive || alsoSensitive.has(s.persona) }))
    .sort((a, b) => a.start.localeCompare(b.start));
  const repeated = repeatedTargets(sessions, threshold);
  const broken = brokenWords(verdict);
  const out = path.resolve(values.out ?? path.join(reportsDir(), 'audit-review'));
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'index.html'),
    renderReportHtml({
      since,
      sessions,
      repeated,
      ticketUrl: process.env.PERSONA_UX_TICKET_URL,
      chain: { broken, cutShort: verdict.cutShort.map((cut) => cutShortWords(cut)) },
    }),
  );
  writeFileSync(
    path.join(out, 'sessions.csv'),
    sessionsCsv(
      sessions.map((s) => ({ ...s, repeated: repeated.some((r) => r.targetUser === s.targetUser) })),
    ),
  );
  const summary =
    `audit report: ${sessions.length} session(s) since ${since.toISOString()}, ` +
    `${sessions.filter((s) => s.sensitive).length} of sensitive personas, ` +
    `${sessions.filter(onProduction).length} on production orgs, ` +
    `${repeated.length} user(s) impersonated more than ${threshold} times.\n` +
    `  html ${shownPath(path.join(out, 'index.html'))}\n  csv  ${shownPath(path.join(out, 'sessions.csv'))}`;
  console.log(summary);
  if (broken) {
    console.error(
      `${broken}.\n  The review was written with a warning: it is built from a log changed after it was written. ` +
        'Keep the audit folder as evidence (persona-ux audit verify names the break).',
    );
    return 1;
  }
  return 0;
}

/** The personas marked `sensitive: true` in a personas file the reviewer names; it adds to what was recorded. */
function sensitiveInPersonasFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch {
    throw new UsageError(`--personas ${file}: the file cannot be read. Name a personas.yaml.`);
  }
  const personas = (YAML.parse(text)?.personas ?? {}) as Record<string, { sensitive?: unknown } | null>;
  return Object.entries(personas)
    .filter(([, persona]) => persona?.sensitive === true)
    .map(([name]) => name);
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import YAML from 'yaml';
import { reportsDir } from '../../config/run-context';
import { renderReportHtml } from '../audit/report-html';
import { repeatedTargets, sessionsOf } from '../audit/sessions';
import { readAuditFiles } from '../doctor/open-sessions';
import { shownPath } from '../shown-path';
import { parse } from './args';
import { someAuditFiles } from './audit-inputs';
import { parseSince } from './since';
import { UsageError } from './usage-error';

/**
 * `persona-ux audit report`: reports/audit-review/{index.html, sessions.csv} for a compliance reviewer —
 * sessions by target user, persona, reason and ticket, durations and outcomes; users impersonated more than
 * --repeat times flagged; sensitive personas (--sensitive a,b or `sensitive: true` in personas.yaml) apart.
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
  const files = someAuditFiles(positionals, 'report');
  const sessions = sessionsOf(readAuditFiles(files), since).sort((a, b) => a.start.localeCompare(b.start));
  const sensitive = new Set([
    ...(values.sensitive?.split(',').map((name) => name.trim()) ?? []),
    ...sensitiveInPersonasFile(path.resolve(values.personas ?? path.join('scenarios', 'personas.yaml'))),
  ]);
  const repeated = repeatedTargets(sessions, threshold);
  const out = path.resolve(values.out ?? path.join(reportsDir(), 'audit-review'));
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'index.html'),
    renderReportHtml({ since, sessions, repeated, sensitive, ticketUrl: process.env.PERSONA_UX_TICKET_URL }),
  );
  writeFileSync(
    path.join(out, 'sessions.csv'),
    stringify(
      sessions.map((s) => ({
        ...s,
        sensitive: sensitive.has(s.persona),
        repeated: repeated.some((r) => r.targetUser === s.targetUser),
      })),
      {
        header: true,
        cast: { boolean: (value) => (value ? 'true' : 'false') },
        columns: [
          'start',
          'end',
          'durationMs',
          'targetUser',
          'targetName',
          'persona',
          'sensitive',
          'reason',
          'ticket',
          'approval',
          'admin',
          'outcome',
          'loggedOut',
          'repeated',
          'scenario',
          'runId',
          'orgId',
          'orgLoginId',
        ],
      },
    ),
  );
  console.log(
    `audit report: ${sessions.length} session(s) since ${since.toISOString()}, ` +
      `${sessions.filter((s) => sensitive.has(s.persona)).length} of sensitive personas, ` +
      `${repeated.length} user(s) impersonated more than ${threshold} times.\n` +
      `  html ${shownPath(path.join(out, 'index.html'))}\n  csv  ${shownPath(path.join(out, 'sessions.csv'))}`,
  );
  return 0;
}

function sensitiveInPersonasFile(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const personas = (YAML.parse(readFileSync(file, 'utf8'))?.personas ?? {}) as Record<
      string,
      { sensitive?: unknown }
    >;
    return Object.entries(personas)
      .filter(([, persona]) => persona?.sensitive === true)
      .map(([name]) => name);
  } catch {
    return [];
  }
}

import Table from 'cli-table3';
import type { Check } from './check';

const MARK = { ok: '✓', warn: '!', fail: '✘' } as const;

/** The checks as a terminal table: verdict, check, what was found, and the fix. */
export function formatChecks(checks: Check[]): string {
  const table = new Table({
    head: ['', 'check', 'found', 'fix'],
    colWidths: [3, 26, 52, 52],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const check of checks) table.push([MARK[check.status], check.name, check.detail, check.fix ?? '']);
  return table.toString();
}

/** The checks as plain lines (run's preflight stop): the verdict and what was found, then the fix. */
export function formatCheckLines(checks: Check[]): string {
  return checks
    .map(
      (check) =>
        `  ${MARK[check.status]} ${check.name}: ${check.detail.replace(/\n/g, '\n      ')}${check.fix ? `\n    → ${check.fix}` : ''}`,
    )
    .join('\n');
}

import { UsageError } from './usage-error';

/** --since DATE (any date Date.parse reads, e.g. 2026-01-31); default: `days` ago. */
export function parseSince(value: string | undefined, days = 30): Date {
  if (value === undefined) return new Date(Date.now() - days * 86_400_000);
  const at = Date.parse(value);
  if (Number.isNaN(at))
    throw new UsageError(`--since expects a date such as 2026-01-31, but got "${value}".`);
  return new Date(at);
}

import { DateTime } from 'luxon';
import { UsageError } from './usage-error';

/**
 * --since DATE: an ISO 8601 date or date and time (2026-01-31, 2026-01-31T09:00), UTC unless it names a zone, as
 * audit records are; default: `days` ago. A day the calendar lacks (2026-02-30) is refused, not moved to March.
 */
export function parseSince(value: string | undefined, days = 30): Date {
  if (value === undefined) return new Date(Date.now() - days * 86_400_000);
  const at = DateTime.fromISO(value.trim(), { zone: 'utc' });
  if (!at.isValid) {
    throw new UsageError(
      `--since expects an ISO 8601 date such as 2026-01-31 (or 2026-01-31T09:00, UTC unless it names a zone), but got "${value}".`,
    );
  }
  return at.toJSDate();
}

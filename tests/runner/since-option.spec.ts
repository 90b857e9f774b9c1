import { expect, test } from '@playwright/test';
import { parseSince } from '../../runner/cli/since';

// --since bounds the audit records a review or reconciliation reads: a misread date silently reads another window.

test('a date is midnight UTC, a date and time is UTC unless it names a zone', () => {
  expect(parseSince('2026-01-31').toISOString()).toBe('2026-01-31T00:00:00.000Z');
  expect(parseSince('2026-01-31T09:00').toISOString()).toBe('2026-01-31T09:00:00.000Z');
  expect(parseSince('2026-01-31T09:00+01:00').toISOString()).toBe('2026-01-31T08:00:00.000Z');
});

test('no date means the days before now', () => {
  const before = Date.now();
  const since = parseSince(undefined, 7).getTime();
  expect(since).toBeLessThanOrEqual(before - 7 * 86_400_000 + 1_000);
  expect(since).toBeGreaterThan(before - 8 * 86_400_000);
});

for (const written of ['2026-02-30', 'Dec 1', 'last week', '31.01.2026']) {
  test(`"${written}" is refused, saying what to write`, () => {
    expect(() => parseSince(written)).toThrow(
      `--since expects an ISO 8601 date such as 2026-01-31 (or 2026-01-31T09:00, UTC unless it names a zone), but got "${written}".`,
    );
  });
}

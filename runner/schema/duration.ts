import { z } from 'zod';
import { describeValue } from './wording';

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;
const MAX_MS = 10 * 60_000;

/** `20s`, `1.5m`, `500ms` or a number of seconds → milliseconds; at most 10 minutes. */
export const durationMs = z
  .union([z.number(), z.string()], {
    error: (issue) => `Expected a duration such as 20s or 2m, but got ${describeValue(issue.input)}.`,
  })
  .transform((value, context) => {
    const match =
      typeof value === 'number' ? [String(value), String(value), 's'] : DURATION.exec(value.trim());
    const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : Number.NaN;
    if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_MS) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: `Expected a duration from 1ms to 10m, such as 20s, 90s or 2m, but got ${describeValue(value)}.`,
      });
      return z.NEVER;
    }
    return ms;
  });

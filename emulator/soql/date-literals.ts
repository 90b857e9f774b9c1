const DAY = 86_400_000;

/**
 * Calendar date literals (THIS_WEEK, LAST_N_MONTHS:n, NEXT_QUARTER, THIS_FISCAL_YEAR...) as [from, to) in UTC ms.
 * Weeks start on Sunday (en_US locale); fiscal years follow the calendar year (the Salesforce default).
 */
export function calendarRange(
  literal: string,
  n: number,
  now = new Date(),
): { from: number; to: number } | undefined {
  const match = /^(THIS|LAST|NEXT)(?:_N)?_(FISCAL_)?(WEEK|MONTH|QUARTER|YEAR)S?$/.exec(literal);
  if (!match) return undefined;
  const [, relation, , unit] = match;
  const counted = literal.includes('_N_');
  const start = unitStart(unit, now);
  const span = counted ? n : 1;
  if (relation === 'THIS') return { from: start.getTime(), to: shift(start, unit, 1).getTime() };
  // LAST_N_WEEKS:n ends before the current unit; NEXT_N_WEEKS:n starts after it (Salesforce's definitions).
  if (relation === 'LAST') return { from: shift(start, unit, -span).getTime(), to: start.getTime() };
  const next = shift(start, unit, 1);
  return { from: next.getTime(), to: shift(next, unit, span).getTime() };
}

function unitStart(unit: string, now: Date): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (unit) {
    case 'WEEK': {
      const today = Math.floor(now.getTime() / DAY) * DAY;
      return new Date(today - now.getUTCDay() * DAY);
    }
    case 'MONTH':
      return new Date(Date.UTC(year, month, 1));
    case 'QUARTER':
      return new Date(Date.UTC(year, month - (month % 3), 1));
    default:
      return new Date(Date.UTC(year, 0, 1));
  }
}

function shift(date: Date, unit: string, count: number): Date {
  if (unit === 'WEEK') return new Date(date.getTime() + count * 7 * DAY);
  const months = unit === 'MONTH' ? count : unit === 'QUARTER' ? count * 3 : count * 12;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

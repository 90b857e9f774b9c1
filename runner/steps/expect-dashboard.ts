import type { DashboardExpectation } from '../model-views';
import { didYouMean } from '../schema/wording';
import type { OpenedView } from './opened-view';
import { normalise } from './typed-values';

type OpenedDashboard = Extract<OpenedView, { kind: 'dashboard' }>;

/** Checks dashboard components' values; each failure names the running user the values are computed as. */
export async function dashboardProblems(
  expected: DashboardExpectation,
  opened: OpenedDashboard,
): Promise<{ problems: string[]; runningUser: string }> {
  const shown = await opened.dashboard.read();
  const problems: string[] = [];
  const titles = [...shown.components.keys()];
  for (const [title, value] of Object.entries(expected)) {
    const seen = shown.components.get(title);
    if (seen === undefined) {
      problems.push(
        `component "${title}": not on the dashboard (it shows: ${titles.join(', ')}).${didYouMean(title, titles)}`,
      );
    } else if (!sameValue(value, seen)) {
      problems.push(`component "${title}": expected "${value}", but it shows "${seen}"`);
    }
  }
  const runningUser =
    opened.runningUser !== undefined
      ? `it shows data as its running user ${shown.runningUser || opened.runningUser} (a fixed running user, set in the org), not as the persona`
      : `it is a dynamic dashboard: it shows data as the viewer, ${shown.runningUser || 'the persona'}`;
  return { problems, runningUser };
}

/** Text equal, or the same number once currency symbols and grouping are ignored ("415000" = "$415,000.00"). */
function sameValue(expected: string, seen: string): boolean {
  if (normalise(expected) === normalise(seen)) return true;
  const number = (text: string) => {
    const digits = text.replace(/[^\d.-]/g, '');
    return /\d/.test(digits) && /^[^A-Za-z]*$/.test(text.replace(/[A-Z]{3}/, ''))
      ? Number(digits)
      : Number.NaN;
  };
  const [a, b] = [number(expected), number(seen)];
  return !Number.isNaN(a) && a === b;
}

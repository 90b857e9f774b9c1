import type { DashboardExpectation } from '../model-views';
import { didYouMean } from '../schema/wording';
import type { StepContext } from './context';
import type { OpenedView } from './opened-view';
import { shownCellComparer } from './shown-cells';

type OpenedDashboard = Extract<OpenedView, { kind: 'dashboard' }>;

/** Checks dashboard components' values; each failure names the running user the values are computed as. */
export async function dashboardProblems(
  expected: DashboardExpectation,
  opened: OpenedDashboard,
  context: StepContext,
): Promise<{ problems: string[]; runningUser: string }> {
  const shown = await opened.dashboard.read();
  const sameValue = shownCellComparer(context);
  const problems: string[] = [];
  const titles = [...shown.components.keys()];
  for (const [title, value] of Object.entries(expected)) {
    const seen = shown.components.get(title);
    if (seen === undefined) {
      problems.push(
        `component "${title}": not on the dashboard (it shows: ${titles.join(', ')}).${didYouMean(title, titles)}`,
      );
    } else if (!(await sameValue(value, seen))) {
      problems.push(`component "${title}": expected "${value}", but it shows "${seen}"`);
    }
  }
  const runningUser =
    opened.runningUser !== undefined
      ? `it shows data as its running user ${shown.runningUser || opened.runningUser} (a fixed running user, set in the org), not as the persona`
      : `it is a dynamic dashboard: it shows data as the viewer, ${shown.runningUser || 'the persona'}`;
  return { problems, runningUser };
}

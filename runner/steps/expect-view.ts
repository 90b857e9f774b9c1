import type { ExpectStep } from '../model';
import { OPEN_VIEW_EXAMPLE, VIEW_KINDS } from '../model-views';
import { ExpectationError, type StepContext } from './context';
import { dashboardProblems } from './expect-dashboard';
import { listProblems } from './expect-list';
import { reportProblems } from './expect-report';
import { otherChecksMismatch } from './other-checks';
import { personaName } from './persona-name';

const OWN_KEYS = new Set(['kind', 'title', 'location', ...VIEW_KINDS]);

/**
 * Runs an expect step's list, report and dashboard checks on what the last `open` showed, and its other checks
 * (`others`) when it has any; every mismatch of the step is reported together, in one ExpectationError.
 */
export async function withViewChecks(
  step: ExpectStep,
  context: StepContext,
  others: () => Promise<void>,
): Promise<void> {
  if (!step.list && !step.report && !step.dashboard) return others();
  const failure = await otherChecksMismatch(step, OWN_KEYS, others);
  const view = context.openView;
  const sections: string[] = [];
  // Every view key is checked against what is open: a key that names another kind of page is never skipped.
  const expectedKind = VIEW_KINDS.find((kind) => step[kind] && view?.kind !== kind);
  if (!view || expectedKind) {
    const example = OPEN_VIEW_EXAMPLE[expectedKind ?? 'list'];
    throw new Error(
      `Nothing to check "${expectedKind ?? 'list'}" on: the last open step ${view ? `opened a ${view.kind}` : 'opened no list, report or dashboard'}. Add e.g. - ${example} before this expect step.`,
    );
  }
  const who = personaName(context);
  if (step.list && view.kind === 'list') {
    const { problems, evidence } = await listProblems(step.list, view.list, context);
    if (problems.length > 0)
      sections.push(`${who} on ${view.list.description} (${evidence}):\n${bullets(problems)}`);
  }
  if (step.report && view.kind === 'report') {
    const problems = await reportProblems(step.report, view, context);
    if (problems.length > 0)
      sections.push(
        `${who} on report "${view.name}" (${view.developerName}, folder ${view.folder}):\n${bullets(problems)}`,
      );
  }
  if (step.dashboard && view.kind === 'dashboard') {
    const { problems, runningUser } = await dashboardProblems(step.dashboard, view, context);
    if (problems.length > 0)
      sections.push(
        `${who} on dashboard "${view.title}" (${view.developerName}) — ${runningUser}:\n${bullets(problems)}`,
      );
  }
  if (sections.length === 0) {
    if (failure) throw failure;
    return;
  }
  throw new ExpectationError([failure?.message, ...sections].filter(Boolean).join('\n'));
}

const bullets = (problems: string[]) => problems.map((problem) => `  - ${problem}`).join('\n');

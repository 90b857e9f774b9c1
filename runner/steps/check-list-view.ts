import type { ListViewStep } from '../model';
import { ExpectationError, type StepContext } from './context';
import { listProblems } from './expect-list';
import { openListView } from './open-list-view';
import { personaName } from './persona-name';

/**
 * `listView: { object, view, includes, excludes, rows }`: the same as `open: { object, listView }` followed by
 * `expect: { list: { includes, excludes, rows } }`, in one step.
 */
export async function checkListView(step: Omit<ListViewStep, 'kind'>, context: StepContext): Promise<void> {
  await openListView(step.object, step.view, context);
  const view = context.openView;
  if (view?.kind !== 'list') throw new Error(`list view ${step.object} ${step.view} did not open as a list`);
  const { problems, evidence } = await listProblems(step, view.list, context);
  if (problems.length > 0) {
    throw new ExpectationError(
      `${personaName(context)} on ${view.list.description} (${evidence}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

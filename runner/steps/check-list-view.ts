import { ListViewPage } from '../../pages/list-view-page';
import type { ListViewStep } from '../model';
import { ExpectationError, type StepContext } from './context';

/** Opens a list view as the persona and checks which of the scenario's records it shows. */
export async function checkListView(step: Omit<ListViewStep, 'kind'>, context: StepContext): Promise<void> {
  const listView = new ListViewPage(context.page, step.object);
  await listView.open(step.view);
  const problems: string[] = [];
  const check = async (key: string, wanted: boolean) => {
    const record = context.records.get(key);
    if (!record)
      throw new Error(`No test record "${key}" was created (data keys: ${[...context.records.keys()]}).`);
    if ((await listView.lists(record.id)) !== wanted) {
      problems.push(
        `${key} (${record.sobject} ${record.id}): expected ${wanted ? 'listed' : 'not listed'}, but it ${wanted ? 'is not' : 'is'}`,
      );
    }
  };
  for (const key of step.includes) await check(key, true);
  for (const key of step.excludes) await check(key, false);
  if (problems.length > 0) {
    const { name, user } = context.persona;
    throw new ExpectationError(
      `Persona "${name}" (${user.name}, ${user.username}) on list view ${step.object} ${step.view} ` +
        `("${await listView.statusText()}"):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

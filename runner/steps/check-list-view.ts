import { ListViewPage } from '../../pages/list-view-page';
import type { ListViewStep } from '../model';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';

/** Opens a list view as the persona and checks which of the scenario's records it shows. */
export async function checkListView(step: Omit<ListViewStep, 'kind'>, context: StepContext): Promise<void> {
  const listView = new ListViewPage(context.page, step.object);
  const { name, user } = context.persona;
  await explainingTimeouts(
    context.page,
    `Persona "${name}" (${user.name}, ${user.username}): list view ${step.object} ${step.view} showing its status line ("n items")`,
    `the list view "${step.view}" does not exist or is not shared with the persona, or ${step.object} is not readable to them`,
    () => listView.open(step.view),
  );
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
    throw new ExpectationError(
      `Persona "${name}" (${user.name}, ${user.username}) on list view ${step.object} ${step.view} ` +
        `("${await listView.statusText()}"):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

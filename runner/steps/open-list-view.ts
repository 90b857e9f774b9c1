import { ListViewPage, ListViewPageError } from '../../pages/list-view-page';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './persona-name';
import { listViewNamed, noReadAccess, objectReadable } from './view-names';

/** Opens a list view by its API name, or the object's home (its default list) without one. */
export async function openListView(
  sobject: string,
  view: string | undefined,
  context: StepContext,
): Promise<void> {
  const named = view === undefined ? undefined : await listViewNamed(context, sobject, view);
  const listView = new ListViewPage(context.page, sobject);
  const what = !named
    ? `${sobject} home`
    : `list view ${sobject} ${named.developerName}${named.name === named.developerName ? '' : ` ("${named.name}")`}`;
  try {
    await explainingTimeouts(
      context.page,
      `${personaName(context)}: ${what} showing its status line ("n items")`,
      named && !context.org
        ? `the list view "${named.developerName}" does not exist or is not shared with the persona, or ${sobject} is not readable to them`
        : `the list did not finish loading, or ${sobject} is not readable to them`,
      () => (named ? listView.open(named.developerName) : listView.openHome()),
    );
  } catch (error) {
    if (!(error instanceof ListViewPageError)) throw error;
    throw new ExpectationError(
      `${personaName(context)} cannot open ${what}: Lightning shows "${error.message}" — ${await whyListRefused(context, sobject)}`,
    );
  }
  // Positive evidence that the list shown is the one asked for, whatever Lightning does with a list view the
  // persona may not see (its error, or another list instead). Without the admin's session the label is unknown.
  if (named && context.org) {
    const shown = await listView.showsListNamed(named.name);
    if (shown !== undefined) {
      throw new ExpectationError(
        `${personaName(context)} cannot open ${what}: Lightning shows ${shown ? `the list "${shown}"` : 'a list it does not name'} instead — ${await whyListRefused(context, sobject)}`,
      );
    }
  }
  context.openRecord = undefined;
  context.openView = { kind: 'list', list: listView };
}

/** Why Lightning refused a list: the object not readable, else the list view not shared with the persona. */
export async function whyListRefused(context: StepContext, sobject: string): Promise<string> {
  const readable = await objectReadable(context, sobject);
  if (readable === false) return noReadAccess(sobject);
  return readable
    ? `the org grants Read on ${sobject}, so the list view itself is not shared with them (list views can be visible to certain groups or roles only)`
    : 'the org could not be asked why';
}

import { AppNav, TabNotAvailableError } from '../../pages/app-nav';
import { ListViewPage } from '../../pages/list-view-page';
import { SearchNotAnswered } from '../../pages/search-answer';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { personaName } from './persona-name';
import { noReadAccess, objectReadable, tabNamed } from './view-names';

/** Opens an app tab by its label, from the navigation bar or the App Launcher; an object tab shows its home list. */
export async function openTab(label: string, context: StepContext): Promise<void> {
  const { sobject } = await tabNamed(context, label);
  const nav = new AppNav(context.page);
  let opened: Awaited<ReturnType<AppNav['open']>>;
  try {
    opened = await explainingTimeouts(
      context.page,
      `${personaName(context)}: the navigation bar showing its tabs, or the App Launcher its menu`,
      'the page has no Lightning navigation bar (a Setup or Classic page?)',
      () => nav.open(label),
    );
  } catch (error) {
    if (error instanceof SearchNotAnswered) {
      throw new Error(
        `${personaName(context)}: cannot tell whether tab "${label}" is offered: ${error.message}`,
      );
    }
    if (!(error instanceof TabNotAvailableError)) throw error;
    const readable = sobject ? await objectReadable(context, sobject) : undefined;
    const why =
      readable === false
        ? noReadAccess(sobject ?? '')
        : sobject && readable
          ? `the org grants Read on ${sobject}, so the tab is hidden by the profile's or permission sets' tab settings, or is in none of their apps`
          : 'the tab is in none of their apps, or hidden by their tab settings';
    throw new ExpectationError(
      `${personaName(context)} cannot open tab "${label}": ${error.message} — ${why}`,
    );
  }
  context.openRecord = undefined;
  context.openView = undefined;
  if (opened.sobject) {
    const list = new ListViewPage(context.page, opened.sobject);
    await list.waitUntilLoaded();
    context.openView = { kind: 'list', list };
  }
}

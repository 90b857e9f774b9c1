import { AppNav, TabNotAvailableError } from '../../pages/app-nav';
import { ListViewPage, ListViewPageError } from '../../pages/list-view-page';
import { SearchNotAnswered } from '../../pages/search-answer';
import { ExpectationError, type StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { whyListRefused } from './open-list-view';
import { personaName } from './persona-name';
import { whyTabNotOffered } from './tab-settings';
import { noReadAccess, objectReadable, tabNamed } from './view-names';

/** Opens an app tab by its label, from the navigation bar or the App Launcher; an object tab shows its home list. */
export async function openTab(label: string, context: StepContext): Promise<void> {
  const { sobject } = await tabNamed(context, label);
  const nav = new AppNav(context.page);
  // Lightning may show the same list again for the tab of the object shown; another object's list must go first.
  const showingItsObject = new URL(context.page.url()).pathname.startsWith(`/lightning/o/${sobject}/`);
  const left = sobject && !showingItsObject ? await ListViewPage.shownOn(context.page) : undefined;
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
          ? ((await whyTabNotOffered(context, sobject)) ??
            `the org grants Read on ${sobject}, so the tab is hidden by the profile's or permission sets' tab settings, or is in none of their apps`)
          : 'the tab is in none of their apps, or hidden by their tab settings';
    throw new ExpectationError(
      `${personaName(context)} cannot open tab "${label}": ${error.message} — ${why}`,
    );
  }
  context.openRecord = undefined;
  context.openView = undefined;
  if (opened.sobject) {
    const list = new ListViewPage(context.page, opened.sobject);
    try {
      await explainingTimeouts(
        context.page,
        `${personaName(context)}: ${opened.sobject} home from tab "${label}" (its status line "n items" shown, any list shown before gone)`,
        `the list did not finish loading, or ${opened.sobject} is not readable to them`,
        () => list.waitUntilLoaded(left),
      );
    } catch (error) {
      if (!(error instanceof ListViewPageError)) throw error;
      throw new ExpectationError(
        `${personaName(context)} cannot open tab "${label}": Lightning shows "${error.message}" — ${await whyListRefused(context, opened.sobject)}`,
      );
    }
    context.openView = { kind: 'list', list };
  }
}

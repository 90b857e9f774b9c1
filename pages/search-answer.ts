import { expect, type Locator } from '@playwright/test';
import { RENDER_POLL_INTERVALS } from './render-polling';
import { pageDefaultTimeout } from './rendered';

/** One entry a searched list shows: its label (what is looked for) and all its text (what the search matches). */
export interface ListEntry {
  label: string;
  text: string;
}

export interface SearchedList {
  /** What the list is, for messages: 'the App Launcher', 'Add Products'. */
  what: string;
  /** The visible entries, as shown now. */
  read: () => Promise<ListEntry[]>;
  /** A spinner of the list; while one shows, the answer is not in. */
  busy: Locator;
  /** What the list shows when its search found nothing; an empty list without it may still be loading. */
  noResults: Locator;
}

/**
 * The entries a list shows once its search for `term` has answered. A list keeps what it showed until the
 * server's answer comes, and may empty itself while it waits, so only positive evidence counts: no spinner, and
 * the one `wanted`, or entries that all contain the term and are not those `before` the search, or no entry
 * with the list's no-results message. Otherwise SearchNotAnswered, saying what was shown, once the page's
 * timeout has passed.
 */
export async function searchAnswer(
  list: SearchedList,
  term: string,
  wanted: string,
  before: ListEntry[],
): Promise<ListEntry[]> {
  let shown = before;
  const needle = term.toLowerCase();
  const answered = async () => {
    if ((await list.busy.filter({ visible: true }).count()) > 0) return false;
    shown = await list.read();
    if (shown.length === 0) return (await list.noResults.filter({ visible: true }).count()) > 0;
    if (shown.some((entry) => entry.label === wanted)) return true;
    return shown.every((entry) => entry.text.toLowerCase().includes(needle)) && !sameLabels(shown, before);
  };
  const timeout = pageDefaultTimeout(list.busy);
  const done = await expect
    .poll(answered, { timeout, intervals: RENDER_POLL_INTERVALS })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );
  if (!done) throw new SearchNotAnswered(list.what, term, shown, before, timeout);
  return shown;
}

function sameLabels(a: ListEntry[], b: ListEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.label === b[index].label);
}

/** The search showed no answer in time: neither its results nor its no-results message. */
export class SearchNotAnswered extends Error {
  override name = 'SearchNotAnswered';
  constructor(what: string, term: string, shown: ListEntry[], before: ListEntry[], timeoutMs: number) {
    const names = (entries: ListEntry[]) =>
      entries.length === 0 ? 'nothing' : entries.map((entry) => `"${entry.label}"`).join(', ');
    const seen =
      shown.length === 0
        ? ', and no message that the search found nothing — the search is still running, or the list says so in a way not recognised'
        : (sameLabels(shown, before)
            ? ', as before the search'
            : `, not all of them containing "${term}" (before the search: ${names(before)})`) +
          ' — the search is still running, or matched on what the list does not show';
    super(
      `${what} showed no answer to the search for "${term}" within ${timeoutMs} ms: it shows ${names(shown)}${seen}`,
    );
  }
}

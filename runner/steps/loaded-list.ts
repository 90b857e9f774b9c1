import type { ShownList, StatedCount } from '../../pages/shown-list';

/** A list read as far as a check needs it: its own count, every row it showed, and whether that is all of it. */
export interface LoadedList {
  stated: StatedCount;
  ids: string[];
  /** Its count is exact and equals the rows seen: a record not among them is not in the list. */
  complete: boolean;
  /** Why it is not complete although more rows were needed: it did not load them. */
  stalled?: string;
}

/**
 * Reads the list, and while it holds rows it has not shown ("50+ items", "(6+)", or fewer rows than its count)
 * and `needsMore(ids, stated)` says the check cannot be decided yet, has it load more (scrolling to its last row,
 * or a related list's View All). Rows seen are kept as more load: a long datatable may stop rendering the rows
 * scrolled past. Where loading more left the page the list was opened on, that page is shown again.
 */
export async function loadedList(
  list: ShownList,
  needsMore: (ids: ReadonlySet<string>, stated: StatedCount) => boolean,
): Promise<LoadedList> {
  let loaded: LoadedList;
  try {
    loaded = await readAsNeeded(list, needsMore);
  } catch (error) {
    // The error says what went wrong; a page that cannot be shown again must not hide it.
    await list.restorePage?.().catch(() => undefined);
    throw error;
  }
  await list.restorePage?.();
  return loaded;
}

async function readAsNeeded(
  list: ShownList,
  needsMore: (ids: ReadonlySet<string>, stated: StatedCount) => boolean,
): Promise<LoadedList> {
  const ids = new Set<string>();
  const read = async () => {
    for (const id of await list.rowIds()) ids.add(id);
    return list.count();
  };
  let stated = await read();
  let stalled: string | undefined;
  while (holdsMore(stated, ids.size) && list.loadMore && needsMore(ids, stated)) {
    try {
      await list.loadMore();
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      stalled = `the list shows "${stated.text}" and did not load more${waitedFor(error as Error)} ${list.loadsMoreBy ?? 'when asked'} (${ids.size} row(s) loaded)`;
      break;
    }
    stated = await read();
  }
  return { stated, ids: [...ids], complete: isComplete(stated, ids.size), stalled };
}

function isComplete(stated: StatedCount, rows: number): boolean {
  return !stated.more && stated.count === rows;
}

/** The list says it has rows beyond those seen. */
function holdsMore(stated: StatedCount, rows: number): boolean {
  return stated.more || (stated.count !== undefined && stated.count > rows);
}

/** " within 3 s" from a Playwright TimeoutError's message, or nothing when it does not say. */
export function waitedFor(timeout: Error): string {
  const waited = /Timeout (\d+)ms/.exec(timeout.message)?.[1];
  return waited ? ` within ${Number(waited) / 1000} s` : '';
}

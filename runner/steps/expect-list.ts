import { ListViewPage } from '../../pages/list-view-page';
import type { ShownList } from '../../pages/shown-list';
import type { ListExpectation, RowCount } from '../model-views';
import type { StepContext } from './context';
import { whyNotInListView } from './why-not-in-list-view';

/**
 * Checks which test records a list shows and how many rows it has. "Not listed" is only concluded from a
 * complete list: one whose own count ("3 items", "(3)") is exact and equals the rows it shows.
 */
export async function listProblems(
  expected: ListExpectation,
  list: ShownList,
  context: StepContext,
): Promise<{ problems: string[]; evidence: string }> {
  const stated = await list.count();
  const ids = await list.rowIds();
  const complete = !stated.more && stated.count === ids.length;
  const evidence = `the list says "${stated.text}" and shows ${ids.length} row(s)`;
  const problems: string[] = [];
  for (const key of expected.includes) {
    const record = recordOf(key, context);
    if (ids.includes(record.id)) continue;
    problems.push(
      `${key} (${record.sobject} ${record.id}): expected listed, but it is not — ${
        complete
          ? await whyNotListed(record.sobject, record.id, context, listViewName(list))
          : `${evidence}; rows beyond those are not loaded`
      }`,
    );
  }
  for (const key of expected.excludes) {
    const record = recordOf(key, context);
    if (ids.includes(record.id)) {
      problems.push(`${key} (${record.sobject} ${record.id}): expected not listed, but it is`);
    } else if (!complete) {
      problems.push(
        `${key} (${record.sobject} ${record.id}): expected not listed, but absence cannot be proven: ${evidence}, so the list is not complete`,
      );
    }
  }
  if (expected.rows) {
    const problem = rowCountProblem(expected.rows, stated.count, stated.more);
    if (problem) problems.push(`${problem} (${evidence})`);
  }
  return { problems, evidence };
}

/** undefined when `count` (a lower bound when `more`) satisfies the expectation. */
export function rowCountProblem(rows: RowCount, count: number, more: boolean): string | undefined {
  const seen = `${count}${more ? '+' : ''}`;
  if ('exactly' in rows) {
    return !more && count === rows.exactly ? undefined : `rows: expected ${rows.exactly}, but it has ${seen}`;
  }
  if (rows.atLeast !== undefined && count < rows.atLeast)
    return `rows: expected at least ${rows.atLeast}, but it has ${seen}`;
  if (rows.atMost !== undefined && (more || count > rows.atMost))
    return `rows: expected at most ${rows.atMost}, but it has ${seen}`;
  return undefined;
}

export function recordOf(key: string, context: StepContext): { sobject: string; id: string } {
  const record = context.records.get(key);
  if (!record)
    throw new Error(`No test record "${key}" was created (data keys: ${[...context.records.keys()]}).`);
  return record;
}

/** Why a record is missing from a complete list or report: no access, or the list's own filters. */
export async function whyNotListed(
  sobject: string,
  id: string,
  context: StepContext,
  listView?: string,
): Promise<string> {
  const why = await context.explainRecord(sobject, id);
  // explainRecord ends with this when the persona can read the record: then the filters left it out.
  if (!why.startsWith('the org grants read access')) return why;
  const { org } = context;
  const filters =
    org && listView
      ? await whyNotInListView(org, { sobject, id }, listView, context.persona.user).catch(
          (error: Error) => `the org could not say which filter (${error.message})`,
        )
      : undefined;
  return filters
    ? `the persona can read it (object permission and sharing), so ${filters}`
    : `the persona can read it (object permission and sharing), so the list's filters leave it out (its scope such as "My", its criteria or its queue)`;
}

/** The developer name of a list view (not an object home or a related list), for reading its filters. */
function listViewName(list: ShownList): string | undefined {
  return list instanceof ListViewPage ? list.viewName : undefined;
}

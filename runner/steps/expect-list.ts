import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { ListViewPage } from '../../pages/list-view-page';
import { RelatedListCard } from '../../pages/related-list';
import type { ShownList } from '../../pages/shown-list';
import type { ListExpectation, RowCount } from '../model-views';
import type { StepContext } from './context';
import { loadedList } from './loaded-list';
import { recordName } from './record-name';
import { type ListedVerdict, whyNotInListView } from './why-not-in-list-view';
import { whyNotInRelatedList } from './why-not-in-related-list';
import { whyRecordOpens } from './why-record-opens';

/**
 * Checks which test records a list shows and how many rows it has, loading more rows of a long list ("50+
 * items") while the check needs them. "Not listed" is only concluded from a complete list: one whose own count
 * ("3 items", "(3)") is exact and equals the rows it showed.
 */
export async function listProblems(
  expected: ListExpectation,
  list: ShownList,
  context: StepContext,
): Promise<{ problems: string[]; evidence: string }> {
  const includes = expected.includes.map((key) => ({ key, ...recordOf(key, context) }));
  const excludes = expected.excludes.map((key) => ({ key, ...recordOf(key, context) }));
  const { stated, ids, complete, stalled } = await loadedList(
    list,
    (shown, { count, more }) =>
      [...includes, ...excludes].some((record) => !shown.has(record.id)) ||
      (expected.rows !== undefined && count !== undefined && rowsUndecided(expected.rows, count, more)),
  );
  const evidence =
    stated.count === undefined
      ? `the list's own count cannot be read from "${stated.text}" (no single number before its first "•"); it shows ${ids.length} row(s)`
      : `the list says "${stated.text}" and shows ${ids.length} row(s)`;
  const incomplete = stalled ?? `${evidence}, so the list is not complete`;
  const problems: string[] = [];
  for (const record of includes) {
    if (ids.includes(record.id)) continue;
    problems.push(
      `${recordName(context, record)}: expected listed, but it is not — ${
        complete
          ? await whyNotListed(record, context, {
              noun: 'list',
              verdict: ownVerdict(list, record, context),
            })
          : `it is not among the rows loaded: ${incomplete}`
      }`,
    );
  }
  for (const record of excludes) {
    if (ids.includes(record.id)) {
      problems.push(
        `${recordName(context, record)}: expected not listed, but it is — ${await whyListed(record, context)}`,
      );
    } else if (!complete) {
      problems.push(
        `${recordName(context, record)}: expected not listed, but absence cannot be proven: ${incomplete}`,
      );
    }
  }
  if (expected.rows) {
    const problem =
      stated.count === undefined
        ? `rows: expected ${rowsWanted(expected.rows)}, but the list states no count that can be read`
        : rowCountProblem(expected.rows, stated.count, stated.more);
    // The list's own count and rows shown head the failure (evidence); only why it stopped loading is news here.
    if (problem) problems.push(stalled ? `${problem} (${stalled})` : problem);
  }
  return { problems, evidence };
}

/** Whether more rows could still change the verdict of a row count read as `count` (a lower bound when `more`). */
function rowsUndecided(rows: RowCount, count: number, more: boolean): boolean {
  if (!more) return false;
  if ('exactly' in rows) return count <= rows.exactly;
  return (
    (rows.atLeast !== undefined && count < rows.atLeast) ||
    (rows.atMost !== undefined && count <= rows.atMost)
  );
}

function rowsWanted(rows: RowCount): string {
  if ('exactly' in rows) return String(rows.exactly);
  return [
    rows.atLeast !== undefined ? `at least ${rows.atLeast}` : '',
    rows.atMost !== undefined ? `at most ${rows.atMost}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
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

export function recordOf(key: string, context: StepContext): CreatedRecord {
  const record = context.records.get(key);
  if (!record)
    throw new Error(`No test record "${key}" was created (data keys: ${[...context.records.keys()]}).`);
  return record;
}

/**
 * Why a record is missing from a complete list or report: no access, or what the list or report itself leaves
 * out (`verdict`, read as the admin: a list view's or report's scope and filters tried on the record).
 */
export async function whyNotListed(
  record: CreatedRecord,
  context: StepContext,
  shown: { noun: 'list' | 'report'; verdict?: (org: OrgConnection) => Promise<ListedVerdict | undefined> },
): Promise<string> {
  const why = await context.explainRecord(record.sobject, record.id);
  const { org } = context;
  const verdict =
    org && shown.verdict
      ? await shown.verdict(org).catch((error: Error) => ({
          leftOutBy: `the org could not say what leaves it out (${error.message})`,
        }))
      : undefined;
  // explainRecord ends with this when the persona can read the record: then the filters left it out.
  if (!why.startsWith('the org grants read access')) {
    // A record routed to the wrong owner is often unreadable too: the list's own verdict names the owner.
    return verdict && 'leftOutBy' in verdict
      ? `${why}; and even if they could read it, ${verdict.leftOutBy}`
      : why;
  }
  const readable = 'the persona can read it (object permission and sharing)';
  if (!verdict)
    return `${readable}, so the ${shown.noun}'s filters leave it out (its scope such as "My", its criteria or its queue)`;
  if ('leftOutBy' in verdict) return `${readable}, so ${verdict.leftOutBy}`;
  return `${readable} and ${verdict.keptBy}: the ${shown.noun} shown disagrees with the org — a ${shown.noun} loaded before the record was saved, or a rendering fault`;
}

/** Why the persona sees a record a list or report shows them: how they can read it, from the org as the admin. */
export async function whyListed(record: CreatedRecord, context: StepContext): Promise<string> {
  if (!context.org) return 'the org was not asked why they can read it';
  const why = await whyRecordOpens(context.org, context.persona.user, record.sobject, record.id).catch(
    (failure: Error) => `the org could not say why (${failure.message})`,
  );
  return `they can read it: ${why}`;
}

/**
 * What a list itself says of a record it leaves out, read as the admin: a list view's scope and filters, or a
 * related list's lookup to the record opened (an object home's recent items have no such verdict).
 */
function ownVerdict(list: ShownList, record: CreatedRecord, context: StepContext) {
  const name = list instanceof ListViewPage ? list.viewName : undefined;
  if (name) return (org: OrgConnection) => whyNotInListView(org, record, name, context.persona.user);
  const open = context.openRecord;
  if (!(list instanceof RelatedListCard) || !open) return undefined;
  return async (org: OrgConnection) => {
    const prediction = await open.prediction.catch(() => undefined);
    const layoutList = prediction?.layout?.relatedLists?.find((each) => each.label === list.label);
    return whyNotInRelatedList(org, record, open.record, layoutList);
  };
}

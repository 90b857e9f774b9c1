import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { combine, FILTER_OPERATIONS } from '../../fixtures/criteria-items';
import { sameId } from '../../fixtures/same-id';
import { ownerName, ownerOf } from './record-owner';
import type { ListedVerdict } from './why-not-in-list-view';

/**
 * Which part of a report leaves a record out, read as the admin through the Analytics REST API: the report's
 * describe (its filters, filter logic and scope), then runs changed for that run only (Execute Sync with
 * reportMetadata: "Filter Reports on Demand", Reports and Dashboards REST API Developer Guide) — with no filter
 * over all records, then with each filter and each cross filter alone. A run lists the record when a cell of a row carries its Id, as
 * a record name's cell does ("Decode the Fact Map": a name's value is the record's Id).
 */
interface ReportFilter {
  column: string;
  operator: string;
  value: string | null;
}
/** "With or without related records" (with Opportunities); ANDed with the other filters. */
interface CrossFilter {
  includesObject?: boolean;
  relatedEntity?: string;
}
interface ReportMetadata {
  reportFilters: ReportFilter[];
  crossFilters?: CrossFilter[];
  reportBooleanFilter?: string | null;
  scope?: string;
  detailColumns?: string[];
  reportType?: { label?: string };
  standardDateFilter?: { column?: string; durationValue?: string } | null;
}
interface Describe {
  reportMetadata: ReportMetadata;
  reportExtendedMetadata?: { detailColumnInfo?: Record<string, { label?: string }> };
  reportTypeMetadata?: { categories?: { columns?: Record<string, { label?: string }> }[] };
}
interface Cell {
  label?: string;
  value?: unknown;
}
interface Run {
  /** False when the run answered only its first 2,000 detail rows. */
  allData?: boolean;
  factMap?: Record<string, { rows?: { dataCells?: Cell[] }[] }>;
}

const CUT = '2,000 detail rows, allData false';

/** Scopes tried on the record: every record, and the persona's own. */
const TRIED_SCOPES = ['organization', 'user'];

export async function whyNotInReport(
  org: OrgConnection,
  record: CreatedRecord,
  reportId: string,
  persona: { id: string; name: string },
): Promise<ListedVerdict> {
  const base = `/services/data/v${org.conn.version}/analytics/reports/${reportId}`;
  const describe = await org.conn.request<Describe>(`${base}/describe`);
  const metadata = describe.reportMetadata;
  const run = (changes: Partial<ReportMetadata>) =>
    org.conn.requestPost<Run>(`${base}?includeDetails=true`, {
      reportMetadata: { ...metadata, reportBooleanFilter: null, scope: 'organization', ...changes },
    });
  const rowsOf = (result: Run) =>
    Object.values(result.factMap ?? {}).flatMap((fact) =>
      (fact.rows ?? []).map((row) => row.dataCells ?? []),
    );
  const rowOf = (result: Run) =>
    rowsOf(result).find((cells) =>
      cells.some((cell) => typeof cell.value === 'string' && sameId(cell.value, record.id)),
    );

  const filters = metadata.reportFilters ?? [];
  // The filtered columns shown besides the report's own, for the record's values of them.
  const columns = [
    ...new Set([...(metadata.detailColumns ?? []), ...filters.map((filter) => filter.column)]),
  ];
  const unfiltered = await run({ reportFilters: [], crossFilters: [], detailColumns: columns });
  const row = rowOf(unfiltered);
  const cut = (result: Run) => result.allData === false;
  if (!row && cut(unfiltered))
    return {
      leftOutBy: `the report's filters or scope may leave it out, or its type: which cannot be read, as a run with no filter has more rows than the API answers (${CUT})`,
    };
  if (!row) {
    const carriesIds = rowsOf(unfiltered).some((cells) =>
      cells.some((cell) => isIdOf(cell.value, record.id)),
    );
    if (!carriesIds && rowsOf(unfiltered).length > 0)
      return {
        leftOutBy:
          "the report's filters or scope leave it out (which of them cannot be tried through the API: none of its columns carries its records' Ids, as the record name does)",
      };
    const dated = metadata.standardDateFilter?.column
      ? ` or its date filter on ${labelOf(describe, metadata.standardDateFilter.column)} (${metadata.standardDateFilter.durationValue ?? 'a range'})`
      : '';
    return {
      leftOutBy: `the report's type "${metadata.reportType?.label ?? 'unknown'}"${dated} leaves it out: run as the admin through the API with no filter, it does not list it (a report type can require related records)`,
    };
  }
  // Listed, not listed, or undefined: not among the rows a cut run answered.
  const listedWith = async (changes: Partial<ReportMetadata>): Promise<boolean | undefined> => {
    const result = await run({ reportFilters: [], crossFilters: [], ...changes });
    return rowOf(result) !== undefined ? true : cut(result) ? undefined : false;
  };
  const kept = await Promise.all(filters.map((filter) => listedWith({ reportFilters: [filter] })));
  const crossFilters = metadata.crossFilters ?? [];
  const crossKept = await Promise.all(crossFilters.map((cross) => listedWith({ crossFilters: [cross] })));
  const crossFailing = crossFilters.filter((_, index) => crossKept[index] === false).map(crossWords);
  if (crossFailing.length > 0)
    return {
      leftOutBy: `the report's ${crossFailing.join('; ')} ${crossFailing.length > 1 ? 'leave' : 'leaves'} it out`,
    };
  const logic = metadata.reportBooleanFilter || filters.map((_, index) => index + 1).join(' AND ');
  const words = (filter: ReportFilter) => filterWords(describe, filter, row[columns.indexOf(filter.column)]);
  const verdict = filters.length > 0 ? combine(logic, kept) : true;
  if (verdict === undefined) {
    const untold = filters.filter((_, index) => kept[index] === undefined).map(words);
    return {
      leftOutBy: `the report's ${untold.join('; ')} may leave it out: a run with ${untold.length > 1 ? 'each of them' : 'it'} alone has more rows than the API answers (${CUT})`,
    };
  }
  if (verdict === false) {
    const failing = filters.filter((_, index) => kept[index] === false).map(words);
    return {
      leftOutBy: metadata.reportBooleanFilter
        ? `the report's filter logic "${logic}" does not hold: ${failing.join('; ')} ${failing.length > 1 ? 'do' : 'does'} not keep it`
        : `the report's ${failing.join('; ')} ${failing.length > 1 ? 'leave' : 'leaves'} it out`,
    };
  }
  const scope = metadata.scope ?? 'organization';
  if (scope === 'user') {
    const owner = await ownerOf(org, record);
    if (!owner || !sameId(owner, persona.id))
      return {
        leftOutBy: `the report's scope "user" (records the persona owns: the record is owned by ${owner ? await ownerName(org, owner) : 'nobody'}, not ${persona.name}) leaves it out`,
      };
  }
  if (!TRIED_SCOPES.includes(scope))
    return {
      leftOutBy: `the report's scope "${scope}", which cannot be tried on the record through the API, may leave it out`,
    };
  const keptBy =
    filters.length > 0 ? ` and its ${filters.map(words).join('; ')} keep it` : ', with no filter, keeps it';
  return { keptBy: `the report's scope "${scope}"${keptBy} (tried on the record through the API)` };
}

/** "cross filter with Opportunities" */
function crossWords(cross: CrossFilter): string {
  return `cross filter ${cross.includesObject === false ? 'without' : 'with'} ${cross.relatedEntity ?? 'related records'}`;
}

/** "filter Lead Status not equal to Closed (the record's Lead Status is Open)", its value as the report shows it. */
function filterWords(describe: Describe, filter: ReportFilter, cell: Cell | undefined): string {
  const label = labelOf(describe, filter.column);
  const shown = cell?.label;
  const value =
    shown === undefined
      ? ''
      : ` (the record's ${label} is ${shown === '' || shown === '-' ? 'empty' : shown})`;
  // A report filter's values are comma-separated: "any of" them.
  const values = (filter.value ?? '').split(',').map((part) => part.trim());
  return `filter ${label} ${FILTER_OPERATIONS[filter.operator] ?? filter.operator} ${values.join(', ')}${value}`;
}

function labelOf(describe: Describe, column: string): string {
  const detail = describe.reportExtendedMetadata?.detailColumnInfo?.[column]?.label;
  const typed = describe.reportTypeMetadata?.categories?.find((category) => category.columns?.[column])
    ?.columns?.[column]?.label;
  return detail ?? typed ?? column;
}

/** Whether a cell's value is a record Id of the same object as `id` (its first three characters). */
function isIdOf(value: unknown, id: string): boolean {
  return (
    typeof value === 'string' &&
    /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value) &&
    value.startsWith(id.slice(0, 3))
  );
}

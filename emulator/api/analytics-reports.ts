import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import { aggregate, folderOpenTo, REPORT_NO_ACCESS, type ReportRun, runReport } from '../model/reports';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import type { FilterDefinition, ReportDefinition } from '../org/schema-navigation';
import { SalesforceError } from './errors';

/**
 * A report through the Analytics REST API (Reports and Dashboards REST API Developer Guide: "Get Report Metadata",
 * "Execute Sync", "Filter Reports on Demand", "Decode the Fact Map"), run as the session's user with their sharing.
 * A run's reportMetadata (POST) changes its detail columns, filters, filter logic and scope for that run
 * only. A record name's
 * cell carries the record's Id as its value and the name as its label. Column names here are Object.Field;
 * standard report types name their standard columns otherwise (STAGE_NAME, CLOSE_DATE), so readers go by the
 * columns' labels. Unconfirmed: the errorCode and wording of a column a run's filters name that the report type
 * does not have.
 */
/** The detail rows one synchronous run answers at most ("Reports and Dashboards REST API Limits": 2,000). */
const DETAIL_ROWS = 2000;

export interface RunMetadata {
  detailColumns?: string[];
  reportFilters?: { column: string; operator: string; value: string | null }[];
  reportBooleanFilter?: string | null;
  scope?: string;
}

const SCOPES = { user: 'Mine', organization: 'Everything' } as const;

export function describeReport(state: OrgState, id: string, report: ReportDefinition) {
  const type = objectOf(state, report);
  return {
    reportMetadata: reportMetadata(id, report, type),
    reportExtendedMetadata: {
      detailColumnInfo: columnInfo(type, report.columns),
      groupingColumnInfo: columnInfo(type, report.groupings),
      aggregateColumnInfo: { RowCount: { label: 'Record Count', dataType: 'int' } },
    },
    reportTypeMetadata: {
      categories: [
        {
          label: `${type.label} Information`,
          columns: columnInfo(
            type,
            type.fields.map((field) => field.name),
          ),
        },
      ],
    },
  };
}

/** Execute Sync: the run as `user`, with `changes` to its filters and scope; detail rows when asked. */
export function executeReport(
  state: OrgState,
  user: OrgUser,
  version: string,
  id: string,
  report: ReportDefinition,
  changes: RunMetadata | undefined,
  includeDetails: boolean,
) {
  const type = objectOf(state, report);
  const asRun = withChanges(report, type, changes);
  const run = folderOpenTo(state, user, report.folder) ? runReport(state, user, asRun) : undefined;
  if (!run?.ok) throw new SalesforceError(403, 'FORBIDDEN', REPORT_NO_ACCESS);
  const cells = (row: Row) => ({ dataCells: run.columns.map((field) => cell(state, type, row, field)) });
  // A run answers at most DETAIL_ROWS detail rows, the first in its order; allData says whether that was all.
  let left = DETAIL_ROWS;
  const detail = (rows: Row[]) => {
    const answered = rows.slice(0, left);
    left -= answered.length;
    return answered.map(cells);
  };
  const factMap: Record<string, { aggregates: { label: string; value: number }[]; rows: unknown[] }> = {
    'T!T': {
      aggregates: aggregates(run, run.rows),
      rows: run.groupings.length > 0 || !includeDetails ? [] : detail(run.rows),
    },
  };
  const groupings = groupingsOf(
    run,
    run.rows,
    0,
    '',
    (key, rows, deepest) => {
      factMap[`${key}!T`] = {
        aggregates: aggregates(run, rows),
        rows: deepest && includeDetails ? detail(rows) : [],
      };
    },
    state,
    type,
  );
  return {
    attributes: {
      reportId: id,
      reportName: report.name,
      type: 'Report',
      describeUrl: `/services/data/v${version}/analytics/reports/${id}/describe`,
    },
    allData: !includeDetails || run.rows.length <= DETAIL_ROWS,
    hasDetailRows: includeDetails,
    reportMetadata: reportMetadata(id, asRun, type),
    groupingsDown: { groupings },
    groupingsAcross: { groupings: [] },
    factMap,
  };
}

function objectOf(state: OrgState, report: ReportDefinition): SObjectType {
  const type = state.object(report.object);
  // The org's loading refuses a report on an unknown object.
  if (!type) throw new SalesforceError(500, 'UNKNOWN_EXCEPTION', `No object ${report.object}`);
  return type;
}

function column(type: SObjectType, field: string): string {
  return `${type.name}.${type.field(field)?.name ?? field}`;
}

function reportMetadata(id: string, report: ReportDefinition, type: SObjectType) {
  const format =
    report.groupingsAcross.length > 0 ? 'MATRIX' : report.groupings.length > 0 ? 'SUMMARY' : 'TABULAR';
  const byGroup = (name: string) => ({ name: column(type, name), sortOrder: 'Asc', dateGranularity: 'None' });
  return {
    id,
    name: report.name,
    developerName: report.developerName,
    reportFormat: format,
    reportType: { type: type.name, label: type.labelPlural },
    detailColumns: report.columns.map((name) => column(type, name)),
    groupingsDown: report.groupings.map(byGroup),
    groupingsAcross: report.groupingsAcross.map(byGroup),
    aggregates: [
      'RowCount',
      ...report.summaries.map((s) => `${AGGREGATE[s.aggregate]}!${column(type, s.field)}`),
    ],
    reportFilters: report.filters.map((filter) => ({
      column: column(type, filter.field),
      operator: filter.operator,
      value: filter.value === null ? '' : String(filter.value),
    })),
    reportBooleanFilter: report.booleanFilter ?? null,
    scope: report.filterScope === 'Mine' ? 'user' : 'organization',
    standardDateFilter: null,
    hasDetailRows: true,
  };
}

// Execute Sync's aggregates: a! average, s! sum, m! minimum, x! maximum.
const AGGREGATE: Record<string, string> = { sum: 's', avg: 'a', min: 'm', max: 'x' };

function columnInfo(type: SObjectType, names: string[]) {
  return Object.fromEntries(
    names.flatMap((name) => {
      const field = type.field(name);
      return field
        ? [[column(type, name), { label: field.label, dataType: field.type, filterable: true }]]
        : [];
    }),
  );
}

/** The report as one run of it sees it: the request's filters, filter logic and scope in place of its own. */
function withChanges(
  report: ReportDefinition,
  type: SObjectType,
  changes: RunMetadata | undefined,
): ReportDefinition {
  if (!changes) return report;
  const fieldOf = (column: string) => {
    const name = column.startsWith(`${type.name}.`) ? column.slice(type.name.length + 1) : column;
    const field = type.field(name);
    if (!field) throw new SalesforceError(400, 'BAD_REQUEST', `The column ${column} doesn't exist.`);
    return field.name;
  };
  const filters = changes.reportFilters?.map(
    (filter): FilterDefinition => ({
      field: fieldOf(filter.column),
      operator: filter.operator as FilterDefinition['operator'],
      value: filter.value ?? '',
    }),
  );
  const columns = changes.detailColumns?.map(fieldOf);
  const scope =
    changes.scope === undefined ? report.filterScope : SCOPES[changes.scope as keyof typeof SCOPES];
  if (!scope) throw new SalesforceError(400, 'BAD_REQUEST', `Invalid scope: ${changes.scope}`);
  const logic =
    changes.reportBooleanFilter === undefined
      ? report.booleanFilter
      : (changes.reportBooleanFilter ?? undefined);
  return {
    ...report,
    columns: columns ?? report.columns,
    filters: filters ?? report.filters,
    booleanFilter: logic,
    filterScope: scope,
  };
}

type Ran = Extract<ReportRun, { ok: true }>;

function aggregates(run: Ran, rows: Row[]) {
  return [
    { label: String(rows.length), value: rows.length },
    ...run.summaries.map((summary) => {
      const value = aggregate(rows, summary.field.name, summary.aggregate);
      return { label: String(value), value };
    }),
  ];
}

interface Grouping {
  key: string;
  label: string;
  value: unknown;
  groupings: Grouping[];
}

/** Row groupings, keyed as the fact map keys them ("0", "0_1"): each group's fact under "{key}!T". */
function groupingsOf(
  run: Ran,
  rows: Row[],
  depth: number,
  prefix: string,
  fact: (key: string, rows: Row[], deepest: boolean) => void,
  state: OrgState,
  type: SObjectType,
): Grouping[] {
  const field = run.groupings[depth];
  if (!field) return [];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = String(row[field.name] ?? '');
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return [...groups.values()].map((members, index) => {
    const key = prefix ? `${prefix}_${index}` : String(index);
    fact(key, members, depth === run.groupings.length - 1);
    const shown = cell(state, type, members[0] as Row, field);
    return {
      key,
      label: shown.label,
      value: shown.value,
      groupings: groupingsOf(run, members, depth + 1, key, fact, state, type),
    };
  });
}

/** A cell: the record name's value is the record's Id; a lookup's label is the name of the record it points to. */
function cell(
  state: OrgState,
  type: SObjectType,
  row: Row,
  field: SObjectField,
): { label: string; value: unknown } {
  const value = row[field.name] ?? null;
  if (field.name === type.options.nameField) return { label: String(value ?? ''), value: row.Id };
  if (field.type === 'reference' && typeof value === 'string') {
    return { label: state.recordName(value) ?? value, value };
  }
  if (value === null) return { label: '-', value: null };
  return { label: String(value), value };
}

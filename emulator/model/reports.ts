import { logicHolds } from '../../salesforce/formula/filter-logic';
import type { DashboardDefinition, ReportDefinition } from '../org/schema-navigation';
import { fieldAccess, hasPermission, objectAccess } from './access';
import type { SObjectField } from './fields';
import { to18 } from './ids';
import type { OrgState, OrgUser } from './org-state';
import { matchesFilter, matchesScope, sortRows } from './record-filters';
import { groupNamesOf, visibleRecords } from './record-visibility';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

/** A report run: always as one user, with that user's object access, field-level security and sharing. */
export type ReportRun =
  | {
      ok: true;
      runAs: OrgUser;
      columns: SObjectField[];
      /** Row groupings the running user can read, outermost first; rows come ordered by them. */
      groupings: SObjectField[];
      rows: Row[];
      summaries: { field: SObjectField; aggregate: string; value: number }[];
    }
  | { ok: false; runAs: OrgUser; message: string };

// Unconfirmed wording for a report on an object the running user cannot read.
export const REPORT_NO_ACCESS = "You don't have sufficient privileges to perform this operation.";

export function runReport(state: OrgState, runAs: OrgUser, report: ReportDefinition): ReportRun {
  const type = state.object(report.object);
  if (!type || !objectAccess(runAs, type).read) return { ok: false, runAs, message: REPORT_NO_ACCESS };
  const readable = (name: string) => {
    const field = type.field(name);
    return field && fieldAccess(runAs, type, field) !== 'none' ? field : undefined;
  };
  const rows = sortRows(
    type,
    visibleRecords(state, runAs, type)
      .filter((row) => matchesScope(row, report.filterScope, runAs))
      // A filter on a field the running user cannot read cannot match (the real report refuses to run).
      .filter((row) =>
        logicHolds(
          report.booleanFilter ?? 'and',
          report.filters.map((filter) => !!readable(filter.field) && matchesFilter(type, row, filter)),
        ),
      ),
    report.sort,
  );
  const known = (field: SObjectField | undefined): field is SObjectField => field !== undefined;
  const columns = report.columns.map(readable).filter(known);
  const groupings = report.groupings.map(readable).filter(known);
  const summaries = report.summaries.flatMap((summary) => {
    const field = readable(summary.field);
    return field
      ? [{ field, aggregate: summary.aggregate, value: aggregate(rows, field.name, summary.aggregate) }]
      : [];
  });
  return { ok: true, runAs, columns, groupings, rows: groupedOrder(type, rows, groupings), summaries };
}

/** Rows ordered by their groups, outermost first (ascending), keeping the report's sort within a group. */
function groupedOrder(type: SObjectType, rows: Row[], groupings: SObjectField[]): Row[] {
  return groupings
    .toReversed()
    .reduce((sorted, field) => sortRows(type, sorted, { field: field.name, order: 'asc' }), rows);
}

export function aggregate(rows: Row[], field: string, kind: string): number {
  const values = rows.map((row) => row[field]).filter((value) => typeof value === 'number') as number[];
  if (values.length === 0) return 0;
  switch (kind) {
    case 'avg':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    default:
      return values.reduce((a, b) => a + b, 0);
  }
}

/** Who a dashboard runs as: its fixed running user, or the viewer for a dynamic dashboard. */
export function dashboardRunningUser(
  state: OrgState,
  viewer: OrgUser,
  dashboard: DashboardDefinition,
): OrgUser {
  if (dashboard.runningUser === 'viewer') return viewer;
  return state.userByUsername(dashboard.runningUser) ?? viewer;
}

/** A report's row (Report sObject) and definition, by its Id (15 or 18 characters). */
export function reportById(state: OrgState, raw: string): { row: Row; report: ReportDefinition } | undefined {
  const id = to18(raw);
  const row = id ? state.store.get('Report', id) : undefined;
  const report = row ? reportByDeveloperName(state, String(row.DeveloperName)) : undefined;
  return row && report ? { row, report } : undefined;
}

export function reportByDeveloperName(state: OrgState, name: string): ReportDefinition | undefined {
  return state.definition.reports.find((report) => report.developerName === name);
}

/**
 * Whether the user may open what a folder holds: a folder the org definition does not list is public; a listed
 * one is open to its profiles and groups, and to users with View All Data (unconfirmed: Salesforce also grants
 * "Manage Reports in Public Folders" this).
 */
export function folderOpenTo(state: OrgState, user: OrgUser, folderName: string): boolean {
  const folder = state.definition.folders.find((candidate) => candidate.name === folderName);
  if (!folder || folder.sharedWith === 'all') return true;
  if (hasPermission(user, 'ViewAllData') || hasPermission(user, 'ModifyAllData')) return true;
  const groups = groupNamesOf(state, user);
  return (
    folder.sharedWith.profiles.includes(user.profile.name) ||
    folder.sharedWith.groups.some((group) => groups.has(group))
  );
}

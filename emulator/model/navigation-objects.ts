import type { ReportDefinition } from '../org/schema-navigation';
import type { SObjectField } from './fields';
import type { OrgState } from './org-state';
import { field, labelOf, lookup, platformAuditFields, platformObject } from './platform-objects';
import type { SObjectType } from './sobject-type';
import { createdStamp, type Row, sfDateTime } from './store';

/**
 * ListView, Report and Dashboard: platform objects whose rows come from the org definition's `listViews`,
 * `reports` and `dashboards`. Queryable (read-only) like the real ones; pages look definitions up by Id.
 */
export const NAVIGATION_KEY_PREFIXES = { ListView: '00B', Report: '00O', Dashboard: '01Z' } as const;
export const NAVIGATION_OBJECT_NAMES = ['ListView', 'Report', 'Dashboard'] as const;

const text = (name: string, options: Parameters<typeof field>[2] = {}) => field(name, 'string', options);
const uniqueName = (label: string) => text('DeveloperName', { label, nillable: false, length: 80 });
const platform = (name: keyof typeof NAVIGATION_KEY_PREFIXES, fields: SObjectField[], nameField: string) =>
  platformObject(name, NAVIGATION_KEY_PREFIXES[name], [...fields, ...platformAuditFields()], {
    plural: `${labelOf(name)}s`,
    nameField,
  });

export function navigationObjects(): SObjectType[] {
  const listView = [
    text('Name', { label: 'View Name', nillable: false, length: 40 }),
    uniqueName('View Unique Name'),
    text('NamespacePrefix'),
    field('SobjectType', 'picklist'),
    field('IsSoqlCompatible', 'boolean'),
  ];
  const report = [
    text('Name', { label: 'Report Name', nillable: false, length: 40 }),
    uniqueName('Report Unique Name'),
    text('FolderName'),
    field('Format', 'picklist', { picklistValues: ['Tabular', 'Summary', 'Matrix', 'MultiBlock'] }),
    text('Description'),
    field('LastRunDate', 'datetime', { label: 'Last Run' }),
  ];
  // Dashboard has Title, not Name, on real orgs (Object Reference: Dashboard).
  const dashboard = [
    text('Title', { nillable: false, length: 80 }),
    uniqueName('Dashboard Unique Name'),
    text('FolderName'),
    field('Type', 'picklist', {
      label: 'Dashboard Running User',
      picklistValues: ['SpecifiedUser', 'LoggedInUser', 'MyTeamUser'],
    }),
    lookup('RunningUserId', 'User'),
  ];
  return [
    platform('ListView', listView, 'Name'),
    platform('Report', report, 'Name'),
    platform('Dashboard', dashboard, 'Title'),
  ];
}

/** Rows for the definitions, in definition order so ids are stable across starts. */
export function seedNavigation(state: OrgState): void {
  const def = state.definition;
  const now = sfDateTime(new Date());
  const admin =
    state.users().find((user) => user.profile.permissions.has('ModifyAllData')) ?? state.users()[0];
  const stamp = createdStamp(admin?.id ?? null, now);
  for (const view of def.listViews) {
    insert(state, 'ListView', {
      Name: view.label,
      DeveloperName: view.developerName,
      NamespacePrefix: null,
      SobjectType: view.object,
      IsSoqlCompatible: true,
      ...stamp,
    });
  }
  for (const report of def.reports) {
    insert(state, 'Report', {
      Name: report.name,
      DeveloperName: report.developerName,
      FolderName: report.folder,
      Format: reportFormat(report),
      Description: null,
      LastRunDate: null,
      ...stamp,
    });
  }
  for (const dashboard of def.dashboards) {
    const dynamic = dashboard.runningUser === 'viewer';
    insert(state, 'Dashboard', {
      Title: dashboard.title,
      DeveloperName: dashboard.developerName,
      FolderName: dashboard.folder,
      Type: dynamic ? 'LoggedInUser' : 'SpecifiedUser',
      RunningUserId: dynamic ? null : (state.userByUsername(dashboard.runningUser)?.id ?? null),
      ...stamp,
    });
  }
}

/**
 * A report's format follows its groupings, not its summaries: a tabular report can total a column (Analytics API
 * reportFormat with groupingsDown / groupingsAcross; Report.Format in the Object Reference).
 */
function reportFormat(report: ReportDefinition): 'Tabular' | 'Summary' | 'Matrix' {
  if (report.groupingsAcross.length > 0) return 'Matrix';
  return report.groupings.length > 0 ? 'Summary' : 'Tabular';
}

function insert(
  state: OrgState,
  object: keyof typeof NAVIGATION_KEY_PREFIXES,
  values: Omit<Row, 'Id'>,
): void {
  state.store.insert(object, { Id: state.ids.next(NAVIGATION_KEY_PREFIXES[object]), ...values } as Row);
}

/** The row of a definition by its developer name. */
export function navigationRow(
  state: OrgState,
  object: keyof typeof NAVIGATION_KEY_PREFIXES,
  developerName: string,
): Row | undefined {
  return state.store.all(object).find((row) => row.DeveloperName === developerName);
}

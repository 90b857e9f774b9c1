import { auditFields, systemField as f, type SObjectField } from './fields';
import type { OrgState } from './org-state';
import { SObjectType } from './sobject-type';
import { type Row, sfDateTime } from './store';

/**
 * ListView, Report and Dashboard: platform objects whose rows come from the org definition's `listViews`,
 * `reports` and `dashboards`. Queryable (read-only) like the real ones; pages look definitions up by Id.
 */
export const NAVIGATION_KEY_PREFIXES = { ListView: '00B', Report: '00O', Dashboard: '01Z' } as const;
export const NAVIGATION_OBJECT_NAMES = ['ListView', 'Report', 'Dashboard'] as const;

const idField = () => f('Id', 'Record ID', 'id', { nillable: false });
const audit = () => auditFields().filter((field) => field.name !== 'IsDeleted');

export function navigationObjects(): SObjectType[] {
  const listView: SObjectField[] = [
    idField(),
    f('Name', 'View Name', 'string', { nillable: false, length: 40 }),
    f('DeveloperName', 'View Unique Name', 'string', { nillable: false, length: 80 }),
    f('NamespacePrefix', 'Namespace Prefix', 'string'),
    f('SobjectType', 'Sobject Type', 'picklist'),
    f('IsSoqlCompatible', 'Is Soql Compatible', 'boolean'),
    ...audit(),
  ];
  const report: SObjectField[] = [
    idField(),
    f('Name', 'Report Name', 'string', { nillable: false, length: 40 }),
    f('DeveloperName', 'Report Unique Name', 'string', { nillable: false, length: 80 }),
    f('FolderName', 'Folder Name', 'string'),
    f('Format', 'Format', 'picklist', { picklistValues: ['Tabular', 'Summary', 'Matrix', 'MultiBlock'] }),
    f('Description', 'Description', 'string'),
    f('LastRunDate', 'Last Run', 'datetime'),
    ...audit(),
  ];
  // Dashboard has Title, not Name, on real orgs (Object Reference: Dashboard).
  const dashboard: SObjectField[] = [
    idField(),
    f('Title', 'Title', 'string', { nillable: false, length: 80 }),
    f('DeveloperName', 'Dashboard Unique Name', 'string', { nillable: false, length: 80 }),
    f('FolderName', 'Folder Name', 'string'),
    f('Type', 'Dashboard Running User', 'picklist', {
      picklistValues: ['SpecifiedUser', 'LoggedInUser', 'MyTeamUser'],
    }),
    f('RunningUserId', 'Running User ID', 'reference', {
      referenceTo: ['User'],
      relationshipName: 'RunningUser',
    }),
    ...audit(),
  ];
  const system = { system: true } as const;
  return [
    new SObjectType('ListView', 'List View', 'List Views', NAVIGATION_KEY_PREFIXES.ListView, listView, {
      ...system,
      nameField: 'Name',
    }),
    new SObjectType('Report', 'Report', 'Reports', NAVIGATION_KEY_PREFIXES.Report, report, {
      ...system,
      nameField: 'Name',
    }),
    new SObjectType('Dashboard', 'Dashboard', 'Dashboards', NAVIGATION_KEY_PREFIXES.Dashboard, dashboard, {
      ...system,
      nameField: 'Title',
    }),
  ];
}

/** Rows for the definitions, in definition order so ids are stable across starts. */
export function seedNavigation(state: OrgState): void {
  const def = state.definition;
  const now = sfDateTime(new Date());
  const admin =
    state.users().find((user) => user.profile.permissions.has('ModifyAllData')) ?? state.users()[0];
  const stamp = {
    CreatedDate: now,
    LastModifiedDate: now,
    SystemModstamp: now,
    CreatedById: admin?.id ?? null,
    LastModifiedById: admin?.id ?? null,
  };
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
      Format: report.summaries.length > 0 ? 'Summary' : 'Tabular',
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

import type { OrgConnection } from '../../fixtures';
import { didYouMean, oneOf } from '../schema/wording';
import type { StepContext } from './context';

/**
 * The org's list views, reports, dashboards and tabs, read as the admin through the API, so that a name the
 * org lacks is a scenario error with "did you mean" before any page is opened as the persona.
 */
function adminOrg(context: StepContext, what: string): OrgConnection {
  if (!context.org) throw new Error(`Cannot look up ${what}: the run has no admin API session.`);
  return context.org;
}

const soqlText = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

export interface NamedListView {
  id: string;
  developerName: string;
  name: string;
}

export async function listViewNamed(
  context: StepContext,
  sobject: string,
  view: string,
): Promise<NamedListView> {
  // Without the admin's session (a page-object test), the name is taken as written; validate checks it.
  if (!context.org) return { id: '', developerName: view, name: view };
  const org = context.org;
  const rows = (
    await org.conn.query<{ Id: string; DeveloperName: string; Name: string }>(
      `SELECT Id, DeveloperName, Name FROM ListView WHERE SobjectType = '${soqlText(sobject)}'`,
    )
  ).records;
  const found = rows.find((row) => row.DeveloperName === view || row.Id === view);
  if (found) return { id: found.Id, developerName: found.DeveloperName, name: found.Name };
  const names = rows.map((row) => row.DeveloperName);
  throw new Error(
    `${sobject} has no list view "${view}". Expected a list view API name: ${oneOf(names)}.${didYouMean(view, names)}`,
  );
}

export interface NamedReport {
  id: string;
  developerName: string;
  name: string;
  folder: string;
  /** Report.Format: Tabular, Summary, Matrix or MultiBlock (joined); undefined if the org did not give it. */
  format: string | undefined;
}

export async function reportNamed(context: StepContext, developerName: string): Promise<NamedReport> {
  const org = adminOrg(context, `report ${developerName}`);
  const rows = (
    await org.conn.query<{
      Id: string;
      DeveloperName: string;
      Name: string;
      FolderName: string | null;
      Format: string | null;
    }>('SELECT Id, DeveloperName, Name, FolderName, Format FROM Report ORDER BY DeveloperName LIMIT 2000')
  ).records;
  const found = rows.find((row) => row.DeveloperName === developerName);
  if (found)
    return {
      id: found.Id,
      developerName,
      name: found.Name,
      folder: found.FolderName ?? '(no folder)',
      format: found.Format ?? undefined,
    };
  const names = rows.map((row) => row.DeveloperName);
  throw new Error(
    `the org has no report "${developerName}". Expected a report's developer name (API name): ${oneOf(names)}.${didYouMean(developerName, names)}`,
  );
}

export interface NamedDashboard {
  id: string;
  developerName: string;
  title: string;
  folder: string;
  /** The fixed running user's name; undefined when the dashboard is dynamic (runs as whoever views it). */
  runningUser: string | undefined;
}

export async function dashboardNamed(context: StepContext, developerName: string): Promise<NamedDashboard> {
  const org = adminOrg(context, `dashboard ${developerName}`);
  const rows = (
    await org.conn.query<{
      Id: string;
      DeveloperName: string;
      Title: string;
      FolderName: string | null;
      Type: string;
      RunningUser: { Name: string } | null;
    }>(
      'SELECT Id, DeveloperName, Title, FolderName, Type, RunningUser.Name FROM Dashboard ORDER BY DeveloperName LIMIT 2000',
    )
  ).records;
  const found = rows.find((row) => row.DeveloperName === developerName);
  if (found) {
    return {
      id: found.Id,
      developerName,
      title: found.Title,
      folder: found.FolderName ?? '(no folder)',
      // Dashboard.Type: SpecifiedUser (a fixed running user), LoggedInUser (dynamic), MyTeamUser.
      runningUser: found.Type === 'SpecifiedUser' ? (found.RunningUser?.Name ?? undefined) : undefined,
    };
  }
  const names = rows.map((row) => row.DeveloperName);
  throw new Error(
    `the org has no dashboard "${developerName}". Expected a dashboard's developer name (API name): ${oneOf(names)}.${didYouMean(developerName, names)}`,
  );
}

/**
 * The tab labels the org can have: Home, Reports, Dashboards and each object's plural label (describeGlobal),
 * by label → the object (undefined for Home, Reports, Dashboards). Custom web and Visualforce tabs are not
 * listed (TabDefinition would list them; unconfirmed whether every org exposes it to SOQL).
 */
export async function tabLabels(org: OrgConnection): Promise<Map<string, string | undefined>> {
  const global = await org.conn.describeGlobal();
  const labels = new Map<string, string | undefined>([
    ['Home', undefined],
    ['Reports', undefined],
    ['Dashboards', undefined],
  ]);
  for (const sobject of global.sobjects) {
    if (sobject.labelPlural && !labels.has(sobject.labelPlural))
      labels.set(sobject.labelPlural, sobject.name);
  }
  return labels;
}

export async function tabNamed(
  context: StepContext,
  label: string,
): Promise<{ sobject: string | undefined }> {
  if (!context.org) return { sobject: undefined };
  const labels = await tabLabels(context.org);
  if (labels.has(label)) return { sobject: labels.get(label) };
  const names = [...labels.keys()];
  throw new Error(
    `the org has no tab "${label}". Expected a tab's label as the navigation bar shows it (e.g. Leads, Reports).${didYouMean(label, names)}`,
  );
}

/** Why the persona may not read an object, from ObjectPermissions over their permission set assignments. */
export async function objectReadable(context: StepContext, sobject: string): Promise<boolean | undefined> {
  if (!context.org) return undefined;
  const grants = await context.org.conn.query(
    `SELECT Id FROM ObjectPermissions WHERE SobjectType = '${soqlText(sobject)}' AND PermissionsRead = true ` +
      `AND ParentId IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${context.persona.user.id}')`,
  );
  return grants.totalSize > 0;
}

export function noReadAccess(sobject: string): string {
  return `no read access to ${sobject}: neither the profile nor any permission set grants Read on the object`;
}

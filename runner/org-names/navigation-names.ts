import type { Connection } from 'jsforce';

/** Developer names of the org's reports and dashboards, and the labels its tabs can have, read as the admin. */
export interface NavigationNames {
  reports: string[];
  /** Report developer name → Report.Format (Tabular, Summary, Matrix, MultiBlock). */
  reportFormats: Map<string, string>;
  dashboards: string[];
  /** Home, Reports, Dashboards and every object's plural label (an object tab's label). */
  tabs: string[];
}

export async function readNavigationNames(
  conn: Connection,
  wanted: { reports: boolean; dashboards: boolean; tabs: boolean },
): Promise<NavigationNames> {
  const names = async (soql: string) =>
    (await conn.query<{ DeveloperName: string }>(soql)).records.map((row) => row.DeveloperName);
  const [reportRows, dashboards, tabs] = await Promise.all([
    wanted.reports ? reportsWithFormats(conn) : [],
    wanted.dashboards ? names('SELECT DeveloperName FROM Dashboard ORDER BY DeveloperName LIMIT 2000') : [],
    // Custom web and Visualforce tabs are not listed: TabDefinition would list them (unconfirmed whether every
    // org exposes it to SOQL), so a tab missing here is reported with its likely spelling, not refused silently.
    wanted.tabs
      ? conn
          .describeGlobal()
          .then((global) => [
            'Home',
            'Reports',
            'Dashboards',
            ...global.sobjects.flatMap((sobject) => (sobject.labelPlural ? [sobject.labelPlural] : [])),
          ])
      : [],
  ]);
  return {
    reports: reportRows.map((row) => row.DeveloperName),
    reportFormats: new Map(
      reportRows.flatMap((row) => (row.Format ? [[row.DeveloperName, row.Format]] : [])),
    ),
    dashboards,
    tabs,
  };
}

/** Report.Format tells a tabular report, whose rows are its records, from a grouped one. */
async function reportsWithFormats(conn: Connection) {
  return (
    await conn.query<{ DeveloperName: string; Format: string | null }>(
      'SELECT DeveloperName, Format FROM Report ORDER BY DeveloperName LIMIT 2000',
    )
  ).records;
}

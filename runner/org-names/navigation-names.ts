import type { Connection } from 'jsforce';

/** Developer names of the org's reports and dashboards, and the labels its tabs can have, read as the admin. */
export interface NavigationNames {
  reports: string[];
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
  const [reports, dashboards, tabs] = await Promise.all([
    wanted.reports ? names('SELECT DeveloperName FROM Report ORDER BY DeveloperName LIMIT 2000') : [],
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
  return { reports, dashboards, tabs };
}

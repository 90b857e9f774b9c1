import type { Connection } from 'jsforce';
import { queryAll, soqlString } from '../../fixtures/persona-capability';
import type { AccessFact } from './facts';

/**
 * What a user's permission sets grant (the profile's own set included: every profile owns one), read through
 * SOQL (docs/salesforce-facts.md#who-can-see-what): PermissionSet (system permissions), ObjectPermissions,
 * FieldPermissions (one row per field granted, "Account.Credit_Limit__c") and PermissionSetTabSetting (no row =
 * hidden tab; Tooling API reference). Every fact names the grants behind it.
 */

/** The system permissions that change what a persona can see or do to others; only those the org has are read. */
export const SYSTEM_PERMISSIONS = [
  'ApiEnabled',
  'ViewSetup',
  'ViewAllData',
  'ModifyAllData',
  'ManageUsers',
  'AssignPermissionSets',
  'ManageProfilesPermissionsets',
  'CustomizeApplication',
  'ViewAllUsers',
  'ExportReport',
  'AuthorApex',
  'ViewEventLogObjectData',
];

const OBJECT_FLAGS = [
  ['PermissionsRead', 'read'],
  ['PermissionsCreate', 'create'],
  ['PermissionsEdit', 'edit'],
  ['PermissionsDelete', 'delete'],
  ['PermissionsViewAllRecords', 'viewAll'],
  ['PermissionsModifyAllRecords', 'modifyAll'],
] as const;

type Row = Record<string, unknown>;

/** "profile Finance", "permission set Finance_Viewer", "permission set group Revenue_Review", by set id. */
export type GrantSources = Map<string, string>;

const describedPermissions = new WeakMap<Connection, Promise<string[]>>();

/** The system permissions of SYSTEM_PERMISSIONS that the org's PermissionSet has a field for. */
export function orgSystemPermissions(conn: Connection): Promise<string[]> {
  let found = describedPermissions.get(conn);
  if (!found) {
    found = conn
      .sobject('PermissionSet')
      .describe()
      .then((describe) => {
        const fields = new Set(describe.fields.map((field) => field.name));
        return SYSTEM_PERMISSIONS.filter((name) => fields.has(`Permissions${name}`));
      });
    describedPermissions.set(conn, found);
  }
  return found;
}

export async function grantSources(
  conn: Connection,
  permissionSetIds: string[],
): Promise<{ sources: GrantSources; rows: Row[] }> {
  if (permissionSetIds.length === 0) return { sources: new Map(), rows: [] };
  const permissions = await orgSystemPermissions(conn);
  const rows = await queryAll<Row>(
    conn,
    `SELECT Id, Name, IsOwnedByProfile, Profile.Name, PermissionSetGroupId, PermissionSetGroup.DeveloperName${permissions
      .map((name) => `, Permissions${name}`)
      .join('')} FROM PermissionSet WHERE Id IN (${permissionSetIds.map(soqlString).join(', ')})`,
  );
  const sources: GrantSources = new Map();
  for (const row of rows) {
    const profile = row.Profile as { Name?: string } | null;
    const group = row.PermissionSetGroup as { DeveloperName?: string } | null;
    sources.set(
      String(row.Id),
      row.IsOwnedByProfile
        ? `profile ${profile?.Name ?? row.Name}`
        : row.PermissionSetGroupId
          ? `permission set group ${group?.DeveloperName ?? row.Name}`
          : `permission set ${row.Name}`,
    );
  }
  return { sources, rows };
}

/** System permissions: one fact per permission granted, with the sets granting it. */
export async function systemPermissionFacts(
  conn: Connection,
  persona: string,
  sources: GrantSources,
  rows: Row[],
): Promise<AccessFact[]> {
  const permissions = await orgSystemPermissions(conn);
  return permissions.flatMap((name) => {
    const via = rows
      .filter((row) => row[`Permissions${name}`] === true)
      .map((row) => sources.get(String(row.Id)) ?? String(row.Id));
    return via.length > 0 ? [{ persona, fact: 'system', subject: name, value: 'granted', via }] : [];
  });
}

const inList = (values: string[]) => values.map(soqlString).join(', ');

/**
 * A kind of grant read per subject (object, field, tab): `names` turns the objects in scope into the subjects'
 * names, `soql` selects the rows for the sets in `sources` (ParentId) and those names, `read` says what a row
 * grants (undefined: nothing), and `value` words what all grants together give.
 */
interface SubjectGrants {
  fact: string;
  names?: (objects: string[]) => string[];
  soql: (parentIds: string, names: string) => string;
  read: (row: Row) => { subject: string; grants: string[]; label: string } | undefined;
  value: (grants: Set<string>) => string;
}

/** One fact per subject of the objects in scope, every granting set named as a source. */
const factsPerSubject =
  ({ fact, names: namesOf = (objects) => objects, soql, read, value }: SubjectGrants) =>
  async (
    conn: Connection,
    persona: string,
    sources: GrantSources,
    objects: string[],
  ): Promise<AccessFact[]> => {
    const names = namesOf(objects);
    if (sources.size === 0 || names.length === 0) return [];
    const rows = await queryAll<Row>(conn, soql(inList([...sources.keys()]), inList(names)));
    const bySubject = new Map<string, { grants: Set<string>; via: string[] }>();
    for (const row of rows) {
      const granted = read(row);
      if (!granted) continue;
      const entry = bySubject.get(granted.subject) ?? { grants: new Set<string>(), via: [] };
      for (const grant of granted.grants) entry.grants.add(grant);
      entry.via.push(`${sources.get(String(row.ParentId))}: ${granted.label}`);
      bySubject.set(granted.subject, entry);
    }
    return [...bySubject].map(([subject, { grants, via }]) => ({
      persona,
      fact,
      subject,
      value: value(grants),
      via,
    }));
  };

/** Object permissions per object in scope: the union of the flags, each set's own flags as its source. */
export const objectFacts = factsPerSubject({
  fact: 'object',
  soql: (parentIds, names) =>
    `SELECT ParentId, SobjectType, ${OBJECT_FLAGS.map(([field]) => field).join(', ')} FROM ObjectPermissions ` +
    `WHERE ParentId IN (${parentIds}) AND SobjectType IN (${names})`,
  read: (row) => {
    const flags = OBJECT_FLAGS.filter(([field]) => row[field] === true).map(([, flag]) => flag);
    return flags.length > 0
      ? { subject: String(row.SobjectType), grants: flags, label: flags.join(' ') }
      : undefined;
  },
  value: (flags) =>
    OBJECT_FLAGS.map(([, flag]) => flag)
      .filter((flag) => flags.has(flag))
      .join(' '),
});

/** Field-level security per field granted (read or edit); a field with no fact is hidden by FLS. */
export const fieldFacts = factsPerSubject({
  fact: 'field',
  soql: (parentIds, names) =>
    'SELECT ParentId, SobjectType, Field, PermissionsRead, PermissionsEdit FROM FieldPermissions ' +
    `WHERE ParentId IN (${parentIds}) AND SobjectType IN (${names})`,
  read: (row) => {
    if (row.PermissionsRead !== true && row.PermissionsEdit !== true) return undefined;
    const level = row.PermissionsEdit === true ? 'edit' : 'read';
    return { subject: String(row.Field), grants: [level], label: level };
  },
  value: (levels) => (levels.has('edit') ? 'edit' : 'read'),
});

/** Tab name of an object: "standard-Account", or the API name of a custom object (Tooling API reference). */
export const tabNameOf = (object: string) => (object.endsWith('__c') ? object : `standard-${object}`);

/** Tab visibility of the objects in scope: DefaultOn / DefaultOff; no fact = hidden. */
export const tabFacts = factsPerSubject({
  fact: 'tab',
  names: (objects) => objects.map(tabNameOf),
  soql: (parentIds, names) =>
    `SELECT ParentId, Name, Visibility FROM PermissionSetTabSetting WHERE ParentId IN (${parentIds}) AND Name IN (${names})`,
  read: (row) => ({
    subject: String(row.Name),
    grants: [String(row.Visibility)],
    label: String(row.Visibility),
  }),
  value: (visibilities) => (visibilities.has('DefaultOn') ? 'DefaultOn' : 'DefaultOff'),
});

/**
 * Apps the user's permission sets make visible: SetupEntityAccess rows of type TabSet name the app's Id, which
 * AppMenuItem.ApplicationId resolves to its API name (unconfirmed: that mapping for every kind of app).
 */
export async function appFacts(
  conn: Connection,
  persona: string,
  sources: GrantSources,
): Promise<AccessFact[]> {
  if (sources.size === 0) return [];
  const [access, apps] = await Promise.all([
    queryAll<Row>(
      conn,
      'SELECT ParentId, SetupEntityId FROM SetupEntityAccess ' +
        `WHERE SetupEntityType = 'TabSet' AND ParentId IN (${inList([...sources.keys()])})`,
    ),
    queryAll<Row>(conn, "SELECT ApplicationId, Name FROM AppMenuItem WHERE Type = 'TabSet'"),
  ]);
  const appName = new Map(apps.map((app) => [String(app.ApplicationId).slice(0, 15), String(app.Name)]));
  const byApp = new Map<string, string[]>();
  for (const row of access) {
    const name = appName.get(String(row.SetupEntityId).slice(0, 15)) ?? String(row.SetupEntityId);
    byApp.set(name, [...(byApp.get(name) ?? []), sources.get(String(row.ParentId)) ?? String(row.ParentId)]);
  }
  return [...byApp].map(([app, via]) => ({ persona, fact: 'app', subject: app, value: 'visible', via }));
}

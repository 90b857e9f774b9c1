import type { OrgConnection } from '../../fixtures';
import { readUserCapabilities, soqlString } from '../../fixtures/persona-capability';

interface ObjectPermissionRow {
  PermissionsRead: boolean;
  PermissionsViewAllRecords: boolean;
  PermissionsModifyAllRecords: boolean;
  Parent: { Label: string; IsOwnedByProfile: boolean; Profile?: { Name: string } | null };
}

const source = (row: ObjectPermissionRow) =>
  row.Parent.IsOwnedByProfile
    ? `profile "${row.Parent.Profile?.Name ?? row.Parent.Label}"`
    : `permission set "${row.Parent.Label}"`;

/** Salesforce's sharingModel values as Setup > Sharing Settings names them. */
const DEFAULT_ACCESS: Record<string, string> = {
  Private: 'Private',
  Read: 'Public Read Only',
  ReadWrite: 'Public Read/Write',
  ReadWriteTransfer: 'Public Read/Write/Transfer',
  FullAccess: 'Public Full Access',
  ControlledByParent: 'Controlled by Parent',
};

/**
 * Why a user CAN open a record, from the org as the admin (docs/salesforce-facts.md#who-can-see-what): which
 * profile or permission set grants Read on the object, then which grant opens the record — View All / Modify All,
 * ownership (theirs, or a queue's they belong to), an org-wide default above Private, the role hierarchy over the
 * owner, or else sharing (UserRecordAccess says read access; the sharing rule, queue or manual share behind it is
 * named from the object's Share rows where the org lets the admin read them, else the user's groups are listed as
 * candidates).
 */
export async function whyRecordOpens(
  org: OrgConnection,
  { id: userId, username }: { id: string; username: string },
  sobject: string,
  recordId: string,
): Promise<string> {
  const permissions = await org.conn.query<ObjectPermissionRow>(
    'SELECT PermissionsRead, PermissionsViewAllRecords, PermissionsModifyAllRecords, Parent.Label, ' +
      `Parent.IsOwnedByProfile, Parent.Profile.Name FROM ObjectPermissions WHERE SobjectType = ${soqlString(sobject)} ` +
      `AND ParentId IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(userId)})`,
  );
  const readers = permissions.records.filter((row) => row.PermissionsRead).map(source);
  const object = `Read on ${sobject} comes from ${readers.join(' and ') || 'no profile or permission set (unexpected)'}`;
  const viewAll = permissions.records.filter(
    (row) => row.PermissionsViewAllRecords || row.PermissionsModifyAllRecords,
  );
  if (viewAll.length > 0) {
    return `${object}; ${viewAll.map(source).join(' and ')} grants View All on ${sobject}, which opens every record`;
  }
  const [record] = (
    await org.conn.query<{ OwnerId: string }>(
      `SELECT OwnerId FROM ${sobject} WHERE Id = ${soqlString(recordId)}`,
    )
  ).records;
  if (record?.OwnerId === userId) return `${object}; they own the record`;
  const [user] = await readUserCapabilities(org.conn, [username]).catch(() => []);
  const queue = record?.OwnerId.startsWith('00G') ? await groupName(org, record.OwnerId) : undefined;
  if (queue && user?.queues.includes(queue)) {
    return `${object}; the record is owned by queue ${queue}, of which they are a member (${user.membershipVia[queue] ?? 'direct'})`;
  }
  const sharingModel = await readSharingModel(org, sobject);
  if (sharingModel && sharingModel !== 'Private') {
    return `${object}; the org-wide default for ${sobject} is ${DEFAULT_ACCESS[sharingModel] ?? sharingModel}, so every user with Read on the object opens it`;
  }
  const aboveOwner = record?.OwnerId ? await roleAbove(org, userId, record.OwnerId) : undefined;
  if (aboveOwner) return `${object}; ${aboveOwner}`;
  const shares = await readShares(org, sobject, recordId);
  const groups = user
    ? [...user.publicGroups, ...user.queues].map(
        (name) => `${name} (${user.membershipVia[name] ?? 'direct'})`,
      )
    : [];
  return (
    `${object}; the org-wide default is ${DEFAULT_ACCESS[sharingModel ?? ''] ?? 'unknown'} and they neither own it nor sit ` +
    `above its owner in the role hierarchy, so sharing opens it (UserRecordAccess.HasReadAccess is true): ` +
    (shares ??
      `the ${sobject}Share rows are not readable here; their groups and queues, the likely route of a sharing rule: ${groups.join(', ') || 'none'}`)
  );
}

/** A queue's or group's developer name, as persona contracts and capabilities name them. */
async function groupName(org: OrgConnection, id: string): Promise<string | undefined> {
  const rows = await org.conn.query<{ DeveloperName: string }>(
    `SELECT DeveloperName FROM Group WHERE Id = ${soqlString(id)}`,
  );
  return rows.records[0]?.DeveloperName;
}

async function readSharingModel(org: OrgConnection, sobject: string): Promise<string | undefined> {
  try {
    const read = (await org.conn.metadata.read('CustomObject', sobject)) as unknown as {
      sharingModel?: string;
    };
    return read.sharingModel;
  } catch {
    return undefined;
  }
}

/** "their role Sales Manager is above the owner's role Sales Development", or undefined. */
async function roleAbove(org: OrgConnection, userId: string, ownerId: string): Promise<string | undefined> {
  try {
    const roles = await org.conn.query<{ Id: string; Name: string; ParentRoleId: string | null }>(
      'SELECT Id, Name, ParentRoleId FROM UserRole',
    );
    const users = await org.conn.query<{ Id: string; UserRoleId: string | null }>(
      `SELECT Id, UserRoleId FROM User WHERE Id IN (${soqlString(userId)}, ${soqlString(ownerId)})`,
    );
    const roleOf = (id: string) => users.records.find((row) => row.Id === id)?.UserRoleId ?? undefined;
    const byId = new Map(roles.records.map((role) => [role.Id, role]));
    const mine = roleOf(userId);
    let at = byId.get(roleOf(ownerId) ?? '')?.ParentRoleId ?? undefined;
    const ownerRole = byId.get(roleOf(ownerId) ?? '')?.Name;
    for (let depth = 0; at && depth < 50; depth++) {
      if (at === mine) {
        return `their role ${byId.get(mine)?.Name} is above the owner's role ${ownerRole} in the role hierarchy`;
      }
      at = byId.get(at)?.ParentRoleId ?? undefined;
    }
  } catch {
    // The role hierarchy is not readable: left to the sharing explanation.
  }
  return undefined;
}

/** The record's Share rows with their RowCause (Rule, Manual, Owner…), or undefined when not readable. */
async function readShares(
  org: OrgConnection,
  sobject: string,
  recordId: string,
): Promise<string | undefined> {
  const custom = sobject.endsWith('__c');
  const table = custom ? sobject.replace(/__c$/, '__Share') : `${sobject}Share`;
  const parent = custom ? 'ParentId' : `${sobject}Id`;
  try {
    const rows = await org.conn.query<{ RowCause: string; UserOrGroupId: string }>(
      `SELECT RowCause, UserOrGroupId FROM ${table} WHERE ${parent} = ${soqlString(recordId)}`,
    );
    return `${table} rows: ${rows.records.map((row) => `${row.RowCause} to ${row.UserOrGroupId}`).join(', ')}`;
  } catch {
    return undefined;
  }
}

import type { Connection } from 'jsforce';
import { queryAll, soqlString } from '../../fixtures/persona-capability';
import { type AccessFact, ORG_FACTS } from './facts';
import { type GrantSources, grantSources } from './read-grants';

/**
 * Who in the org can log in as other users (docs/salesforce-facts.md#login-as: the fewer people can impersonate
 * users, the easier the review): the Login Access Policy (SecuritySettings through the Metadata API) and every
 * active user with Manage Users — with Modify All Data they may log in as anyone while the policy is on; without it, only
 * as users who granted them access. Delegated administrators whose group allows login access log in as users
 * in the roles the group manages (Tooling API DelegateGroup and DelegateGroupMember, API 57.0+).
 */
type Row = Record<string, unknown>;

export async function loginAsFacts(conn: Connection): Promise<AccessFact[]> {
  const facts: AccessFact[] = [];
  let adminsCanLogInAsAnyUser: boolean | undefined;
  try {
    const [settings = {}] = [
      await conn.metadata.read('SecuritySettings', ['Security']),
    ].flat() as unknown as Row[];
    adminsCanLogInAsAnyUser = isTrue(settings.enableAdminLoginAsAnyUser);
    facts.push(
      policy('Administrators Can Log in as Any User', adminsCanLogInAsAnyUser),
      policy('Users can grant login access', isTrue(settings.canUsersGrantLoginAccess)),
    );
  } catch (error) {
    facts.push({
      persona: ORG_FACTS,
      fact: 'unreadable',
      subject: 'Login Access Policy (Metadata API SecuritySettings)',
      value: (error as { errorCode?: string }).errorCode ?? (error as Error).message,
      via: [],
    });
  }

  facts.push(...(await delegatedAdminFacts(conn)));
  const managers = await queryAll<Row>(
    conn,
    'SELECT Id FROM PermissionSet WHERE PermissionsManageUsers = true',
  );
  if (managers.length === 0) return facts;
  const assignments = await queryAll<Row>(
    conn,
    'SELECT AssigneeId, Assignee.Username, Assignee.IsActive, PermissionSetId FROM PermissionSetAssignment ' +
      `WHERE PermissionSetId IN (${managers.map((row) => soqlString(String(row.Id))).join(', ')})`,
  );
  const users = new Map<string, string>();
  for (const row of assignments) {
    const assignee = row.Assignee as { Username?: string; IsActive?: boolean } | null;
    if (assignee?.IsActive) users.set(String(row.AssigneeId), String(assignee.Username));
  }
  for (const [userId, username] of users) {
    const sets = await queryAll<{ PermissionSetId: string }>(
      conn,
      `SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(userId)}`,
    );
    const { sources, rows } = await grantSources(
      conn,
      sets.map((row) => row.PermissionSetId),
    );
    const via = (permission: string) => grantedBy(rows, sources, permission);
    const modifyAll = via('ModifyAllData');
    const anyone = modifyAll.length > 0 && adminsCanLogInAsAnyUser !== false;
    facts.push({
      persona: ORG_FACTS,
      fact: 'loginAs',
      subject: username,
      value: anyone ? 'any user' : 'users who grant login access',
      via: [
        ...via('ManageUsers').map((source) => `${source}: ManageUsers`),
        ...modifyAll.map((source) => `${source}: ModifyAllData`),
      ],
    });
  }
  return facts;
}

async function delegatedAdminFacts(conn: Connection): Promise<AccessFact[]> {
  let groups: Row[];
  let members: Row[];
  try {
    groups = (
      await conn.tooling.query<Row>('SELECT Id, DeveloperName, IsLoginAccessEnabled FROM DelegateGroup')
    ).records;
    members = (
      await conn.tooling.query<Row>('SELECT DelegateGroupId, UserOrGroupId FROM DelegateGroupMember')
    ).records;
  } catch (error) {
    return [
      {
        persona: ORG_FACTS,
        fact: 'unreadable',
        subject: 'delegated administrators (Tooling API DelegateGroup)',
        value: (error as { errorCode?: string }).errorCode ?? (error as Error).message,
        via: [],
      },
    ];
  }
  const loginGroups = new Map(
    groups
      .filter((group) => group.IsLoginAccessEnabled === true)
      .map((group) => [String(group.Id), String(group.DeveloperName)]),
  );
  const userIds = [
    ...new Set(
      members
        .filter((member) => loginGroups.has(String(member.DelegateGroupId)))
        .map((member) => String(member.UserOrGroupId)),
    ),
  ];
  if (userIds.length === 0) return [];
  const users = await queryAll<{ Id: string; Username: string; IsActive: boolean }>(
    conn,
    `SELECT Id, Username, IsActive FROM User WHERE Id IN (${userIds.map(soqlString).join(', ')})`,
  );
  return users
    .filter((user) => user.IsActive)
    .map((user) => ({
      persona: ORG_FACTS,
      fact: 'delegatedLoginAs',
      subject: user.Username,
      value: 'users in the roles the group manages',
      via: members
        .filter((member) => String(member.UserOrGroupId).slice(0, 15) === user.Id.slice(0, 15))
        .flatMap((member) => {
          const group = loginGroups.get(String(member.DelegateGroupId));
          return group ? [`delegate group ${group}`] : [];
        }),
    }));
}

function grantedBy(rows: Row[], sources: GrantSources, permission: string): string[] {
  return rows
    .filter((row) => row[`Permissions${permission}`] === true)
    .map((row) => sources.get(String(row.Id)) ?? String(row.Id));
}

const isTrue = (value: unknown) => value === true || value === 'true';

const policy = (subject: string, on: boolean): AccessFact => ({
  persona: ORG_FACTS,
  fact: 'loginAccessPolicy',
  subject,
  value: on ? 'on' : 'off',
  via: ['Setup > Login Access Policies'],
});

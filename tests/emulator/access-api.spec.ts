import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { createEmulatorApp, type RunningEmulator, startEmulator } from '../../emulator';
import { loginRefusal } from '../../emulator/model/login-restrictions';
import { AE, closedLead, demoOrg, failure, oauthConnection, SDR, userIdsByUsername } from './helpers';

// Access through jsforce: access objects, permission sets, sharing, UserRecordAccess, login restrictions.
const MANAGER = 'maya.manager@acme-demo.example';
const SUPPORT = 'sasha.support@acme-demo.example';
const FROZEN = 'felix.frozen@acme-demo.example';
const FLS_QUERY = (userId: string) =>
  'SELECT PermissionsRead, PermissionsEdit, Parent.Label, Parent.IsOwnedByProfile, Parent.Profile.Name ' +
  "FROM FieldPermissions WHERE SobjectType = 'Lead' AND Field = 'Lead.Internal_Revenue__c' AND ParentId IN " +
  `(SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${userId}')`;

type Rec = Record<string, unknown> & { Id: string };

async function recordAccess(conn: Connection, userId: string, recordId: string): Promise<Rec> {
  const result = await conn.query<Rec>(
    'SELECT RecordId, HasReadAccess, HasEditAccess, HasDeleteAccess, MaxAccessLevel FROM UserRecordAccess ' +
      `WHERE UserId = '${userId}' AND RecordId = '${recordId}'`,
  );
  expect(result.totalSize).toBe(1);
  return result.records[0];
}

test.describe('the demo org', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  let users: Record<string, string>;
  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    users = await userIdsByUsername(admin);
  });
  test.afterAll(async () => emulator?.stop());

  test('permission sets, assignments, object permissions: every profile owns a permission set', async () => {
    const sets = await admin.query<Rec>(
      'SELECT Name, Label, IsOwnedByProfile, Profile.Name, PermissionsModifyAllData FROM PermissionSet ORDER BY Label',
    );
    const byLabel = Object.fromEntries(sets.records.map((set) => [set.Label, set]));
    expect(byLabel['Sales Development Rep']).toMatchObject({
      IsOwnedByProfile: true,
      Profile: { Name: 'Sales Development Rep' },
    });
    expect(byLabel['System Administrator']).toMatchObject({ PermissionsModifyAllData: true });
    expect(byLabel['Lead Scoring Editor']).toMatchObject({
      Name: 'Lead_Scoring_Editor',
      IsOwnedByProfile: false,
      Profile: null,
    });

    const assignments = await admin.query<Rec>(
      `SELECT PermissionSet.Label, PermissionSet.Profile.Name FROM PermissionSetAssignment WHERE AssigneeId = '${users[MANAGER]}' ORDER BY PermissionSet.Label`,
    );
    expect(assignments.records.map((row) => (row.PermissionSet as Rec).Label)).toEqual([
      'Lead Scoring Editor',
      'Sales Manager',
    ]);

    const objects = await admin.query<Rec>(
      "SELECT PermissionsRead, PermissionsEdit, PermissionsDelete, PermissionsViewAllRecords FROM ObjectPermissions WHERE SobjectType = 'Lead' AND Parent.Profile.Name = 'Sales Development Rep'",
    );
    expect(objects.records).toEqual([
      expect.objectContaining({
        PermissionsRead: true,
        PermissionsEdit: true,
        PermissionsDelete: false,
        PermissionsViewAllRecords: false,
      }),
    ]);
    const profile = await admin.query<Rec>(
      "SELECT Name, PermissionsManageUsers, PermissionsModifyAllData FROM Profile WHERE Name = 'Support Admin'",
    );
    expect(profile.records[0]).toMatchObject({
      PermissionsManageUsers: true,
      PermissionsModifyAllData: false,
    });
  });

  test('the semi-join FLS query explains why the SDR does not see Internal Revenue and the AE does', async () => {
    const sdr = await admin.query<Rec>(FLS_QUERY(users[SDR.username]));
    // Salesforce keeps no FieldPermissions row for a field a permission set does not grant: no row, no read.
    expect(sdr.records.some((row) => row.PermissionsRead === true)).toBe(false);
    const ae = await admin.query<Rec>(FLS_QUERY(users[AE.username]));
    expect(ae.records).toEqual([
      expect.objectContaining({
        PermissionsRead: true,
        PermissionsEdit: false,
        Parent: expect.objectContaining({ Label: 'Account Executive', IsOwnedByProfile: true }),
      }),
    ]);
    expect(ae.records[0]).toHaveProperty('Parent.Profile.Name', 'Account Executive');
    const notIn = await admin.query<Rec>(
      `SELECT Label FROM PermissionSet WHERE Id NOT IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${users[MANAGER]}') AND IsOwnedByProfile = false`,
    );
    expect(notIn.totalSize).toBe(0);
  });

  test('roles, groups, queues, group members, UserLogin and the User role and manager', async () => {
    const roles = await admin.query<Rec>('SELECT Name, ParentRole.Name FROM UserRole ORDER BY Name');
    expect(roles.records.map((role) => [role.Name, (role.ParentRole as Rec | null)?.Name ?? null])).toEqual([
      ['Account Executive', 'Sales Manager'],
      ['Sales Development', 'Sales Manager'],
      ['Sales Manager', 'VP Sales'],
      ['VP Sales', null],
    ]);
    const queue = await admin.query<Rec>(
      "SELECT Id, Name FROM Group WHERE Type = 'Queue' ORDER BY Name DESC",
    );
    expect(queue.records.map((group) => group.Name)).toEqual(['SDR Queue', 'Customer Success Queue']);
    const members = await admin.query<Rec>(
      `SELECT UserOrGroupId FROM GroupMember WHERE GroupId = '${queue.records[0].Id}'`,
    );
    expect(members.records.map((member) => member.UserOrGroupId)).toEqual([users[SDR.username]]);
    const supported = await admin.query<Rec>(
      `SELECT SobjectType FROM QueueSobject WHERE QueueId = '${queue.records[0].Id}'`,
    );
    expect(supported.records.map((row) => row.SobjectType)).toEqual(['Lead']);
    const frozen = await admin.query<Rec>('SELECT User.Username FROM UserLogin WHERE IsFrozen = true');
    expect(frozen.records.map((row) => (row.User as Rec).Username)).toEqual([FROZEN]);
    const sam = await admin.query<Rec>(
      `SELECT UserRole.Name, ManagerId FROM User WHERE Username = '${SDR.username}'`,
    );
    expect(sam.records[0]).toMatchObject({
      UserRole: { Name: 'Sales Development' },
      ManagerId: users[MANAGER],
    });
  });

  test('setup objects need View Setup; UserLogin needs Manage Users', async () => {
    const sdr = await oauthConnection(emulator, SDR.username);
    expect((await failure(sdr.query('SELECT Id FROM PermissionSet'))).errorCode).toBe('INVALID_TYPE');
    expect((await failure(sdr.query('SELECT Id FROM UserLogin'))).errorCode).toBe('INVALID_TYPE');
    expect((await sdr.query('SELECT Name FROM UserRole')).totalSize).toBe(4);
    const support = await oauthConnection(emulator, SUPPORT);
    expect((await support.query('SELECT Id FROM UserLogin')).totalSize).toBeGreaterThan(0);
  });

  test('describe reports permissionable only for fields under field-level security', async () => {
    const describe = await admin.sobject('Lead').describe();
    const permissionable = Object.fromEntries(
      describe.fields.map((field) => [field.name, field.permissionable]),
    );
    expect(permissionable).toMatchObject({
      Id: false,
      Name: false,
      Status: false,
      LastName: false,
      OwnerId: false,
      CreatedDate: false,
      Email: true,
      Lead_Score__c: true,
      Internal_Revenue__c: true,
    });
  });

  test('sharing: Private leads, the sharing rule, the role hierarchy, queues and UserRecordAccess', async () => {
    const sdr = await oauthConnection(emulator, SDR.username);
    const ae = await oauthConnection(emulator, AE.username);
    const closedId = await closedLead(admin, users[AE.username], {
      LastName: 'Closed Deal',
      Company: 'Hooli',
    });

    // Lead is Private: the AE's closed lead does not exist for the SDR.
    expect((await sdr.query(`SELECT Id FROM Lead WHERE Id = '${closedId}'`)).totalSize).toBe(0);
    expect((await failure(sdr.sobject('Lead').retrieve(closedId))).errorCode).toBe('NOT_FOUND');
    expect((await ae.query(`SELECT Id FROM Lead WHERE Id = '${closedId}'`)).totalSize).toBe(1);
    expect(await recordAccess(admin, users[SDR.username], closedId)).toMatchObject({
      HasReadAccess: false,
      MaxAccessLevel: 'None',
    });
    // The manager is above the AE in the role hierarchy: full access (View All alone would give Read).
    expect(await recordAccess(admin, users[MANAGER], closedId)).toMatchObject({
      HasReadAccess: true,
      HasEditAccess: true,
      HasDeleteAccess: true,
      MaxAccessLevel: 'All',
    });

    // The sharing rule opens the AE's open lead (Globex) to the sales team, read only.
    const globex = (await admin.query<Rec>("SELECT Id FROM Lead WHERE Company = 'Globex'")).records[0].Id;
    expect((await sdr.query(`SELECT Id FROM Lead WHERE Id = '${globex}'`)).totalSize).toBe(1);
    expect(await recordAccess(admin, users[SDR.username], globex)).toMatchObject({
      HasReadAccess: true,
      HasEditAccess: false,
      MaxAccessLevel: 'Read',
    });
    expect((await failure(sdr.sobject('Lead').update({ Id: globex, Title: 'CTO' }))).errorCode).toBe(
      'INSUFFICIENT_ACCESS_OR_READONLY',
    );
    // The owner may edit; nobody but owner, managers and admins may delete.
    await ae.sobject('Lead').update({ Id: globex, Title: 'CTO' });
    const sdrLead = await admin.query<Rec>("SELECT Id FROM Lead WHERE Company = 'Northwind Traders'");
    expect((await failure(ae.sobject('Lead').destroy(sdrLead.records[0].Id))).errorCode).toBe(
      'INSUFFICIENT_ACCESS_OR_READONLY',
    );

    // A closed lead owned by the SDR Queue: its member (the SDR) sees and edits it, the AE does not.
    const queueId = (await admin.query<Rec>("SELECT Id FROM Group WHERE DeveloperName = 'SDR_Queue'"))
      .records[0].Id;
    const queuedId = await closedLead(admin, queueId, { LastName: 'Queued', Company: 'Pied Piper' });
    expect((await sdr.query(`SELECT Id FROM Lead WHERE Id = '${queuedId}'`)).totalSize).toBe(1);
    await sdr.sobject('Lead').update({ Id: queuedId, Title: 'Founder' });
    expect((await ae.query(`SELECT Id FROM Lead WHERE Id = '${queuedId}'`)).totalSize).toBe(0);
    expect((await failure(ae.sobject('Lead').retrieve(queuedId))).errorCode).toBe('NOT_FOUND');

    expect(
      (await failure(admin.query(`SELECT HasReadAccess FROM UserRecordAccess WHERE RecordId = '${globex}'`)))
        .errorCode,
    ).toBe('MALFORMED_QUERY');
  });
});

test("without View All, the manager still sees the AE's closed lead through the role hierarchy", async () => {
  const org = demoOrg((definition) => {
    const manager = definition.profiles.find((profile) => profile.name === 'Sales Manager');
    if (!manager) throw new Error('no Sales Manager profile');
    manager.systemPermissions = ['ApiEnabled'];
    manager.objectPermissions.Lead = { ...manager.objectPermissions.Lead, viewAll: false };
  });
  const emulator = await startEmulator({ port: 0, org });
  try {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const users = await userIdsByUsername(admin);
    const id = await closedLead(admin, users[AE.username], { LastName: 'Lost', Company: 'Hooli' });
    const manager = await oauthConnection(emulator, MANAGER);
    expect((await manager.query(`SELECT Id FROM Lead WHERE Id = '${id}'`)).totalSize).toBe(1);
    const sdr = await oauthConnection(emulator, SDR.username);
    expect((await sdr.query(`SELECT Id FROM Lead WHERE Id = '${id}'`)).totalSize).toBe(0);
  } finally {
    await emulator.stop();
  }
});

test('effective access is the union of the profile and assigned permission sets', async () => {
  const org = demoOrg((definition) => {
    const sam = definition.users.find((user) => user.username === SDR.username);
    if (!sam) throw new Error('no SDR');
    sam.permissionSets = ['Lead_Scoring_Editor'];
  });
  const emulator = await startEmulator({ port: 0, org });
  try {
    const sdr = await oauthConnection(emulator, SDR.username);
    const created = await sdr
      .sobject('Lead')
      .create({ LastName: 'Scored', Company: 'Acme', Lead_Score__c: 55 });
    expect(created).toMatchObject({ success: true });
    const describe = await sdr.sobject('Lead').describe();
    expect(describe.fields.find((field) => field.name === 'Lead_Score__c')).toMatchObject({
      updateable: true,
    });
  } finally {
    await emulator.stop();
  }
  // The same call without the permission set is refused (the SDR's profile makes Lead Score read-only).
  const plain = await startEmulator({ port: 0 });
  try {
    const sdr = await oauthConnection(plain, SDR.username);
    const error = await failure(
      sdr.sobject('Lead').create({ LastName: 'Scored', Company: 'Acme', Lead_Score__c: 55 }),
    );
    expect(error.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
  } finally {
    await plain.stop();
  }
});

test('a custom permission a profile or permission set enables is its SetupEntityAccess, a group included, and in its metadata', async () => {
  const org = demoOrg((definition) => {
    definition.customPermissions = [
      { name: 'Adjust_Credit', label: 'Adjust Credit' },
      { name: 'Export_Leads', label: 'Export Leads' },
    ];
    definition.permissionSets[0].customPermissions = ['Adjust_Credit'];
    definition.permissionSetGroups = [
      { name: 'Scoring_Desk', label: 'Scoring Desk', permissionSets: ['Lead_Scoring_Editor'] },
    ];
    const finance = definition.profiles.find((profile) => profile.name === 'Finance');
    if (!finance) throw new Error('no Finance profile');
    finance.customPermissions = ['Export_Leads'];
  });
  const emulator = await startEmulator({ port: 0, org });
  try {
    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const permissions = await admin.query<Rec>(
      'SELECT Id, DeveloperName, MasterLabel, NamespacePrefix FROM CustomPermission ORDER BY DeveloperName',
    );
    expect(
      permissions.records.map((row) => [row.Id.slice(0, 3), row.DeveloperName, row.MasterLabel]),
    ).toEqual([
      ['0CP', 'Adjust_Credit', 'Adjust Credit'],
      ['0CP', 'Export_Leads', 'Export Leads'],
    ]);
    const access = await admin.query<Rec & { Parent: { Label: string; IsOwnedByProfile: boolean } }>(
      'SELECT SetupEntityId, Parent.Label, Parent.IsOwnedByProfile FROM SetupEntityAccess ' +
        `WHERE SetupEntityType = 'CustomPermission' AND SetupEntityId = '${permissions.records[0].Id}'`,
    );
    expect(access.records.map((row) => row.Parent.Label).sort()).toEqual([
      'Lead Scoring Editor',
      'Scoring Desk',
    ]);
    const [set] = [await admin.metadata.read('PermissionSet', ['Lead_Scoring_Editor'])].flat() as unknown as {
      customPermissions: unknown;
    }[];
    expect([set.customPermissions].flat()).toEqual([{ enabled: true, name: 'Adjust_Credit' }]);
    const [profile] = [await admin.metadata.read('Profile', ['Finance'])].flat() as unknown as {
      customPermissions: unknown;
    }[];
    expect([profile.customPermissions].flat()).toEqual([{ enabled: true, name: 'Export_Leads' }]);
  } finally {
    await emulator.stop();
  }
});

test('API logins: frozen users, login IP ranges and login hours are refused with LoginHistory rows', async () => {
  // Login hours are kept in the org's default time zone: today there, not in UTC.
  const today = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', weekday: 'long' })
    .format(new Date())
    .toLowerCase();
  const org = demoOrg((definition) => {
    const find = (name: string) => {
      const profile = definition.profiles.find((candidate) => candidate.name === name);
      if (!profile) throw new Error(`no profile ${name}`);
      return profile;
    };
    // The emulator listens on 127.0.0.1 only: a 10.x range shuts out every login of the profile.
    find('Sales Development Rep').loginIpRanges = [{ start: '10.0.0.0', end: '10.0.0.255' }];
    // Login hours on every day but today.
    const hours = Object.fromEntries(
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
        .filter((day) => day !== today)
        .map((day) => [day, { start: '00:00', end: '24:00' }]),
    );
    find('Account Executive').loginHours = hours;
  });
  const emulator = await startEmulator({ port: 0, org });
  try {
    const frozen = await failure(oauthConnection(emulator, FROZEN));
    expect(frozen.message).toContain('authentication failure');
    const ip = await failure(oauthConnection(emulator, SDR.username));
    expect(ip.message).toContain('ip restricted');
    const hours = await failure(oauthConnection(emulator, AE.username));
    expect(hours.message).toContain('login hours restricted');

    const soap = await fetch(`${emulator.url}/services/Soap/u/60.0`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml', SOAPAction: '""' },
      body: `<?xml version="1.0" encoding="utf-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><login xmlns="urn:partner.soap.sforce.com"><username>${AE.username}</username><password>persona-ux-demo-1</password></login></env:Body></env:Envelope>`,
    });
    expect(soap.status).toBe(500);
    expect(await soap.text()).toContain('<sf:exceptionCode>LOGIN_DURING_RESTRICTED_TIME</sf:exceptionCode>');

    const admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    const history = await admin.query<Rec>('SELECT User.Username, Status, LoginType FROM LoginHistory');
    const statuses = history.records.map((row) => [(row.User as Rec).Username, row.Status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        [FROZEN, 'User is Frozen'],
        [SDR.username, 'Restricted IP'],
        [AE.username, 'Invalid - Outside of Login Hours'],
      ]),
    );
  } finally {
    await emulator.stop();
  }
});

test("login hours are kept in the org's default time zone; a day whose hours start and end together has no login", () => {
  // Monday 02:00 UTC: Sunday 18:00 in Los Angeles, Monday 16:00 on Kiritimati (UTC+14).
  const now = new Date('2026-12-07T02:00:00Z');
  const refusedAt = (timeZone: string, hours: Record<string, { start: string; end: string }>) => {
    const { state } = createEmulatorApp(
      demoOrg((definition) => {
        definition.org.timeZone = timeZone;
        const profile = definition.profiles.find((candidate) => candidate.name === 'Account Executive');
        if (!profile) throw new Error('no profile Account Executive');
        profile.loginHours = hours;
      }),
    );
    const user = state.userByUsername(AE.username);
    if (!user) throw new Error(`no user ${AE.username}`);
    return loginRefusal(state, user, undefined, now)?.kind ?? 'allowed';
  };
  const mondayOnly = { monday: { start: '00:00', end: '24:00' } };
  expect(refusedAt('America/Los_Angeles', mondayOnly)).toBe('hours');
  expect(refusedAt('Pacific/Kiritimati', mondayOnly)).toBe('allowed');
  expect(refusedAt('Pacific/Kiritimati', { monday: { start: '00:00', end: '00:00' } })).toBe('hours');
});

import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { addFinanceViewer } from './access-overlays';
import { AE, definitionProblems, demoOrg, editedDemoText, failure, oauthConnection } from './helpers';

// PermissionSetAssignment written through the REST API, permission set groups and tab settings.
type Row = Record<string, unknown> & { Id: string };

async function idOf(conn: Connection, soql: string): Promise<string> {
  const result = await conn.query<Row>(soql);
  expect(result.records, soql).toHaveLength(1);
  return result.records[0].Id;
}

const creditLimitReadable = async (conn: Connection) =>
  (await conn.sobject('Account').describe()).fields.some((field) => field.name === 'Credit_Limit__c');

test.describe('assignments through the REST API', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0, org: demoOrg(addFinanceViewer) });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  });
  test.afterAll(async () => emulator?.stop());

  test('creating an assignment grants the set at once, deleting it takes it away', async () => {
    const ava = await oauthConnection(emulator, AE.username);
    const avaId = await idOf(admin, `SELECT Id FROM User WHERE Username = '${AE.username}'`);
    const setId = await idOf(admin, "SELECT Id FROM PermissionSet WHERE Name = 'Finance_Viewer'");
    expect(await creditLimitReadable(ava)).toBe(false);

    const created = await admin
      .sobject('PermissionSetAssignment')
      .create({ AssigneeId: avaId, PermissionSetId: setId });
    expect(created.success).toBe(true);
    expect(await creditLimitReadable(ava)).toBe(true);
    const rows = await admin.query<Row>(
      `SELECT Id, PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '${avaId}' AND PermissionSetId = '${setId}'`,
    );
    expect(rows.records.map((row) => row.Id)).toEqual([created.id]);

    const again = await failure(
      admin.sobject('PermissionSetAssignment').create({ AssigneeId: avaId, PermissionSetId: setId }),
    );
    expect(again.errorCode).toBe('DUPLICATE_VALUE');

    await admin.sobject('PermissionSetAssignment').destroy(created.id as string);
    expect(await creditLimitReadable(ava)).toBe(false);
    const left = await admin.query<Row>(`SELECT Id FROM PermissionSetAssignment WHERE Id = '${created.id}'`);
    expect(left.totalSize).toBe(0);
  });

  test("a profile's own permission set is neither assigned nor unassigned", async () => {
    const avaId = await idOf(admin, `SELECT Id FROM User WHERE Username = '${AE.username}'`);
    const owned = await admin.query<{ Id: string; PermissionSetId: string }>(
      `SELECT Id, PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${avaId}' AND PermissionSet.IsOwnedByProfile = true`,
    );
    expect(owned.totalSize).toBe(1);
    const unassign = await failure(admin.sobject('PermissionSetAssignment').destroy(owned.records[0].Id));
    expect(unassign.errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
    const financeProfileSet = await idOf(
      admin,
      "SELECT Id FROM PermissionSet WHERE IsOwnedByProfile = true AND Profile.Name = 'Finance'",
    );
    const assign = await failure(
      admin
        .sobject('PermissionSetAssignment')
        .create({ AssigneeId: avaId, PermissionSetId: financeProfileSet }),
    );
    expect(assign.errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
  });

  test('only a user who manages users may assign, and the references must exist', async () => {
    const ava = await oauthConnection(emulator, AE.username);
    const avaId = await idOf(admin, `SELECT Id FROM User WHERE Username = '${AE.username}'`);
    const setId = await idOf(admin, "SELECT Id FROM PermissionSet WHERE Name = 'Finance_Viewer'");
    const byAva = await failure(
      ava.sobject('PermissionSetAssignment').create({ AssigneeId: avaId, PermissionSetId: setId }),
    );
    expect(byAva.errorCode, byAva.message).toBe('INVALID_TYPE'); // no View Setup: the object does not exist for her
    const support = await oauthConnection(emulator, 'sasha.support@acme-demo.example'); // Manage Users
    const bySupport = await support
      .sobject('PermissionSetAssignment')
      .create({ AssigneeId: avaId, PermissionSetId: setId });
    expect(await creditLimitReadable(ava)).toBe(true);
    await support.sobject('PermissionSetAssignment').destroy(bySupport.id as string);
    const noUser = await failure(
      admin
        .sobject('PermissionSetAssignment')
        .create({ AssigneeId: '005000000000000AAA', PermissionSetId: setId }),
    );
    expect(noUser.errorCode).toBe('INVALID_CROSS_REFERENCE_KEY');
  });
});

test.describe('permission set groups and tab settings', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  test.beforeAll(async () => {
    const org = demoOrg((definition) => {
      addFinanceViewer(definition);
      definition.permissionSetGroups.push({
        name: 'Revenue_Review',
        label: 'Revenue Review',
        permissionSets: ['Finance_Viewer', 'Lead_Scoring_Editor'],
      });
      const casey = definition.users.find((user) => user.username === 'casey.csm@acme-demo.example');
      casey?.permissionSetGroups.push('Revenue_Review');
      const mops = definition.profiles.find((profile) => profile.name === 'Marketing Operations');
      if (mops) mops.tabVisibilities = { Campaign: 'DefaultOff', Contact: 'Hidden' };
    });
    emulator = await startEmulator({ port: 0, org });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  });
  test.afterAll(async () => emulator?.stop());

  test("a group's assignment names the group and grants the union of its sets", async () => {
    const casey = await oauthConnection(emulator, 'casey.csm@acme-demo.example');
    const rows = await admin.query<Row>(
      'SELECT PermissionSet.Type, PermissionSetGroup.DeveloperName FROM PermissionSetAssignment ' +
        "WHERE Assignee.Username = 'casey.csm@acme-demo.example' AND PermissionSetGroupId != null",
    );
    expect(
      rows.records.map((row) => [
        (row.PermissionSet as Row).Type,
        (row.PermissionSetGroup as Row).DeveloperName,
      ]),
    ).toEqual([['Group', 'Revenue_Review']]);
    const components = await admin.query<Row>(
      "SELECT PermissionSet.Name FROM PermissionSetGroupComponent WHERE PermissionSetGroup.DeveloperName = 'Revenue_Review'",
    );
    expect(components.records.map((row) => (row.PermissionSet as Row).Name).sort()).toEqual([
      'Finance_Viewer',
      'Lead_Scoring_Editor',
    ]);
    expect(await creditLimitReadable(casey)).toBe(true);
    const lead = (await casey.sobject('Lead').describe()).fields.find(
      (field) => field.name === 'Lead_Score__c',
    );
    expect(lead?.updateable).toBe(true);
  });

  test('tab settings: a row per visible tab, none for a hidden one', async () => {
    const rows = await admin.query<{ Name: string; Visibility: string }>(
      'SELECT Name, Visibility FROM PermissionSetTabSetting WHERE ParentId IN ' +
        "(SELECT Id FROM PermissionSet WHERE Profile.Name = 'Marketing Operations') ORDER BY Name",
    );
    expect(rows.records.map((row) => `${row.Name}=${row.Visibility}`)).toEqual([
      'standard-Campaign=DefaultOff',
      'standard-Lead=DefaultOn',
      'standard-Task=DefaultOn',
    ]);
  });
});

test('the org definition names only permission set groups and tabs that exist', () => {
  const source = editedDemoText(
    ['    permissionSets: [Lead_Scoring_Editor]\n', '    permissionSetGroups: [Sales_Leaders]\n'],
    [
      '    systemPermissions: [ApiEnabled, ViewAllData]\n',
      '    systemPermissions: [ApiEnabled, ViewAllData]\n    tabVisibilities: { Leads: Hidden }\n',
    ],
  );
  const problems = definitionProblems(source);
  expect(problems.some((line) => line.includes('No permission set group Sales_Leaders'))).toBe(true);
  expect(problems.some((line) => line.includes('No object Leads in objects'))).toBe(true);
});

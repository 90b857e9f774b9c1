import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, API_VERSION, DEMO_PASSWORD, failure, oauthConnection, SDR } from './helpers';

// API contract through jsforce 3, unchanged, against a running emulator.
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

test('OAuth username-password login returns a session jsforce can use, and identity() names the user', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  expect(conn.instanceUrl).toBe(emulator.url);
  const identity = await conn.identity();
  expect(identity).toMatchObject({
    username: emulator.admin.username,
    display_name: 'Avery Admin',
    organization_id: emulator.orgId,
  });
  expect(identity.user_id).toMatch(/^005[a-zA-Z0-9]{15}$/);
  expect(emulator.issuedSecrets()).toContain(conn.accessToken);
});

test('OAuth errors: a wrong password is invalid_grant, a wrong client id is invalid_client_id', async () => {
  const wrongPassword = await failure(oauthConnection(emulator, SDR.username, 'nope'));
  expect([wrongPassword.name, wrongPassword.message]).toEqual(['invalid_grant', 'authentication failure']);
  const conn = new Connection({
    loginUrl: emulator.url,
    version: API_VERSION,
    oauth2: { loginUrl: emulator.url, clientId: 'unknown-client', clientSecret: emulator.oauth.clientSecret },
  });
  const badClient = await failure(conn.login(SDR.username, DEMO_PASSWORD));
  expect([badClient.name, badClient.message]).toEqual(['invalid_client_id', 'client identifier invalid']);
});

test('SOAP login works below API 65.0, is refused from 65.0 with the real fault, and logout ends the session', async () => {
  const conn = new Connection({ loginUrl: emulator.url, version: '64.0' });
  const info = await conn.login(SDR.username, DEMO_PASSWORD);
  expect(info.organizationId).toBe(emulator.orgId);
  expect((await conn.identity()).display_name).toBe(SDR.name);
  const token = conn.accessToken as string;
  await conn.logout();
  const stale = new Connection({ instanceUrl: emulator.url, accessToken: token, version: API_VERSION });
  expect((await failure(stale.query('SELECT Id FROM Lead'))).errorCode).toBe('INVALID_SESSION_ID');

  const refused = await failure(
    new Connection({ loginUrl: emulator.url, version: '65.0' }).login(SDR.username, DEMO_PASSWORD),
  );
  expect(refused.message).toBe(
    'INVALID_OPERATION: The SOAP Login operation is not available in the API version specified (65.0)',
  );
  const badLogin = await failure(
    new Connection({ loginUrl: emulator.url, version: '62.0' }).login(SDR.username, 'wrong'),
  );
  expect(badLogin.message).toBe(
    'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
  );
});

test('query: relationship fields, WHERE with AND/OR/NOT/IN/LIKE, ORDER BY, LIMIT, COUNT()', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const users = await conn.query<{ Username: string; Profile: { Name: string } }>(
    "SELECT Username, Profile.Name FROM User WHERE IsActive = true AND (Profile.Name = 'Sales Development Rep' OR Username LIKE 'ava%') ORDER BY Username DESC",
  );
  expect(users.records.map((user) => [user.Username, user.Profile.Name])).toEqual([
    [SDR.username, 'Sales Development Rep'],
    [AE.username, 'Account Executive'],
  ]);
  expect(users.records[0]).toHaveProperty('attributes.type', 'User');
  expect(users.records[0]).toHaveProperty('Profile.attributes.type', 'Profile');

  const leads = await conn.query<{ Company: string; Owner: { Name: string } }>(
    "SELECT Company, Owner.Name FROM Lead WHERE Rating IN ('Hot', 'Warm') AND NOT Lead_Score__c < 50 ORDER BY Lead_Score__c DESC LIMIT 1",
  );
  expect(leads.totalSize).toBe(1);
  expect(leads.records[0]).toMatchObject({ Company: 'Globex', Owner: { Name: 'Ava Chen' } });

  const count = await conn.query(
    "SELECT COUNT() FROM Lead WHERE OwnerId IN (SELECT Id FROM User WHERE Username = 'sam.sdr@acme-demo.example')",
  );
  expect(count.totalSize).toBe(2);
  expect(count.records).toEqual([]);
  const withNull = await conn.query('SELECT Id FROM Lead WHERE FirstName = null');
  expect(withNull.totalSize).toBe(1);
});

test('create, retrieve, update and delete a Lead as the AE', async () => {
  const conn = await oauthConnection(emulator, AE.username);
  const created = await conn
    .sobject('Lead')
    .create({ LastName: 'Contract', FirstName: 'Casey', Company: 'Acme', Rating: 'Hot' });
  expect(created).toMatchObject({ success: true, errors: [] });
  const id = created.id as string;
  expect(id).toMatch(/^00Q[a-zA-Z0-9]{15}$/);
  const lead = await conn.sobject('Lead').retrieve(id);
  expect(lead).toMatchObject({ Name: 'Casey Contract', Status: 'Open - Not Contacted', Company: 'Acme' });
  await conn.sobject('Lead').update({ Id: id, Status: 'Working - Contacted', Lead_Score__c: 40 });
  const updated = await conn.query<{ Status: string; Lead_Score__c: number }>(
    `SELECT Status, Lead_Score__c FROM Lead WHERE Id = '${id}'`,
  );
  expect(updated.records[0]).toMatchObject({ Status: 'Working - Contacted', Lead_Score__c: 40 });
  await conn.sobject('Lead').destroy(id);
  expect((await failure(conn.sobject('Lead').retrieve(id))).errorCode).toBe('ENTITY_IS_DELETED');
});

test('field-level security for the SDR: hidden field is no column, read-only field cannot be written, describe omits it', async () => {
  const conn = await oauthConnection(emulator, SDR.username);
  const hidden = await failure(conn.query('SELECT Id, Internal_Revenue__c FROM Lead'));
  expect(hidden.errorCode).toBe('INVALID_FIELD');
  expect(hidden.message).toContain("No such column 'Internal_Revenue__c' on entity 'Lead'");

  const describe = await conn.sobject('Lead').describe();
  const names = describe.fields.map((field) => field.name);
  expect(names).toEqual(expect.arrayContaining(['Status', 'Lead_Score__c', 'Rating']));
  expect(names).not.toContain('Internal_Revenue__c');
  expect(describe.fields.find((field) => field.name === 'Lead_Score__c')).toMatchObject({
    updateable: false,
    createable: false,
  });
  expect(describe.fields.find((field) => field.name === 'Status')).toMatchObject({ updateable: true });

  const readOnly = await failure(
    conn.sobject('Lead').create({ LastName: 'X', Company: 'Y', Lead_Score__c: 5 }),
  );
  expect(readOnly.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
  const invisible = await failure(
    conn.sobject('Lead').create({ LastName: 'X', Company: 'Y', Internal_Revenue__c: 5 }),
  );
  expect(invisible.errorCode).toBe('INVALID_FIELD');

  const ae = await oauthConnection(emulator, AE.username);
  const aeDescribe = await ae.sobject('Lead').describe();
  expect(aeDescribe.fields.find((field) => field.name === 'Internal_Revenue__c')).toMatchObject({
    updateable: false,
  });
});

test('object permissions, required fields and bad ids give the real error codes', async () => {
  const sdr = await oauthConnection(emulator, SDR.username);
  expect((await failure(sdr.sobject('Lead').create({ Company: 'No Name' }))).errorCode).toBe(
    'REQUIRED_FIELD_MISSING',
  );
  const created = await sdr.sobject('Lead').create({ LastName: 'Kept', Company: 'Acme' });
  // The SDR profile has no Delete on Lead.
  expect((await failure(sdr.sobject('Lead').destroy(created.id as string))).errorCode).toBe(
    'INSUFFICIENT_ACCESS_OR_READONLY',
  );
  expect((await failure(sdr.sobject('Lead').retrieve('00Q5g00000009zzAAA'))).errorCode).toBe('NOT_FOUND');
  expect((await failure(sdr.sobject('Lead').retrieve('0055g0000000001AAA'))).errorCode).toBe('MALFORMED_ID');
  expect((await failure(sdr.sobject('Nope__c').describe())).errorCode).toBe('INVALID_TYPE');
  expect((await failure(sdr.query('SELECT Id FROM Nope__c'))).errorCode).toBe('INVALID_TYPE');
  expect((await failure(sdr.query('SELEC Id FRM Lead'))).errorCode).toBe('MALFORMED_QUERY');
  // Setup objects need the matching system permission.
  expect((await failure(sdr.query('SELECT Id FROM SetupAuditTrail'))).errorCode).toBe('INVALID_TYPE');
  const owner = await failure(sdr.sobject('Lead').create({ LastName: 'X', Company: 'Y', Status: 'Maybe' }));
  expect(owner.errorCode).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
});

test('a bad token is 401 INVALID_SESSION_ID; a user without API Enabled is refused, not 401', async () => {
  const stranger = new Connection({
    instanceUrl: emulator.url,
    accessToken: '00Dxx!bogus',
    version: API_VERSION,
  });
  const error = await failure(stranger.query('SELECT Id FROM Lead'));
  expect(error.errorCode).toBe('INVALID_SESSION_ID');
  const inactive = await failure(oauthConnection(emulator, 'olivia.former@acme-demo.example'));
  expect(inactive.message).toContain('authentication failure');
});

import { createSign, generateKeyPairSync } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { API_VERSION, failure, jwtDemoOrg, oauthConnection, SDR } from './helpers';

// JWT bearer, singleaccess, userinfo, revoke, existing-token connections, Metadata and Tooling API.
const { org, privateKey } = jwtDemoOrg();
const keys = { privateKey };
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, org });
});
test.afterAll(async () => emulator?.stop());

function assertion(claims: Record<string, unknown>, privateKey = keys.privateKey): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256' })}.${encode(claims)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

async function jwtToken(claims: Record<string, unknown>, privateKey = keys.privateKey) {
  const response = await fetch(`${emulator.url}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: assertion(claims, privateKey),
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

const validClaims = () => ({
  iss: emulator.oauth.clientId,
  sub: SDR.username,
  aud: emulator.url,
  exp: Math.floor(Date.now() / 1000) + 180,
});

test('JWT bearer: a signed assertion gives a token an existing-token jsforce connection can use', async () => {
  const { status, body } = await jwtToken(validClaims());
  expect(status).toBe(200);
  expect(body).toMatchObject({ instance_url: emulator.url, token_type: 'Bearer' });
  const conn = new Connection({
    instanceUrl: body.instance_url,
    accessToken: body.access_token,
    version: API_VERSION,
  });
  const identity = await conn.identity();
  expect(identity.username).toBe(SDR.username);
  const history = await (
    await oauthConnection(emulator, emulator.admin.username, emulator.admin.password)
  ).query<{
    LoginType: string;
    Status: string;
  }>(
    `SELECT LoginType, Status FROM LoginHistory WHERE UserId = '${identity.user_id}' ORDER BY LoginTime DESC LIMIT 1`,
  );
  expect(history.records[0]).toMatchObject({ LoginType: 'Remote Access 2.0', Status: 'Success' });
});

test('JWT bearer errors: wrong key, wrong audience, expired, unknown client, unknown user', async () => {
  expect((await jwtToken(validClaims(), otherKeys.privateKey)).body).toEqual({
    error: 'invalid_grant',
    error_description: 'invalid assertion',
  });
  // The demo org is a sandbox: test.salesforce.com is a valid audience, login.salesforce.com is not.
  expect(
    (await jwtToken({ ...validClaims(), aud: 'https://login.salesforce.com' })).body.error_description,
  ).toBe('audience is invalid');
  expect((await jwtToken({ ...validClaims(), aud: 'https://test.salesforce.com' })).status).toBe(200);
  expect((await jwtToken({ ...validClaims(), exp: 1000 })).body.error_description).toBe('invalid assertion');
  expect((await jwtToken({ ...validClaims(), iss: 'someone-else' })).body.error).toBe('invalid_client_id');
  const unknownUser = await jwtToken({ ...validClaims(), sub: 'nobody@acme-demo.example' });
  expect([unknownUser.status, unknownUser.body.error_description]).toEqual([
    400,
    "user hasn't approved this consumer",
  ]);
});

test('singleaccess returns a frontdoor URL that opens a browser session exactly once', async () => {
  const conn = await oauthConnection(emulator, SDR.username);
  const { frontdoor_uri: url } = await conn.request<{ frontdoor_uri: string }>({
    method: 'POST',
    url: '/services/oauth2/singleaccess',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `redirect_uri=${encodeURIComponent('/lightning/o/Lead/home')}`,
  });
  expect(url).toMatch(/\/secur\/frontdoor\.jsp\?otp=/);
  const first = await fetch(url, { redirect: 'manual' });
  expect(first.status).toBe(302);
  expect(first.headers.get('location')).toContain('/lightning/o/Lead/home');
  expect(first.headers.get('set-cookie')).toContain('sid=');
  const second = await fetch(url, { redirect: 'manual' });
  expect(second.status).toBe(200);
  expect(second.headers.get('set-cookie')).toBeNull();
  expect(await second.text()).toContain('name="pw"');
});

test('userinfo names the user; logout() revokes an OAuth token so it is a bad session afterwards', async () => {
  const conn = await oauthConnection(emulator, SDR.username);
  const info = await conn.request<Record<string, string>>('/services/oauth2/userinfo');
  expect(info).toMatchObject({
    preferred_username: SDR.username,
    name: SDR.name,
    organization_id: emulator.orgId,
  });
  const token = conn.accessToken as string;
  await conn.logout();
  const stale = new Connection({ instanceUrl: emulator.url, accessToken: token, version: API_VERSION });
  expect((await failure(stale.query('SELECT Id FROM Lead'))).errorCode).toBe('INVALID_SESSION_ID');
});

test('Metadata API: metadata.read of SecuritySettings returns the Login-As and session settings', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const settings = (await conn.metadata.read('SecuritySettings', 'Security')) as unknown as Record<
    string,
    unknown
  >;
  expect(settings).toMatchObject({
    fullName: 'Security',
    canUsersGrantLoginAccess: true,
    enableAdminLoginAsAnyUser: true,
    sessionSettings: { forceRelogin: false, sessionTimeout: 'TwoHours' },
  });
});

test('Tooling API: ProfileLayout lists each profile layout assignment of an object', async () => {
  const conn = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
  const result = await conn.tooling.query<{
    Layout: { Name: string };
    Profile: { Name: string };
    RecordTypeId: null;
  }>("SELECT Layout.Name, Profile.Name, RecordTypeId FROM ProfileLayout WHERE TableEnumOrId = 'Lead'");
  const pairs = result.records.map((row) => [row.Profile.Name, row.Layout.Name]);
  expect(pairs).toEqual(
    expect.arrayContaining([
      ['Sales Development Rep', 'Lead Layout - SDR'],
      ['Account Executive', 'Lead Layout - AE'],
      ['System Administrator', 'Lead Layout'],
    ]),
  );
  expect(result.records.every((row) => row.RecordTypeId === null)).toBe(true);
  const sdr = await oauthConnection(emulator, SDR.username);
  expect((await failure(sdr.tooling.query('SELECT Id FROM ProfileLayout'))).errorCode).toBe(
    'INSUFFICIENT_ACCESS',
  );
});

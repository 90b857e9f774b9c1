import { expect, test } from '@playwright/test';
import type { EmulatorApp } from '../../emulator';
import { inProcessEmulator } from './api-in-process-helpers';
import { AE, DEMO_PASSWORD, demoOrg, SDR } from './helpers';

// Who logged in as whom, after a Login-As done through the emulator's routes in-process.
const base = 'http://127.0.0.1';
let emulator: EmulatorApp;

async function query<T>(accessToken: string, soql: string): Promise<T[]> {
  const response = await emulator.app.request(
    `${base}/services/data/v62.0/query?q=${encodeURIComponent(soql)}`,
    {
      headers: { Authorization: `Bearer ${accessToken}` },
    },
  );
  const body = (await response.json()) as { records: T[] };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body.records;
}

/**
 * The admin (or another user who may log in as someone) signs in through the API, enters the browser by
 * frontdoor, logs in as the target (the SDR unless named) and logs out.
 */
async function loginAsSdrAndBack(
  org: ReturnType<typeof demoOrg>,
  adminUsername?: string,
  targetUsername = SDR.username,
) {
  const inProcess = inProcessEmulator(org, base);
  emulator = inProcess;
  const admin = org.users.find((user) =>
    adminUsername ? user.username === adminUsername : user.username.startsWith('admin@'),
  ) as {
    username: string;
    password?: string;
  };
  const adminToken = await inProcess.token(admin.username, admin.password ?? DEMO_PASSWORD);
  const [sdr] = await query<{ Id: string }>(
    adminToken,
    `SELECT Id FROM User WHERE Username = '${targetUsername}'`,
  );

  const frontdoor = await emulator.app.request(`${base}/secur/frontdoor.jsp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sid: adminToken }),
  });
  const adminCookie = frontdoor.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const su = await emulator.app.request(
    `${base}/servlet/servlet.su?oid=${emulator.state.orgId}&suorgadminid=${sdr.Id}&targetURL=%2Flightning%2Fpage%2Fhome`,
    { headers: { cookie: adminCookie } },
  );
  expect(su.status).toBe(302);
  const personaCookie = su.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const logout = await emulator.app.request(`${base}/secur/logout.jsp`, {
    headers: { cookie: personaCookie },
  });
  expect(logout.status).toBe(302);
  return { admin, adminToken, sdr };
}

test('Login-As leaves SetupAuditTrail, AuthSession (SubstituteUser) and LoginHistory rows the API can read', async () => {
  const { admin, adminToken, sdr } = await loginAsSdrAndBack(demoOrg());

  const trail = await query<{
    Action: string;
    Section: string;
    Display: string;
    CreatedBy: { Username: string; Name: string };
  }>(
    adminToken,
    "SELECT Action, Section, Display, CreatedDate, CreatedBy.Username, CreatedBy.Name, DelegateUser, CreatedByContext FROM SetupAuditTrail WHERE Section = 'Manage Users' ORDER BY CreatedDate",
  );
  expect(trail.map((row) => [row.Action, row.Display, row.CreatedBy.Username])).toEqual([
    ['suOrgAdminLogin', `Logged in using Login-As access for ${SDR.name}`, admin.username],
    ['suOrgAdminLogout', `Logged out using Login-As access for ${SDR.name}`, admin.username],
  ]);
  const sessions = await query<{ SessionType: string; LoginType: string }>(
    adminToken,
    `SELECT SessionType, LoginType, CreatedDate FROM AuthSession WHERE UsersId = '${sdr.Id}'`,
  );
  expect(sessions.map((row) => row.SessionType)).toContain('SubstituteUser');
  const history = await query<{ LoginType: string; Status: string; Application: string }>(
    adminToken,
    `SELECT LoginType, Status, SourceIp, LoginUrl, Application, Browser, Platform, ApiType, ApiVersion FROM LoginHistory WHERE UserId = '${sdr.Id}'`,
  );
  expect(history.map((row) => [row.LoginType, row.Status])).toContainEqual(['Application', 'Success']);
  const apiLogins = await query<{ LoginType: string }>(
    adminToken,
    "SELECT LoginType FROM LoginHistory WHERE LoginType = 'Remote Access 2.0'",
  );
  expect(apiLogins.length).toBeGreaterThanOrEqual(1);
  // Status and SourceIp are not filterable on LoginHistory (docs/salesforce-facts.md#who-logged-in-as-whom): filter them client-side.
  const refused = await emulator.app.request(
    `${base}/services/data/v62.0/query?q=${encodeURIComponent("SELECT Id FROM LoginHistory WHERE Status = 'Success'")}`,
    { headers: { Authorization: `Bearer ${adminToken}` } },
  );
  expect(refused.status).toBe(400);
  const [error] = (await refused.json()) as { errorCode: string; message: string }[];
  expect(error.errorCode).toBe('INVALID_FIELD');
  expect(error.message).toBe(
    `\nSELECT Id FROM LoginHistory WHERE Status = 'Success'\n${' '.repeat(34)}^\n` +
      "ERROR at Row:1:Column:35\nfield 'Status' can not be filtered in a query call",
  );
});

test('a Login-As through access the user granted is recorded as suloginaccessused and ends with suLogout', async () => {
  // Sasha, a support admin without Modify All Data, may log in only as users who granted access (Ava did).
  const { admin, adminToken } = await loginAsSdrAndBack(
    demoOrg(),
    'sasha.support@acme-demo.example',
    AE.username,
  );
  const trail = await query<{ Action: string; Display: string; CreatedBy: { Username: string } }>(
    adminToken,
    "SELECT Action, Display, CreatedDate, CreatedBy.Username FROM SetupAuditTrail WHERE Section = 'Manage Users' ORDER BY CreatedDate",
  );
  expect(trail.map((row) => [row.Action, row.Display, row.CreatedBy.Username])).toEqual([
    ['suloginaccessused', `Logged in using Login-As access for ${AE.name}`, admin.username],
    ['suLogout', `Logged out using Login-As access for ${AE.name}`, admin.username],
  ]);
});

test('LoginAsEventLog: one row per Login-As with Event Monitoring, API 61.0+ and View Event Log Object Data', async () => {
  const licensed = demoOrg((org) => {
    org.eventMonitoring = true;
    org.profiles[0].systemPermissions.push('ViewEventLogObjectData');
  });
  const { admin, adminToken, sdr } = await loginAsSdrAndBack(licensed);
  const events = await query<{
    Username: string;
    DelegatedUserIdentifier: string;
    DelegatedUserName: string;
    LoginKey: string;
  }>(
    adminToken,
    'SELECT EventDate, UserId, Username, DelegatedUserIdentifier, DelegatedUserName, LoginKey FROM LoginAsEventLog',
  );
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    Username: admin.username,
    DelegatedUserIdentifier: sdr.Id,
    DelegatedUserName: SDR.username,
  });
  expect(events[0].LoginKey).toMatch(/^0Ak/);
  const old = await emulator.app.request(
    `${base}/services/data/v60.0/query?q=${encodeURIComponent('SELECT Id FROM LoginAsEventLog')}`,
    { headers: { Authorization: `Bearer ${adminToken}` } },
  );
  expect(((await old.json()) as { errorCode: string }[])[0].errorCode).toBe('INVALID_TYPE');

  const unlicensed = await loginAsSdrAndBack(
    demoOrg((org) => org.profiles[0].systemPermissions.push('ViewEventLogObjectData')),
  );
  const missing = await emulator.app.request(
    `${base}/services/data/v62.0/query?q=${encodeURIComponent('SELECT Id FROM LoginAsEventLog')}`,
    { headers: { Authorization: `Bearer ${unlicensed.adminToken}` } },
  );
  expect(((await missing.json()) as { errorCode: string }[])[0].errorCode).toBe('INVALID_TYPE');
});

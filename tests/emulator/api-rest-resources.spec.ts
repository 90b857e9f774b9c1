import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import type { RunningEmulator } from '../../emulator';
import { inProcessEmulator } from './api-in-process-helpers';
import { API_VERSION, emulatorWithAdmin, oauthConnection, SDR } from './helpers';

// REST resources the Salesforce CLI and data tools call besides CRUD: query columns, sObject Tree,
// limits, 405 for a wrong method, 401 with WWW-Authenticate, describe field properties.
let emulator: RunningEmulator;
let conn: Connection;
test.beforeAll(async () => {
  ({ emulator, conn } = await emulatorWithAdmin());
});
test.afterAll(async () => emulator?.stop());

type Column = {
  columnName: string;
  displayName: string;
  aggregate: boolean;
  joinColumns: Column[];
  apexType: string | null;
};
const columns = (soql: string) =>
  conn.request<{ columnMetadata: Column[]; entityName: string; idSelected: boolean; keyPrefix: string }>(
    `/services/data/v${API_VERSION}/query?q=${encodeURIComponent(soql)}&columns=true`,
  );

test('query?columns=true: columnMetadata for fields, relationship paths, child subqueries and aggregates', async () => {
  const plain = await columns(
    'SELECT Id, Company, Owner.Profile.Name, (SELECT Subject FROM Tasks) FROM Lead',
  );
  expect(plain).toMatchObject({ entityName: 'Lead', idSelected: true, keyPrefix: '00Q' });
  const [id, company, owner, tasks] = plain.columnMetadata;
  expect([id.columnName, id.apexType, company.columnName, company.apexType]).toEqual([
    'Id',
    'Id',
    'Company',
    'String',
  ]);
  // The CLI turns joinColumns into "Owner.Profile.Name".
  expect(owner).toMatchObject({ columnName: 'Owner', aggregate: false });
  expect(owner.joinColumns[0]).toMatchObject({ columnName: 'Profile' });
  expect(owner.joinColumns[0].joinColumns[0]).toMatchObject({ columnName: 'Name', joinColumns: [] });
  expect(tasks).toMatchObject({ columnName: 'Tasks', aggregate: true });
  expect(tasks.joinColumns.map((column) => column.columnName)).toEqual(['Subject']);

  const grouped = await columns(
    'SELECT Status, COUNT(Id) total, MAX(Lead_Score__c) FROM Lead GROUP BY Status',
  );
  expect(
    grouped.columnMetadata.map((column) => [column.columnName, column.displayName, column.aggregate]),
  ).toEqual([
    ['Status', 'Status', false],
    ['total', 'COUNT(Id)', true],
    ['expr0', 'MAX(Lead_Score__c)', true],
  ]);
  // The query itself is checked: a bad field fails as the query would.
  const bad = await conn
    .request(
      `/services/data/v${API_VERSION}/query?q=${encodeURIComponent('SELECT Nope FROM Lead')}&columns=true`,
    )
    .catch((error: { errorCode?: string }) => error);
  expect((bad as { errorCode?: string }).errorCode).toBe('INVALID_FIELD');
});

test('composite/tree: parents with nested children in one call; referenceIds map to new ids', async () => {
  const answer = await conn.requestPost<{
    hasErrors: boolean;
    results: { referenceId: string; id: string }[];
  }>(`/services/data/v${API_VERSION}/composite/tree/Account`, {
    records: [
      {
        attributes: { type: 'Account', referenceId: 'acc1' },
        Name: 'Tree Works',
        Contacts: {
          records: [
            {
              attributes: { type: 'Contact', referenceId: 'con1' },
              LastName: 'Leaf',
              Email: 'leaf@tree.example',
            },
            { attributes: { type: 'Contact', referenceId: 'con2' }, LastName: 'Branch' },
          ],
        },
      },
    ],
  });
  expect(answer.hasErrors).toBe(false);
  expect(answer.results.map((result) => result.referenceId)).toEqual(['acc1', 'con1', 'con2']);
  const account = answer.results[0].id;
  const contacts = await conn.query<{ LastName: string }>(
    `SELECT LastName FROM Contact WHERE AccountId = '${account}' ORDER BY LastName`,
  );
  expect(contacts.records.map((contact) => contact.LastName)).toEqual(['Branch', 'Leaf']);
});

test('composite/tree: one bad record rolls the whole tree back and only the failures are answered', async () => {
  const { api, token } = inProcessEmulator();
  const sid = await token();
  const response = await api(sid, '/services/data/v62.0/composite/tree/Account', {
    method: 'POST',
    json: {
      records: [
        { attributes: { type: 'Account', referenceId: 'ok1' }, Name: 'Rolled Back Inc' },
        {
          attributes: { type: 'Account', referenceId: 'bad1' },
          Name: 'Parent',
          Contacts: {
            records: [{ attributes: { type: 'Contact', referenceId: 'bad2' }, Email: 'x@y.example' }],
          },
        },
      ],
    },
  });
  expect(response.status).toBe(400);
  const body = (await response.json()) as {
    hasErrors: boolean;
    results: { referenceId: string; errors: { statusCode: string }[] }[];
  };
  expect(body.hasErrors).toBe(true);
  expect(body.results).toEqual([
    { referenceId: 'bad2', errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING' })] },
  ]);
  const query = await api(
    sid,
    `/services/data/v62.0/query?q=${encodeURIComponent("SELECT Id FROM Account WHERE Name IN ('Rolled Back Inc', 'Parent')")}`,
  );
  expect(((await query.json()) as { totalSize: number }).totalSize).toBe(0);
});

test('limits: Max/Remaining pairs; DailyApiRequests and DataStorageMB move as the API is used', async () => {
  type Limits = Record<string, { Max: number; Remaining: number }>;
  const before = (await conn.limits()) as unknown as Limits;
  expect(before.DailyApiRequests.Max).toBe(15000);
  expect(
    Object.values(before).every((pair) => typeof pair.Max === 'number' && typeof pair.Remaining === 'number'),
  ).toBe(true);
  for (let i = 0; i < 3; i++) await conn.query('SELECT Id FROM Lead LIMIT 1');
  const after = (await conn.limits()) as unknown as Limits;
  // Three queries and the limits call itself.
  expect(before.DailyApiRequests.Remaining - after.DailyApiRequests.Remaining).toBe(4);
  expect(after.DataStorageMB.Remaining).toBeLessThanOrEqual(after.DataStorageMB.Max);
});

test('a known resource asked with a wrong method is 405 METHOD_NOT_ALLOWED; an unknown one stays 404', async () => {
  const { api, token } = inProcessEmulator();
  const sid = await token();
  const put = await api(sid, '/services/data/v62.0/query?q=SELECT+Id+FROM+Lead', { method: 'PUT' });
  expect(put.status).toBe(405);
  expect(await put.json()).toEqual([
    {
      errorCode: 'METHOD_NOT_ALLOWED',
      message: "HTTP Method 'PUT' not allowed. Allowed are HEAD,GET",
      fields: [],
    },
  ]);
  const postRecord = await api(sid, '/services/data/v62.0/sobjects/Lead/00Q000000000001', {
    method: 'POST',
    body: '{}',
  });
  expect(postRecord.status).toBe(405);
  const unknown = await api(sid, '/services/data/v62.0/no/such/resource');
  expect(unknown.status).toBe(404);
  expect(((await unknown.json()) as { errorCode: string }[])[0].errorCode).toBe('NOT_FOUND');
});

test('401 answers carry WWW-Authenticate; other errors do not', async () => {
  const { request, api, token } = inProcessEmulator();
  const bad = await request('/services/data/v62.0/sobjects', { headers: { Authorization: 'Bearer nope' } });
  expect(bad.status).toBe(401);
  expect(bad.headers.get('www-authenticate')).toBe('Token');
  const notFound = await api(await token(), '/services/data/v62.0/sobjects/Lead/00Q000000000001AAA');
  expect(notFound.status).toBe(404);
  expect(notFound.headers.get('www-authenticate')).toBeNull();
});

test('describe: field properties data tools read, and child relationships', async () => {
  const lead = await conn.describe('Lead');
  const email = lead.fields.find((field) => field.name === 'Email');
  for (const property of [
    'aggregatable',
    'autoNumber',
    'cascadeDelete',
    'controllerName',
    'dependentPicklist',
    'deprecatedAndHidden',
    'htmlFormatted',
    'encrypted',
    'polymorphicForeignKey',
    'writeRequiresMasterRead',
  ]) {
    expect(email, property).toHaveProperty(property);
  }
  expect(email).toMatchObject({
    autoNumber: false,
    htmlFormatted: false,
    controllerName: null,
    dependentPicklist: false,
  });
  expect(lead.fields.find((field) => field.name === 'LastName')?.compoundFieldName).toBe('Name');
  const account = await conn.describe('Account');
  expect(account.childRelationships).toContainEqual(
    expect.objectContaining({ childSObject: 'Contact', field: 'AccountId', relationshipName: 'Contacts' }),
  );
  const sdr = await oauthConnection(emulator, SDR.username);
  expect((await sdr.describe('Lead')).fields.some((field) => field.name === 'Internal_Revenue__c')).toBe(
    false,
  );
});

test('what the CLI asks on every login: userinfo, the User by id at v51.0, Organization.NamespacePrefix (null)', async () => {
  const { api, token } = inProcessEmulator();
  const sid = await token();
  const info = (await (await api(sid, '/services/oauth2/userinfo')).json()) as { user_id: string };
  const user = (await (await api(sid, `/services/data/v51.0/sobjects/User/${info.user_id}`)).json()) as {
    Username: string;
  };
  expect(user.Username).toBe('admin@acme-demo.example');
  const org = await api(sid, '/services/data/v51.0/query?q=Select%20Namespaceprefix%20FROM%20Organization');
  expect(org.status).toBe(200);
  expect(((await org.json()) as { records: Record<string, unknown>[] }).records[0]).toMatchObject({
    NamespacePrefix: null,
  });
});

import { expect, test } from '@playwright/test';
import { caseSafeSuffix, to18 } from '../../emulator/model/ids';
import { inProcessEmulator } from './api-in-process-helpers';

// Contracts that need no socket: the Hono app answers web-standard Requests.
const emulator = () => inProcessEmulator();

test('ids carry the real case-safe suffix', () => {
  expect(caseSafeSuffix('001A0000006Vm9r')).toBe('IAC');
  expect(to18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
  expect(to18('001A0000006Vm9rAAA')).toBeUndefined();
  expect(to18('not-an-id')).toBeUndefined();
});

test('the token response has the fields jsforce reads', async () => {
  const { request, state } = emulator();
  const response = await request('/services/oauth2/token', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      username: 'sam.sdr@acme-demo.example',
      password: 'persona-ux-demo-1',
      client_id: state.definition.connectedApp.clientId,
      client_secret: state.definition.connectedApp.clientSecret,
    }),
  });
  const body = (await response.json()) as Record<string, string>;
  expect(Object.keys(body).sort()).toEqual([
    'access_token',
    'id',
    'instance_url',
    'issued_at',
    // Emulator convenience for sfdx-auth-urls; Salesforce's password flow issues none (oauth-token-grants.ts).
    'refresh_token',
    'scope',
    'signature',
    'token_type',
  ]);
  expect(body.token_type).toBe('Bearer');
  expect(body.id).toMatch(new RegExp(`/id/${state.orgId}/005[a-zA-Z0-9]{15}$`));
});

test('versions list and resources; //services paths are tolerated', async () => {
  const { request, token } = emulator();
  const versions = (await (await request('/services/data')).json()) as { version: string; label: string }[];
  expect(versions).toContainEqual({ version: '62.0', label: "Winter '25", url: '/services/data/v62.0' });
  const auth = { Authorization: `Bearer ${await token()}` };
  const resources = await request('//services/data/v62.0/', { headers: auth });
  expect(resources.status).toBe(200);
  expect(await resources.json()).toHaveProperty('query', '/services/data/v62.0/query');
  expect((await request('/services/data/v12.0/sobjects', { headers: auth })).status).toBe(404);
});

test('malformed requests get Salesforce-shaped JSON errors, never a crash', async () => {
  const { request, token } = emulator();
  const auth = { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' };
  const createLead = (body: string): RequestInit => ({ method: 'POST', headers: auth, body });
  const cases: [string, RequestInit, number, string][] = [
    ['/services/data/v62.0/sobjects/Lead', createLead('{not json'), 400, 'JSON_PARSER_ERROR'],
    ['/services/data/v62.0/sobjects/Lead', createLead('[1,2]'), 400, 'JSON_PARSER_ERROR'],
    [
      '/services/data/v62.0/sobjects/Lead',
      createLead('{"LastName":{"a":1},"Company":"x"}'),
      400,
      'JSON_PARSER_ERROR',
    ],
    ['/services/data/v62.0/sobjects/Lead', createLead('{"Bogus__c":1}'), 400, 'INVALID_FIELD'],
    ['/services/data/v62.0/query', { headers: auth }, 400, 'MALFORMED_QUERY'],
    [
      "/services/data/v62.0/query?q=SELECT%20Id%20FROM%20Lead%20WHERE%20Id%20%3D%20'xyz'",
      { headers: auth },
      400,
      'INVALID_QUERY_FILTER_OPERATOR',
    ],
    ['/services/data/v62.0/query/01gnope-2000', { headers: auth }, 400, 'INVALID_QUERY_LOCATOR'],
    ['/services/data/v62.0/sobjects/Lead/%%%', { headers: auth }, 404, 'NOT_FOUND'],
    ['/services/data/v62.0/nothing-here', { headers: auth }, 404, 'NOT_FOUND'],
    [
      '/services/data/v62.0/sobjects/Lead',
      { headers: { Authorization: 'Bearer nope' } },
      401,
      'INVALID_SESSION_ID',
    ],
    ['/services/data/v62.0/sobjects/Lead', {}, 401, 'INVALID_SESSION_ID'],
  ];
  for (const [path, init, status, code] of cases) {
    const response = await request(path, init);
    expect(response.status, path).toBe(status);
    expect(response.headers.get('content-type'), path).toContain('application/json');
    const body = (await response.json()) as { errorCode: string; message: string; fields: string[] }[];
    expect(body[0], path).toMatchObject({ errorCode: code });
  }
  const soap = await request('/services/Soap/u/62.0', { method: 'POST', body: '<<<not xml' });
  expect(soap.status).toBe(500);
  expect(await soap.text()).toContain('<faultstring>');
});

test('query paging: more than 2000 rows come with nextRecordsUrl and queryMore', async () => {
  const { request, token, state } = emulator();
  for (let i = 0; i < 2100; i++) {
    state.store.insert('Lead', {
      Id: state.ids.next('00Q'),
      LastName: `Bulk ${i}`,
      Company: 'Bulk',
      IsDeleted: false,
    });
  }
  const auth = { Authorization: `Bearer ${await token()}` };
  const first = (await (
    await request('/services/data/v62.0/query?q=SELECT+Id+FROM+Lead', { headers: auth })
  ).json()) as {
    totalSize: number;
    done: boolean;
    nextRecordsUrl: string;
    records: unknown[];
  };
  expect(first).toMatchObject({ totalSize: 2103, done: false });
  expect(first.records).toHaveLength(2000);
  const second = (await (await request(first.nextRecordsUrl, { headers: auth })).json()) as {
    done: boolean;
    records: unknown[];
  };
  expect(second.done).toBe(true);
  expect(second.records).toHaveLength(103);
});

test('Sforce-Auto-Assign runs the lead assignment rule unless FALSE is sent (default TRUE)', async () => {
  const { request, token, state } = emulator();
  const auth = { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' };
  const create = async (headers: Record<string, string>) =>
    (
      (await (
        await request('/services/data/v62.0/sobjects/Lead', {
          method: 'POST',
          headers: { ...auth, ...headers },
          body: '{"LastName":"A","Company":"B","LeadSource":"Web"}',
        })
      ).json()) as { id: string }
    ).id;
  const ownerOf = (id: string) => String(state.store.get('Lead', id)?.OwnerId);
  const queue = state.store.all('Group').find((group) => group.DeveloperName === 'SDR_Queue');
  const admin = state.userByUsername('admin@acme-demo.example');
  expect(ownerOf(await create({}))).toBe(queue?.Id);
  expect(ownerOf(await create({ 'Sforce-Auto-Assign': 'TRUE' }))).toBe(queue?.Id);
  expect(ownerOf(await create({ 'Sforce-Auto-Assign': 'FALSE' }))).toBe(admin?.id);
});

test('sessions of deactivated users stop working', async () => {
  const { request, token, state } = emulator();
  const sdrToken = await token('sam.sdr@acme-demo.example');
  const auth = { Authorization: `Bearer ${sdrToken}` };
  expect((await request('/services/data/v62.0/sobjects', { headers: auth })).status).toBe(200);
  const sam = state.userByUsername('sam.sdr@acme-demo.example');
  const row = state.store.get('User', sam?.id ?? '');
  if (row) row.IsActive = false;
  expect((await request('/services/data/v62.0/sobjects', { headers: auth })).status).toBe(401);
});

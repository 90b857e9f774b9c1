import { expect, test } from '@playwright/test';
import type { EmulatorApp } from '../../emulator';
import { inProcessEmulator } from './api-in-process-helpers';
import { demoOrg } from './helpers';

// Malformed requests to every route family answer a Salesforce-shaped error, never a 500 or a crash.
let emulator: EmulatorApp;
let token: string;
const base = 'http://127.0.0.1';

test.beforeAll(async () => {
  const inProcess = inProcessEmulator(demoOrg(), base);
  emulator = inProcess;
  token = await inProcess.token();
});

const api = (path: string) => `${base}/services/data/v62.0${path}`;
const auth = () => ({ Authorization: `Bearer ${token}` });

interface Case {
  name: string;
  url: string;
  init?: RequestInit;
  /** Expected REST error code; undefined = any non-500 answer. */
  errorCode?: string;
  /** sObject Tree answers its record errors as {hasErrors: true, results} instead of an error array. */
  treeErrors?: boolean;
}

const longId = `00Q${'A'.repeat(40)}`;
/** A signed-in GET to the REST API. */
const get = (name: string, path: string, errorCode?: string): Case => ({
  name,
  url: api(path),
  init: { headers: auth() },
  errorCode,
});
/** A signed-in REST call with another method, and a body where given. */
const send = (name: string, method: string, path: string, body?: string, errorCode?: string): Case => ({
  name,
  url: api(path),
  init: { method, headers: auth(), body },
  errorCode,
});
const soql = (query: string) => `/query?q=${encodeURIComponent(query)}`;
const cases = (): Case[] => [
  send('bad JSON create', 'POST', '/sobjects/Lead', '{"LastName":', 'JSON_PARSER_ERROR'),
  send('array body create', 'POST', '/sobjects/Lead', '[1,2]'),
  send('wrong-type field value', 'POST', '/sobjects/Lead', '{"LastName":{"a":1},"Company":7}'),
  get('bad SOQL', soql('SELEC Id FRM Lead'), 'MALFORMED_QUERY'),
  get('SOQL unknown object', soql('SELECT Id FROM Nope__c'), 'INVALID_TYPE'),
  get('SOQL unknown field', soql('SELECT Nope FROM Lead'), 'INVALID_FIELD'),
  get('empty q', '/query?q=', 'MALFORMED_QUERY'),
  get('truncated id', '/sobjects/Lead/00Q12'),
  get('overlong id', `/sobjects/Lead/${longId}`),
  get('wrong-type id', '/sobjects/Lead/001000000000001AAA'),
  get('percent garbage id', '/sobjects/Lead/%E0%A4%A'),
  get('unknown sobject', '/sobjects/Nope__c', 'INVALID_TYPE'),
  get('unknown route', '/nothing/here', 'NOT_FOUND'),
  send('wrong method', 'PUT', '/query'),
  {
    name: 'bad version',
    url: `${base}/services/data/v9999.0/limits`,
    init: { headers: auth() },
    errorCode: 'NOT_FOUND',
  },
  {
    name: 'garbage version',
    url: `${base}/services/data/vabc/sobjects`,
    init: { headers: auth() },
    errorCode: 'NOT_FOUND',
  },
  {
    name: 'double slash',
    url: `${base}//services/data/v62.0/sobjects/Nope__c`,
    init: { headers: auth() },
    errorCode: 'INVALID_TYPE',
  },
  send('composite bad body', 'POST', '/composite/sobjects', '{"records":"x"}'),
  send('composite no type', 'POST', '/composite/sobjects', '{"records":[{"LastName":"x"}]}'),
  send('composite delete no ids', 'DELETE', '/composite/sobjects'),
  send('composite delete garbage ids', 'DELETE', '/composite/sobjects?ids=abc,,%00'),
  get('tooling bad SOQL', `/tooling${soql('SELECT FROM')}`),
  get(
    'tooling where function',
    `/tooling${soql("SELECT Id FROM ProfileLayout WHERE TableEnumOrId IN ('Lead') AND Profile.Name LIKE 'S%'")}`,
  ),
  get('queryMore garbage locator', '/query/%3Cscript%3E', 'INVALID_QUERY_LOCATOR'),
  {
    name: 'huge body',
    url: api('/sobjects/Lead'),
    init: {
      method: 'POST',
      headers: auth(),
      body: `{"LastName":"${'x'.repeat(2_000_000)}","Company":"Big"}`,
    },
  },
  {
    name: 'huge header',
    url: api('/sobjects'),
    init: { headers: { ...auth(), 'X-Padding': 'y'.repeat(64_000) } },
  },
  {
    name: 'oauth token garbage',
    url: `${base}/services/oauth2/token`,
    init: { method: 'POST', body: '%%%&&&=' },
  },
  {
    name: 'jwt garbage',
    url: `${base}/services/oauth2/token`,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b.c',
    },
  },
  { name: 'singleaccess no token', url: `${base}/services/oauth2/singleaccess`, init: { method: 'POST' } },
  send('composite tree bad body', 'POST', '/composite/tree/Account', '{"records":[1]}'),
  {
    name: 'composite tree no referenceId, unknown child relationship',
    treeErrors: true,
    url: api('/composite/tree/Account'),
    init: {
      method: 'POST',
      headers: auth(),
      body: '{"records":[{"attributes":{"type":"Account"},"Name":"x","Nope":{"records":[{}]}}]}',
    },
  },
  get('sosl garbage', '/search?q=FIND%20%7B', 'MALFORMED_SEARCH'),
  get(
    'sosl unbalanced returning',
    `/search?q=${encodeURIComponent('FIND {Acme} RETURNING Lead(Name')}`,
    'MALFORMED_SEARCH',
  ),
  get('updated garbage dates', '/sobjects/Lead/updated?start=yesterday&end=%00', 'INVALID_REPLICATION_DATE'),
  send('bulk query job bad body', 'POST', '/jobs/query', '[]', 'JSON_PARSER_ERROR'),
  send('bulk ingest unknown job', 'PUT', '/jobs/ingest/750000000000000AAA/batches', 'Name\nx', 'NOT_FOUND'),
  get('bulk query bad locator', '/jobs/query/750000000000000AAA/results?locator=%3Cscript%3E', 'NOT_FOUND'),
  get('describe layouts unknown record type', '/sobjects/Lead/describe/layouts/012nope'),
  {
    name: 'oauth refresh garbage',
    url: `${base}/services/oauth2/token`,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=%00&client_id=PlatformCLI',
    },
  },
  {
    name: 'authorize garbage',
    url: `${base}/services/oauth2/authorize?client_id=PlatformCLI&redirect_uri=%00`,
  },
  {
    name: 'metadata retrieve garbage',
    url: `${base}/services/Soap/m/62.0`,
    init: {
      method: 'POST',
      body: '<Envelope><Body><retrieve><request><unpackaged><types>x</types></unpackaged></request></retrieve></Body></Envelope>',
    },
  },
  {
    name: 'apex soap garbage',
    url: `${base}/services/Soap/s/62.0`,
    init: { method: 'POST', body: '<not xml' },
  },
  { name: 'soap garbage', url: `${base}/services/Soap/u/62.0`, init: { method: 'POST', body: '<not xml' } },
  {
    name: 'metadata garbage',
    url: `${base}/services/Soap/m/62.0`,
    init: { method: 'POST', body: '<Envelope><Body>' },
  },
  { name: 'frontdoor bad sid', url: `${base}/secur/frontdoor.jsp?sid=%ZZ&otp=` },
  { name: 'record page bad id', url: `${base}/lightning/r/Lead/%3Cb%3E/view` },
  { name: 'servlet.su garbage', url: `${base}/servlet/servlet.su?oid=x&suorgadminid=y` },
  { name: 'unknown UI path', url: `${base}/a/b/c/../../../etc/passwd` },
];

test('every malformed request gets a Salesforce-shaped answer, never a 500 stack', async () => {
  for (const sample of cases()) {
    const response = await emulator.app.request(sample.url, sample.init);
    const text = await response.text();
    expect(response.status, sample.name).not.toBeGreaterThanOrEqual(
      500 + (sample.url.includes('/Soap/') ? 1 : 0),
    );
    expect(text, sample.name).not.toMatch(/at .*\.ts:\d+|TypeError|ReferenceError/);
    if (sample.url.includes('/services/data/')) {
      expect(response.headers.get('content-type'), sample.name).toContain('application/json');
      const body = JSON.parse(text);
      if (response.status >= 400 && sample.treeErrors) {
        expect(body.hasErrors, sample.name).toBe(true);
      } else if (response.status >= 400) {
        expect(Array.isArray(body), sample.name).toBe(true);
        expect(body[0].errorCode, sample.name).toEqual(sample.errorCode ?? expect.any(String));
        expect(response.status, `${sample.name}: 401 is only for a bad session`).not.toBe(401);
      }
    }
  }
});

test('only a bad or ended session is 401 INVALID_SESSION_ID; API answers carry Sforce-Limit-Info', async () => {
  const bad = await emulator.app.request(api('/sobjects'), { headers: { Authorization: 'Bearer nope' } });
  expect(bad.status).toBe(401);
  expect(((await bad.json()) as { errorCode: string }[])[0].errorCode).toBe('INVALID_SESSION_ID');
  const good = await emulator.app.request(api('/sobjects'), { headers: auth() });
  expect(good.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/\d+$/);
});

import { createHash, createSign, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { inProcessEmulator } from './api-in-process-helpers';
import { API_VERSION, DEMO_PASSWORD, demoOrg, jwtDemoOrg, SDR } from './helpers';

// OAuth grants the Salesforce CLI, simple-salesforce and CI scripts use besides username-password:
// refresh_token (sfdx-auth-url logins), the web server flow with PKCE, client_credentials, JWT with exp as text.
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});
/** The refresh_token grant a client sends for new access tokens (client_secret only where it has one). */
const refreshGrant = (refresh_token: string, client_id: string, client_secret?: string) =>
  form({
    grant_type: 'refresh_token',
    refresh_token,
    client_id,
    ...(client_secret ? { client_secret } : {}),
  });
/** PlatformCLI's authorization_code grant: the web server flow with PKCE, no secret. */
const codeGrant = (code: string, redirect_uri: string, code_verifier: string) =>
  form({ grant_type: 'authorization_code', code, client_id: 'PlatformCLI', redirect_uri, code_verifier });
/** The cookies a response sets, as the Cookie header a browser sends back. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
/** Salesforce's answer to a refresh token that is revoked or not the client's. */
const EXPIRED_REFRESH_TOKEN = { error: 'invalid_grant', error_description: 'expired access/refresh token' };

test('password grant issues a refresh token; refresh_token gives new access tokens; revoking it ends them', async () => {
  const { request, tokenResponse, api, state } = inProcessEmulator();
  const first = await tokenResponse(SDR.username);
  expect(first.refresh_token).toMatch(/^5Aep861/);
  expect(first.scope).toContain('refresh_token');
  const { clientId, clientSecret } = state.definition.connectedApp;
  const refreshed = await request(
    '/services/oauth2/token',
    refreshGrant(first.refresh_token, clientId, clientSecret),
  );
  expect(refreshed.status).toBe(200);
  const second = (await refreshed.json()) as Record<string, string>;
  expect(second).toMatchObject({ token_type: 'Bearer', instance_url: 'http://127.0.0.1:1' });
  expect(second.refresh_token).toBeUndefined();
  expect(second.access_token).not.toBe(first.access_token);
  expect((await api(second.access_token, '/services/data/v62.0/sobjects')).status).toBe(200);

  expect((await request('/services/oauth2/revoke', form({ token: first.refresh_token }))).status).toBe(200);
  expect((await api(second.access_token, '/services/data/v62.0/sobjects')).status).toBe(401);
  expect((await api(first.access_token, '/services/data/v62.0/sobjects')).status).toBe(401);
  const again = await request('/services/oauth2/token', refreshGrant(first.refresh_token, clientId));
  expect(again.status).toBe(400);
  expect(await again.json()).toEqual(EXPIRED_REFRESH_TOKEN);
});

test('a refresh token works only for the client it was issued to; an unknown client is invalid_client_id', async () => {
  const { request, tokenResponse } = inProcessEmulator();
  const { refresh_token } = await tokenResponse(SDR.username);
  const otherClient = await request('/services/oauth2/token', refreshGrant(refresh_token, 'PlatformCLI'));
  expect(await otherClient.json()).toEqual(EXPIRED_REFRESH_TOKEN);
  const unknown = await request('/services/oauth2/token', refreshGrant(refresh_token, 'nope'));
  expect(await unknown.json()).toEqual({
    error: 'invalid_client_id',
    error_description: 'client identifier invalid',
  });
});

let emulator: RunningEmulator;
test.describe('through jsforce', () => {
  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  test.afterAll(async () => emulator?.stop());

  test('jsforce refreshes an expired access token by itself with the refresh token', async () => {
    const oauth2 = {
      loginUrl: emulator.url,
      clientId: emulator.oauth.clientId,
      clientSecret: emulator.oauth.clientSecret,
    };
    const login = new Connection({ loginUrl: emulator.url, version: API_VERSION, oauth2 });
    const { refresh_token: refreshToken } = await login.oauth2.authenticate(SDR.username, DEMO_PASSWORD);
    expect(refreshToken).toBeTruthy();
    const conn = new Connection({
      instanceUrl: emulator.url,
      version: API_VERSION,
      oauth2,
      accessToken: 'expired-token',
      refreshToken,
    });
    let refreshed = '';
    conn.on('refresh', (accessToken: string) => {
      refreshed = accessToken;
    });
    const result = await conn.query('SELECT Id FROM Lead LIMIT 1');
    expect(result.done).toBe(true);
    expect(refreshed).toBe(conn.accessToken);
    expect(emulator.issuedSecrets()).toContain(refreshed);
  });
});

test('web server flow: authorize signs in through the login page and returns a code; PKCE code for tokens', async () => {
  const { request, api } = inProcessEmulator();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = 'http://localhost:1717/OauthRedirect';
  const authorize = `/services/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: 'PlatformCLI',
    redirect_uri: redirectUri,
    state: 'xyz',
    code_challenge: challenge,
  })}`;
  const toLogin = await request(authorize);
  expect(toLogin.status).toBe(302);
  const loginUrl = new URL(toLogin.headers.get('location') ?? '', 'http://127.0.0.1:1');
  expect(loginUrl.pathname).toBe('/');
  const startURL = loginUrl.searchParams.get('startURL') ?? '';
  expect(startURL).toBe(authorize);

  const signedIn = await request('/', form({ username: SDR.username, pw: DEMO_PASSWORD, startURL }));
  expect(signedIn.headers.get('location')).toBe(authorize);
  const cookie = cookiesOf(signedIn);
  const back = await request(startURL, { headers: { cookie } });
  expect(back.status).toBe(302);
  const callback = new URL(back.headers.get('location') ?? '');
  expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
  expect(callback.searchParams.get('state')).toBe('xyz');
  const code = callback.searchParams.get('code') ?? '';

  const exchange = (codeVerifier: string) =>
    request('/services/oauth2/token', codeGrant(code, redirectUri, codeVerifier));
  const tokens = (await (await exchange(verifier)).json()) as Record<string, string>;
  expect(tokens.refresh_token).toMatch(/^5Aep861/);
  const me = await api(tokens.access_token, '/services/oauth2/userinfo');
  expect(((await me.json()) as { preferred_username: string }).preferred_username).toBe(SDR.username);
  // A code is good once.
  expect(await (await exchange(verifier)).json()).toEqual({
    error: 'invalid_grant',
    error_description: 'invalid authorization code',
  });
  // The sfdx-auth-url login: PlatformCLI's refresh token, no secret.
  const refreshed = await request(
    '/services/oauth2/token',
    refreshGrant(tokens.refresh_token, 'PlatformCLI'),
  );
  expect(refreshed.status).toBe(200);
});

test('web server flow errors: wrong PKCE verifier, foreign redirect URI, unknown client', async () => {
  const { request, token } = inProcessEmulator();
  const frontdoor = await request('/secur/frontdoor.jsp', form({ sid: await token(SDR.username) }));
  const cookie = cookiesOf(frontdoor);
  const redirectUri = 'http://127.0.0.1:8080/callback';
  const challenge = createHash('sha256').update('right').digest('base64url');
  const back = await request(
    `/services/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: 'PlatformCLI', redirect_uri: redirectUri, code_challenge: challenge })}`,
    { headers: { cookie } },
  );
  const code = new URL(back.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const wrong = await request('/services/oauth2/token', codeGrant(code, redirectUri, 'wrong'));
  expect(wrong.status).toBe(400);
  const foreign = await request(
    `/services/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: 'PlatformCLI', redirect_uri: 'https://evil.example/cb' })}`,
    { headers: { cookie } },
  );
  expect(foreign.status).toBe(400);
  expect(foreign.headers.get('location')).toBeNull();
  const unknown = await request(
    `/services/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: 'nope', redirect_uri: redirectUri })}`,
  );
  expect(await unknown.text()).toContain('invalid_client_id');
});

test('client_credentials: refused until the connected app has a Run As user, then a token for that user', async () => {
  const off = inProcessEmulator();
  const { clientId, clientSecret } = off.state.definition.connectedApp;
  const grant = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
  const refused = await off.request('/services/oauth2/token', form(grant));
  expect(await refused.json()).toEqual({
    error: 'invalid_grant',
    error_description: 'no client credentials user enabled',
  });

  const on = inProcessEmulator(demoOrg((org) => (org.connectedApp.runAs = SDR.username)));
  const answer = await on.request('/services/oauth2/token', form(grant));
  const body = (await answer.json()) as Record<string, string>;
  expect(body.refresh_token).toBeUndefined();
  const me = await on.api(body.access_token, '/services/oauth2/userinfo');
  expect(((await me.json()) as { preferred_username: string }).preferred_username).toBe(SDR.username);
  const badSecret = await on.request(
    '/services/oauth2/token',
    form({ ...grant, client_secret: 'wrong-secret' }),
  );
  expect(await badSecret.json()).toEqual({
    error: 'invalid_client',
    error_description: 'invalid client credentials',
  });
});

test('JWT bearer accepts exp as a numeric string (simple-salesforce) and still refuses an expired one', async () => {
  const { org, privateKey } = jwtDemoOrg();
  const { request, origin } = inProcessEmulator(org);
  const jwt = (exp: string) => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256' })}.${encode({ iss: org.connectedApp.clientId, sub: SDR.username, aud: origin, exp })}`;
    return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
  };
  const grant = (exp: string) =>
    request(
      '/services/oauth2/token',
      form({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt(exp) }),
    );
  const ok = await grant(String(Math.floor(Date.now() / 1000) + 300));
  expect(ok.status).toBe(200);
  const expired = await grant(String(Math.floor(Date.now() / 1000) - 300));
  expect(await expired.json()).toEqual({ error: 'invalid_grant', error_description: 'invalid assertion' });
  const text = await grant('soon');
  expect(text.status).toBe(400);
});

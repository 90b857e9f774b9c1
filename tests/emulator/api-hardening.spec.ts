import { expect, test } from '@playwright/test';
import { safeRelativeUrl } from '../../emulator/routes/ui-session';
import { inProcessEmulator, metadataEnvelope } from './api-in-process-helpers';
import { SDR } from './helpers';

// Redirect targets from query strings, and which sessions the API accepts.

/** The admin's browser session by frontdoor, then a Login-As into the SDR: both cookies. */
async function browserSessions() {
  const emulator = inProcessEmulator();
  const adminToken = await emulator.token();
  const frontdoor = await emulator.request('/secur/frontdoor.jsp', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sid: adminToken }),
  });
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
  const adminCookie = cookieOf(frontdoor);
  const sdr = emulator.state.userByUsername(SDR.username)?.id;
  const su = await emulator.request(`/servlet/servlet.su?oid=${emulator.state.orgId}&suorgadminid=${sdr}`, {
    headers: { cookie: adminCookie },
  });
  expect(su.status).toBe(302);
  const personaCookie = cookieOf(su);
  return { ...emulator, adminToken, adminCookie, personaSid: personaCookie.replace(/^sid=/, '') };
}

test('retURL / targetURL: tab, newline and backslash tricks never leave the site', () => {
  for (const url of [
    '/\t/evil.example',
    '/\n/evil.example',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    '/\r\nSet-Cookie: x=1',
  ]) {
    expect(safeRelativeUrl(url, '/home'), JSON.stringify(url)).toBe('/home');
  }
  expect(safeRelativeUrl('/lightning/r/Lead/00Q/view?x=1', '/home')).toBe('/lightning/r/Lead/00Q/view?x=1');
});

test('frontdoor and servlet.su answer a tab or newline in retURL / targetURL with a redirect home, not a 500', async () => {
  const { request, token, adminCookie, state } = await browserSessions();
  for (const retURL of [
    '/%09/evil.example',
    '/%0A/evil.example',
    '%2F%0D%0ALocation:%20https://evil.example',
  ]) {
    const response = await request(
      `/secur/frontdoor.jsp?sid=${encodeURIComponent(await token())}&retURL=${retURL}`,
    );
    expect(response.status, retURL).toBe(302);
    expect(response.headers.get('location'), retURL).toBe('/lightning/page/home');
  }
  const ae = state.userByUsername('ava.ae@acme-demo.example')?.id;
  const su = await request(
    `/servlet/servlet.su?oid=${state.orgId}&suorgadminid=${ae}&targetURL=/%09/evil.example`,
    {
      headers: { cookie: adminCookie },
    },
  );
  expect(su.status).toBe(302);
  expect(su.headers.get('location')).toBe('/lightning/page/home');
});

test('a Login-As session id is refused as a REST Bearer token and by singleaccess; the admin API token works', async () => {
  const { api, request, adminToken, personaSid } = await browserSessions();
  const refused = await api(personaSid, '/services/data/v62.0/query?q=SELECT+Id+FROM+Lead');
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual([
    {
      errorCode: 'INVALID_SESSION_ID',
      message: 'This session is not valid for use with the REST API',
      fields: [],
    },
  ]);
  const single = await request('/services/oauth2/singleaccess', {
    headers: { Authorization: `Bearer ${personaSid}` },
  });
  expect(single.status).toBe(401);
  expect((await api(adminToken, '/services/data/v62.0/query?q=SELECT+Id+FROM+Lead')).status).toBe(200);
  // The other APIs refuse it too: the Metadata API, identity and userinfo.
  const metadata = await request('/services/Soap/m/62.0', {
    method: 'POST',
    body: metadataEnvelope(personaSid, '<listMetadata><queries><type>Layout</type></queries></listMetadata>'),
  });
  expect(await metadata.text()).toContain('<faultcode>sf:INVALID_SESSION_ID</faultcode>');
  expect((await api(personaSid, '/services/oauth2/userinfo')).status).toBe(401);
});

test('singleaccess answers GET (sf org open --url-only) as it answers POST', async () => {
  const { request, token } = inProcessEmulator();
  const sid = await token();
  const response = await request(
    '/services/oauth2/singleaccess?redirect_uri=%2Flightning%2Fo%2FLead%2Fhome',
    {
      headers: { Authorization: `Bearer ${sid}` },
    },
  );
  expect(response.status).toBe(200);
  const { frontdoor_uri: url } = (await response.json()) as { frontdoor_uri: string };
  const frontdoor = new URL(url);
  expect(frontdoor.pathname).toBe('/secur/frontdoor.jsp');
  expect(frontdoor.searchParams.get('retURL')).toBe('/lightning/o/Lead/home');
  const opened = await request(`${frontdoor.pathname}${frontdoor.search}`);
  expect(opened.status).toBe(302);
  expect(opened.headers.get('location')).toBe('/lightning/o/Lead/home');
});

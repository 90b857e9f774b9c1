import { createEmulatorApp } from '../../emulator';
import { DEMO_PASSWORD, demoOrg } from './helpers';

/** The demo org's Hono app answering in-process requests, and an OAuth token for a demo user. */
export function inProcessEmulator(org = demoOrg(), origin = 'http://127.0.0.1:1') {
  const { app, state } = createEmulatorApp(org);
  const request = (path: string, init?: RequestInit) => app.request(`${origin}${path}`, init);
  const tokenResponse = async (username = 'admin@acme-demo.example', password = DEMO_PASSWORD) => {
    const response = await request('/services/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username,
        password,
        client_id: state.definition.connectedApp.clientId,
        client_secret: state.definition.connectedApp.clientSecret,
      }),
    });
    return (await response.json()) as Record<string, string>;
  };
  const token = async (username?: string, password?: string) =>
    (await tokenResponse(username, password)).access_token;
  /** A REST call with a Bearer token, JSON body when given. */
  const api = async (token: string, path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('Authorization', `Bearer ${token}`);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    return request(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  };
  return { app, state, origin, request, token, tokenResponse, api };
}

/** REST calls under `base` as one of several signed-in users, answering status and parsed JSON. */
export function restCaller<Who extends string>(
  emulator: ReturnType<typeof inProcessEmulator>,
  tokens: Record<Who, string>,
  base = '/services/data/v62.0',
) {
  return async (who: Who, path: string, init: RequestInit & { json?: unknown } = {}) => {
    const response = await emulator.api(tokens[who], `${base}${path}`, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

/** A Metadata API SOAP call body with the session header. */
export function metadataEnvelope(sessionId: string, operationXml: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns="http://soap.sforce.com/2006/04/metadata"><soapenv:Header><SessionHeader><sessionId>' +
    `${sessionId}</sessionId></SessionHeader></soapenv:Header><soapenv:Body>${operationXml}</soapenv:Body></soapenv:Envelope>`
  );
}

import type { Hono } from 'hono';
import { hasPermission } from '../model/access';
import { openSession, recordInvalidPassword, recordLogin } from '../model/audit';
import { loginRefusal } from '../model/login-restrictions';
import type { OrgState, OrgUser } from '../model/org-state';
import { type OAuthGrants, tokenAnswer } from './oauth-grants';
import { currentUiSession } from './ui-session';

/**
 * The token endpoint's grants besides JWT bearer: password, authorization_code (the web server flow, with
 * PKCE), refresh_token and client_credentials, and the /authorize page of the web server flow, which signs
 * in through the emulator's own login page. Error texts: Salesforce Help, "OAuth 2.0 ... Flow" pages and the
 * answers public clients handle (omniphx/forrest#278, simple-salesforce's SalesforceAuthenticationFailed).
 */

type OAuthError = { error: string; error_description: string };
const fail = (error: string, description: string, status = 400) =>
  Response.json({ error, error_description: description } satisfies OAuthError, { status });

/**
 * Salesforce's CLI connected app (client id PlatformCLI, no secret, callback http://localhost:1717/OauthRedirect)
 * exists in every org; `sf org login web` and sfdx-auth-urls use it.
 */
const PLATFORM_CLI = 'PlatformCLI';

type Client = { clientId: string; confidential: boolean };

function clientOf(state: OrgState, clientId: string | null): Client | undefined {
  if (clientId === PLATFORM_CLI) return { clientId, confidential: false };
  if (clientId === state.definition.connectedApp.clientId) return { clientId, confidential: true };
  return undefined;
}

/** A secret, when sent, must be the app's; a confidential app needs it unless PKCE proves the caller. */
function secretRefused(state: OrgState, client: Client, secret: string | null, required: boolean): boolean {
  if (!client.confidential) return false;
  if (secret === null) return required;
  return secret !== state.definition.connectedApp.clientSecret;
}

function apiUserRefusal(state: OrgState, user: OrgUser | undefined): OAuthError | undefined {
  if (!user?.active || !hasPermission(user, 'ApiEnabled')) {
    return { error: 'invalid_grant', error_description: 'authentication failure' };
  }
  const refusal = loginRefusal(state, user);
  return refusal ? { error: 'invalid_grant', error_description: refusal.oauthDescription } : undefined;
}

function newApiSession(state: OrgState, user: OrgUser, origin: string) {
  const session = openSession(state, user, 'Oauth2', { loginType: 'Remote Access 2.0' });
  recordLogin(state, {
    user,
    loginType: 'Remote Access 2.0',
    status: 'Success',
    loginUrl: origin,
    application: state.definition.connectedApp.name,
  });
  return session;
}

/**
 * Username-password flow. Real Salesforce issues no refresh token with it; the emulator does, so that a CI
 * script can build an sfdx-auth-url (`force://{clientId}:{secret}:{refreshToken}@{instance}`) without a browser.
 */
export function passwordToken(state: OrgState, grants: OAuthGrants, form: URLSearchParams, origin: string) {
  const app = state.definition.connectedApp;
  if (form.get('client_id') !== app.clientId) return fail('invalid_client_id', 'client identifier invalid');
  if (form.get('client_secret') !== app.clientSecret)
    return fail('invalid_client', 'invalid client credentials');
  const username = form.get('username') ?? '';
  const user = state.authenticate(username, form.get('password') ?? '');
  // Unconfirmed: a user without API Enabled is refused here with the generic authentication failure.
  if (!user?.active || !hasPermission(user, 'ApiEnabled')) {
    recordInvalidPassword(state, username, 'Remote Access 2.0', origin);
    return fail('invalid_grant', 'authentication failure');
  }
  const refusal = loginRefusal(state, user);
  if (refusal) {
    recordLogin(state, { user, loginType: 'Remote Access 2.0', status: refusal.status, loginUrl: origin });
    return fail('invalid_grant', refusal.oauthDescription);
  }
  const session = newApiSession(state, user, origin);
  const refreshToken = grants.issueRefreshToken(user, app.clientId, session);
  return Response.json(tokenAnswer(state, origin, user, session, { refreshToken }));
}

/** Web server flow, step two: the code from /authorize for tokens (a refresh token included). */
export function authorizationCodeToken(
  state: OrgState,
  grants: OAuthGrants,
  form: URLSearchParams,
  origin: string,
) {
  const client = clientOf(state, form.get('client_id'));
  if (!client) return fail('invalid_client_id', 'client identifier invalid');
  const verifier = form.get('code_verifier') ?? undefined;
  if (secretRefused(state, client, form.get('client_secret'), verifier === undefined)) {
    return fail('invalid_client', 'invalid client credentials');
  }
  const code = grants.redeemCode(
    form.get('code') ?? '',
    client.clientId,
    form.get('redirect_uri') ?? '',
    verifier,
  );
  if (!code) return fail('invalid_grant', 'invalid authorization code');
  const user = state.user(code.userId);
  const refusal = apiUserRefusal(state, user);
  if (refusal || !user) return Response.json(refusal, { status: 400 });
  const session = newApiSession(state, user, origin);
  const refreshToken = grants.issueRefreshToken(user, client.clientId, session);
  return Response.json(tokenAnswer(state, origin, user, session, { refreshToken }));
}

/** Refresh token flow: a new access token for the token's user; the refresh token stays the same. */
export function refreshToken(state: OrgState, grants: OAuthGrants, form: URLSearchParams, origin: string) {
  const client = clientOf(state, form.get('client_id'));
  if (!client) return fail('invalid_client_id', 'client identifier invalid');
  // Unconfirmed: "Require Secret for Refresh Token Flow" is treated as off; a wrong secret is still refused.
  if (secretRefused(state, client, form.get('client_secret'), false)) {
    return fail('invalid_client', 'invalid client credentials');
  }
  const grant = grants.refreshGrant(form.get('refresh_token') ?? '', client.clientId);
  if (!grant) return fail('invalid_grant', 'expired access/refresh token');
  const user = state.user(grant.userId);
  const refusal = apiUserRefusal(state, user);
  if (refusal || !user) return Response.json(refusal, { status: 400 });
  const session = newApiSession(state, user, origin);
  grant.sessionIds.add(session.id);
  return Response.json(tokenAnswer(state, origin, user, session));
}

/** Client credentials flow: the connected app's secret for a token of its "Run As" user. */
export function clientCredentialsToken(state: OrgState, form: URLSearchParams, origin: string) {
  const app = state.definition.connectedApp;
  if (form.get('client_id') !== app.clientId) return fail('invalid_client_id', 'client identifier invalid');
  if (form.get('client_secret') !== app.clientSecret)
    return fail('invalid_client', 'invalid client credentials');
  if (!app.runAs) return fail('invalid_grant', 'no client credentials user enabled');
  const user = state.userByUsername(app.runAs);
  const refusal = apiUserRefusal(state, user);
  if (refusal || !user) return Response.json(refusal, { status: 400 });
  return Response.json(tokenAnswer(state, origin, user, newApiSession(state, user, origin)));
}

/**
 * The connected app has no callback URL in the org definition: loopback redirect URIs (local tools, the
 * CLI's http://localhost:1717/OauthRedirect) and this origin are accepted.
 */
function redirectAllowed(redirectUri: string, origin: string): boolean {
  try {
    const url = new URL(redirectUri);
    return (
      url.origin === origin ||
      (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    );
  } catch {
    return false;
  }
}

/**
 * GET /services/oauth2/authorize (web server flow, step one): without a browser session the login page,
 * which comes back here; then a code on the redirect URI. Approval is implied, as for an app whose
 * policy is "Admin approved users are pre-authorized" (unconfirmed: no "Allow Access" page is shown).
 */
export function addAuthorizeRoute(app: Hono, state: OrgState, grants: OAuthGrants): void {
  app.get('/authorize', (c) => {
    const query = new URL(c.req.url).searchParams;
    const origin = new URL(c.req.url).origin;
    const client = clientOf(state, query.get('client_id'));
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!client)
      return c.text('error=invalid_client_id&error_description=client%20identifier%20invalid', 400);
    if (!redirectAllowed(redirectUri, origin)) {
      return c.text(
        'error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration',
        400,
      );
    }
    const back = (params: Record<string, string>) => {
      const url = new URL(redirectUri);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      const stateParam = query.get('state');
      if (stateParam !== null) url.searchParams.set('state', stateParam);
      return c.redirect(url.toString(), 302);
    };
    if (query.get('response_type') !== 'code') {
      return back({ error: 'unsupported_response_type', error_description: 'response type not supported' });
    }
    const challengeMethod = query.get('code_challenge_method') ?? 'S256';
    if (query.get('code_challenge') && challengeMethod !== 'S256') {
      return back({ error: 'invalid_request', error_description: 'invalid code_challenge_method' });
    }
    // A Login-As (SubstituteUser) session does not authorize apps: sign in as oneself first.
    const ui = currentUiSession(state, c);
    const browser = ui?.session.type === 'UI' ? ui : undefined;
    if (!browser || query.get('prompt') === 'login') {
      const self = new URL(c.req.url);
      self.searchParams.delete('prompt');
      return c.redirect(`/?startURL=${encodeURIComponent(self.pathname + self.search)}`, 302);
    }
    if (!hasPermission(browser.user, 'ApiEnabled')) {
      return back({ error: 'access_denied', error_description: 'end-user denied authorization' });
    }
    return back({
      code: grants.issueCode(
        browser.user,
        client.clientId,
        redirectUri,
        query.get('code_challenge') ?? undefined,
      ),
    });
  });
}

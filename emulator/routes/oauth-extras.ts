import { createPublicKey, createVerify, type KeyObject, randomBytes, X509Certificate } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { apiSession } from '../api/session-auth';
import { hasPermission } from '../model/access';
import { openSession, recordLogin } from '../model/audit';
import { loginRefusal } from '../model/login-restrictions';
import type { OrgState, OrgUser } from '../model/org-state';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

interface OAuthError {
  error: string;
  error_description: string;
}

type JwtOutcome = { user: OrgUser } | { failure: OAuthError; user?: OrgUser };

// OAuth error texts as Salesforce answers them (omniphx/forrest#278, Talend/components#1423,
// frankkessler/salesforce-laravel-oauth2-rest#68); expiry reusing "invalid assertion" is unconfirmed.
const invalidAssertion: OAuthError = { error: 'invalid_grant', error_description: 'invalid assertion' };

/**
 * The JWT bearer flow: an RS256 assertion signed with the connected app's key,
 * iss = client id, sub = username, aud = the login URL (or the generic login host), exp in the future.
 */
export function verifyJwtAssertion(state: OrgState, assertion: string, origin: string): JwtOutcome {
  const app = state.definition.connectedApp;
  const parts = assertion.split('.');
  if (parts.length !== 3) return { failure: invalidAssertion };
  const header = decodeJson(parts[0]);
  const claims = decodeJson(parts[1]);
  if (!header || !claims || header.alg !== 'RS256') return { failure: invalidAssertion };
  if (claims.iss !== app.clientId) {
    return { failure: { error: 'invalid_client_id', error_description: 'client identifier invalid' } };
  }
  const key = publicKeyOf(app.certificate);
  if (!key || !signatureValid(parts, key)) return { failure: invalidAssertion };
  // Valid audiences: the My Domain login URL (here the emulator's origin), or the generic login host of the
  // org's kind: test.salesforce.com for sandboxes, login.salesforce.com for production.
  const generic = state.definition.org.isSandbox
    ? 'https://test.salesforce.com'
    : 'https://login.salesforce.com';
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const valid = (aud: unknown) =>
    typeof aud === 'string' && [origin, generic].includes(aud.replace(/\/$/, ''));
  if (!audiences.some(valid)) {
    return { failure: { error: 'invalid_grant', error_description: 'audience is invalid' } };
  }
  // simple-salesforce sends exp as a numeric string, which Salesforce accepts.
  const exp = typeof claims.exp === 'string' && /^\d+$/.test(claims.exp) ? Number(claims.exp) : claims.exp;
  if (typeof exp !== 'number' || exp * 1000 < Date.now()) return { failure: invalidAssertion };
  const user = typeof claims.sub === 'string' ? state.userByUsername(claims.sub) : undefined;
  if (!user?.active || !hasPermission(user, 'ApiEnabled')) {
    return {
      failure: { error: 'invalid_grant', error_description: "user hasn't approved this consumer" },
      user,
    };
  }
  const refusal = loginRefusal(state, user);
  if (refusal)
    return { failure: { error: 'invalid_grant', error_description: refusal.oauthDescription }, user };
  return { user };
}

/** Token endpoint answer for grant_type jwt-bearer (no refresh token, as Salesforce). */
export function jwtBearerToken(state: OrgState, assertion: string, origin: string): Response {
  const outcome = verifyJwtAssertion(state, assertion, origin);
  if ('failure' in outcome) {
    if (outcome.user)
      recordLogin(state, {
        user: outcome.user,
        loginType: 'Remote Access 2.0',
        status: 'Failed',
        loginUrl: origin,
      });
    return Response.json(outcome.failure, { status: 400 });
  }
  const session = openSession(state, outcome.user, 'Oauth2', { loginType: 'Remote Access 2.0' });
  recordLogin(state, {
    user: outcome.user,
    loginType: 'Remote Access 2.0',
    status: 'Success',
    loginUrl: origin,
    application: state.definition.connectedApp.name,
  });
  return Response.json({
    access_token: session.id,
    scope: 'api web full',
    instance_url: origin,
    id: `${origin}/id/${state.orgId}/${outcome.user.id}`,
    token_type: 'Bearer',
  });
}

/** The session behind a single-use `otp`, forgotten once redeemed. */
export function redeemFrontdoorOtp(state: OrgState, otp: string | undefined): string | undefined {
  if (!otp) return undefined;
  const sid = state.frontdoorTokens.get(otp);
  state.frontdoorTokens.delete(otp);
  return sid;
}

/** singleaccess (UI Bridge API) and userinfo, mounted on /services/oauth2. */
export function addOAuthExtras(app: Hono, state: OrgState): void {
  // GET as `sf org open --url-only` asks it, POST as the UI Bridge API documents it.
  app.on(['GET', 'POST'], '/singleaccess', async (c) => {
    const live = apiSession(state, bearer(c));
    if (!live) {
      return c.json({ error: 'invalid_token', error_description: 'Access token is invalid' }, 401);
    }
    const isForm = (c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded');
    const form = new URLSearchParams(
      c.req.method === 'GET' ? new URL(c.req.url).search : isForm ? await c.req.text().catch(() => '') : '',
    );
    const otp = randomBytes(24).toString('base64url');
    state.frontdoorTokens.set(otp, live.session.id);
    const url = new URL('/secur/frontdoor.jsp', new URL(c.req.url).origin);
    url.searchParams.set('otp', otp);
    const redirect = form.get('redirect_uri');
    if (redirect) url.searchParams.set('retURL', redirect);
    return c.json({ frontdoor_uri: url.toString() });
  });

  app.on(['GET', 'POST'], '/userinfo', (c) => {
    const live = apiSession(state, bearer(c));
    // Unconfirmed: userinfo answers a bad token with 403 Bad_OAuth_Token text; we keep jsforce's 401 path.
    if (!live) return c.text('Bad_OAuth_Token', 401);
    const origin = new URL(c.req.url).origin;
    const { user } = live;
    return c.json({
      sub: `${origin}/id/${state.orgId}/${user.id}`,
      user_id: user.id,
      organization_id: state.orgId,
      preferred_username: user.username,
      name: user.name,
      email: user.email,
      email_verified: true,
      active: user.active,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      zoneinfo: 'America/Los_Angeles',
      is_app_installed: true,
    });
  });
}

function bearer(c: Context): string | undefined {
  return /^(?:Bearer|OAuth)\s+(\S+)$/i.exec((c.req.header('authorization') ?? '').trim())?.[1];
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function publicKeyOf(pem: string | undefined): KeyObject | undefined {
  if (!pem) return undefined;
  try {
    return pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
  } catch {
    return undefined;
  }
}

function signatureValid(parts: string[], key: KeyObject): boolean {
  try {
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${parts[0]}.${parts[1]}`);
    return verifier.verify(key, Buffer.from(parts[2], 'base64url'));
  } catch {
    return false;
  }
}

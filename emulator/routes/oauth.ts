import { createHmac } from 'node:crypto';
import { Hono } from 'hono';
import { hasPermission } from '../model/access';
import { openSession, recordLogin } from '../model/audit';
import { loginRefusal } from '../model/login-restrictions';
import type { OrgState } from '../model/org-state';
import { addOAuthExtras, JWT_BEARER_GRANT, jwtBearerToken } from './oauth-extras';

/** /services/oauth2: the username-password token flow and revoke. */
export function oauthRoutes(state: OrgState): Hono {
  const app = new Hono();
  const app_ = state.definition.connectedApp;

  app.post('/token', async (c) => {
    const form = await formOf(c.req.raw);
    const grantType = form.get('grant_type');
    if (grantType === JWT_BEARER_GRANT) {
      return jwtBearerToken(state, form.get('assertion') ?? '', new URL(c.req.url).origin);
    }
    if (grantType !== 'password') {
      return c.json({ error: 'unsupported_grant_type', error_description: 'grant type not supported' }, 400);
    }
    if (form.get('client_id') !== app_.clientId) {
      return c.json({ error: 'invalid_client_id', error_description: 'client identifier invalid' }, 400);
    }
    if (form.get('client_secret') !== app_.clientSecret) {
      return c.json({ error: 'invalid_client', error_description: 'invalid client credentials' }, 400);
    }
    const username = form.get('username') ?? '';
    const user = state.authenticate(username, form.get('password') ?? '');
    const origin = new URL(c.req.url).origin;
    // Unconfirmed: a user without API Enabled is refused here with the generic authentication failure.
    if (!user?.active || !hasPermission(user, 'ApiEnabled')) {
      const known = state.userByUsername(username);
      if (known)
        recordLogin(state, {
          user: known,
          loginType: 'Remote Access 2.0',
          status: 'Invalid Password',
          loginUrl: origin,
        });
      return c.json({ error: 'invalid_grant', error_description: 'authentication failure' }, 400);
    }
    const refusal = loginRefusal(state, user);
    if (refusal) {
      recordLogin(state, { user, loginType: 'Remote Access 2.0', status: refusal.status, loginUrl: origin });
      return c.json({ error: 'invalid_grant', error_description: refusal.oauthDescription }, 400);
    }
    const session = openSession(state, user, 'Oauth2', { loginType: 'Remote Access 2.0' });
    recordLogin(state, {
      user,
      loginType: 'Remote Access 2.0',
      status: 'Success',
      loginUrl: origin,
      application: app_.name,
    });
    const id = `${origin}/id/${state.orgId}/${user.id}`;
    const issuedAt = String(Date.now());
    return c.json({
      access_token: session.id,
      instance_url: origin,
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
      signature: createHmac('sha256', app_.clientSecret)
        .update(id + issuedAt)
        .digest('base64'),
      scope: 'api web full',
    });
  });

  const revoke = async (token: string | undefined) => {
    state.sessions.end(token);
  };
  app.post('/revoke', async (c) => {
    await revoke((await formOf(c.req.raw)).get('token') ?? c.req.query('token'));
    return c.body(null, 200);
  });
  app.get('/revoke', async (c) => {
    await revoke(c.req.query('token'));
    return c.body(null, 200);
  });

  addOAuthExtras(app, state);
  app.all('*', (c) => c.json({ error: 'not_found', error_description: 'unknown OAuth endpoint' }, 404));
  return app;
}

async function formOf(request: Request): Promise<URLSearchParams> {
  try {
    return new URLSearchParams(await request.text());
  } catch {
    return new URLSearchParams();
  }
}

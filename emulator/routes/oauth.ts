import { createHmac } from 'node:crypto';
import { Hono } from 'hono';
import { hasPermission } from '../model/access';
import { openSession, recordLogin } from '../model/audit';
import { loginRefusal } from '../model/login-restrictions';
import type { OrgState } from '../model/org-state';
import { formOf } from './form-body';
import { addOAuthExtras, JWT_BEARER_GRANT, jwtBearerToken } from './oauth-extras';

/** /services/oauth2: the username-password token flow and revoke. */
export function oauthRoutes(state: OrgState): Hono {
  const app = new Hono();
  const app_ = state.definition.connectedApp;

  const grants = new OAuthGrants(state);

  app.post('/token', async (c) => {
    const form = await formOf(c.req.raw);
    const grantType = form.get('grant_type');
    const origin = new URL(c.req.url).origin;
    switch (grantType) {
      case JWT_BEARER_GRANT:
        return jwtBearerToken(state, form.get('assertion') ?? '', origin);
      case 'password':
        return passwordToken(state, grants, form, origin);
      case 'authorization_code':
        return authorizationCodeToken(state, grants, form, origin);
      case 'refresh_token':
        return refreshToken(state, grants, form, origin);
      case 'client_credentials':
        return clientCredentialsToken(state, form, origin);
      default:
        return c.json({ error: 'unsupported_grant_type', error_description: 'grant type not supported' }, 400);
    }
  });

  // Revoking a refresh token also ends the access tokens issued from it; an access token ends alone.
  const revoke = async (token: string | undefined) => {
    if (token && grants.revokeRefreshToken(token)) return;
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

  addAuthorizeRoute(app, state, grants);
  addOAuthExtras(app, state);
  app.all('*', (c) => c.json({ error: 'not_found', error_description: 'unknown OAuth endpoint' }, 404));
  return app;
}

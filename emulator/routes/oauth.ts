import { Hono } from 'hono';
import type { OrgState } from '../model/org-state';
import { formOf } from './form-body';
import { addOAuthExtras, JWT_BEARER_GRANT, jwtBearerToken } from './oauth-extras';
import { OAuthGrants } from './oauth-grants';
import {
  addAuthorizeRoute,
  authorizationCodeToken,
  clientCredentialsToken,
  passwordToken,
  refreshToken,
} from './oauth-token-grants';

/** /services/oauth2: the token endpoint (every grant), authorize, revoke, and the extras (oauth-extras.ts). */
export function oauthRoutes(state: OrgState): Hono {
  const app = new Hono();
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
        return c.json(
          { error: 'unsupported_grant_type', error_description: 'grant type not supported' },
          400,
        );
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

import { Hono } from 'hono';
import { apiSession, bearerToken } from '../api/session-auth';
import { to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';

/** The identity URL /id/{orgId}/{userId} that jsforce's identity() calls. */
export function identityRoutes(state: OrgState): Hono {
  const app = new Hono();
  app.get('/:orgId/:userId', (c) => {
    const live = apiSession(state, bearerToken(c));
    if (!live) return c.text('Bad_OAuth_Token', 403);
    const { user } = live;
    if (to18(c.req.param('orgId')) !== state.orgId || to18(c.req.param('userId')) !== user.id) {
      return c.text('Bad_Id', 403);
    }
    const origin = new URL(c.req.url).origin;
    const version = state.definition.org.apiVersions.max;
    const urls = Object.fromEntries(
      ['enterprise', 'metadata', 'partner'].map((kind) => [
        kind,
        `${origin}/services/Soap/${kind.charAt(0)}/${version}/${state.orgId}`,
      ]),
    );
    return c.json({
      id: `${origin}/id/${state.orgId}/${user.id}`,
      asserted_user: true,
      user_id: user.id,
      organization_id: state.orgId,
      username: user.username,
      nick_name: user.username.split('@')[0],
      display_name: user.name,
      email: user.email,
      email_verified: true,
      first_name: user.firstName,
      last_name: user.lastName,
      timezone: 'GMT',
      photos: { picture: `${origin}/profilephoto/005/F`, thumbnail: `${origin}/profilephoto/005/T` },
      addr_street: null,
      addr_city: null,
      addr_state: null,
      addr_country: null,
      addr_zip: null,
      mobile_phone: null,
      mobile_phone_verified: false,
      is_lightning_login_user: false,
      status: { created_date: null, body: null },
      urls: {
        ...urls,
        rest: `${origin}/services/data/v{version}/`,
        sobjects: `${origin}/services/data/v{version}/sobjects/`,
        search: `${origin}/services/data/v{version}/search/`,
        query: `${origin}/services/data/v{version}/query/`,
        profile: `${origin}/${user.id}`,
      },
      active: user.active,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      utcOffset: 0,
      last_modified_date: new Date().toISOString().replace('Z', '+0000'),
      is_app_installed: true,
    });
  });
  return app;
}

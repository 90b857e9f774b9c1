import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { LOGIN_ERROR, loginPage } from '../html/login-page';
import {
  liveSession,
  openSession,
  recordInvalidPassword,
  recordLogin,
  recordSetupAudit,
} from '../model/audit';
import { loginRefusal } from '../model/login-restrictions';
import type { OrgState } from '../model/org-state';
import { formOf } from './form-body';
import { redeemFrontdoorOtp } from './oauth-extras';
import {
  clearSessionCookie,
  currentUiSession,
  HOME_PATH,
  SESSION_COOKIE,
  safeRelativeUrl,
  setSessionCookie,
} from './ui-session';

/** The login page, frontdoor.jsp (API session → browser session) and logout.jsp (incl. ending Login-As). */
export function loginRoutes(state: OrgState): Hono {
  const app = new Hono();
  const orgName = state.definition.org.name;

  app.get('/', (c) => {
    if (currentUiSession(state, c)) return c.redirect(HOME_PATH, 302);
    return c.html(loginPage({ orgName, startURL: c.req.query('startURL') }));
  });

  app.post('/', async (c) => {
    const form = await formOf(c.req.raw);
    const username = form.get('username') ?? '';
    const startURL = form.get('startURL') ?? undefined;
    const user = state.authenticate(username, form.get('pw') ?? '');
    const origin = new URL(c.req.url).origin;
    if (!user?.active) {
      recordInvalidPassword(state, username, 'Application', origin);
      return c.html(loginPage({ orgName, username, startURL, error: LOGIN_ERROR }), 200);
    }
    // Frozen user, profile login IP ranges or login hours (model/login-restrictions.ts).
    const refusal = loginRefusal(state, user);
    if (refusal) {
      recordLogin(state, { user, loginType: 'Application', status: refusal.status, loginUrl: origin });
      return c.html(loginPage({ orgName, username, startURL, error: RESTRICTED_LOGIN_ERROR }), 200);
    }
    const session = openSession(state, user, 'UI', { loginType: 'Application' });
    recordLogin(state, { user, loginType: 'Application', status: 'Success', loginUrl: origin });
    setSessionCookie(c, session);
    return c.redirect(safeRelativeUrl(startURL, HOME_PATH), 302);
  });

  // Salesforce recommends POSTing sid so it stays out of URLs, logs and traces; GET still works.
  const frontdoor = (sid: string | undefined, retURL: string | undefined, c: Context) => {
    const api = liveSession(state, sid);
    if (!api) return c.html(loginPage({ orgName }), 200);
    const session = openSession(state, api.user, 'UI', { loginType: 'Application', parent: api.session });
    setSessionCookie(c, session);
    return c.redirect(safeRelativeUrl(retURL, HOME_PATH), 302);
  };
  // UI Bridge API: a single-use `otp` from /services/oauth2/singleaccess stands for the session (routes/oauth-extras.ts).
  app.get('/secur/frontdoor.jsp', (c) =>
    frontdoor(c.req.query('sid') ?? redeemFrontdoorOtp(state, c.req.query('otp')), c.req.query('retURL'), c),
  );
  app.post('/secur/frontdoor.jsp', async (c) => {
    const form = await formOf(c.req.raw);
    return frontdoor(form.get('sid') ?? c.req.query('sid'), form.get('retURL') ?? c.req.query('retURL'), c);
  });

  const logout = (c: Context) => {
    const session = state.sessions.end(getCookie(c, SESSION_COOKIE));
    const loginAs = session?.loginAs;
    if (!session || !loginAs) {
      clearSessionCookie(c);
      return c.redirect('/', 302);
    }
    const admin = state.user(loginAs.adminUserId);
    const target = state.user(session.userId);
    if (admin && target) {
      recordSetupAudit(state, {
        action: loginAs.throughGrantedAccess ? 'suLogout' : 'suOrgAdminLogout',
        section: 'Manage Users',
        display: `Logged out using Login-As access for ${target.name}`,
        createdBy: admin,
      });
    }
    // Session setting "Force relogin after Login-As-User": the admin's own session ends too.
    if (state.sessionSettings.forceReloginAfterLoginAs) {
      state.sessions.end(loginAs.adminSessionId);
      clearSessionCookie(c);
      return c.redirect('/', 302);
    }
    const adminSession = liveSession(state, loginAs.adminSessionId);
    if (!adminSession) {
      clearSessionCookie(c);
      return c.redirect('/', 302);
    }
    setSessionCookie(c, adminSession.session);
    return c.redirect(safeRelativeUrl(loginAs.retURL, HOME_PATH), 302);
  };
  app.get('/secur/logout.jsp', logout);
  app.post('/secur/logout.jsp', logout);
  return app;
}

// Salesforce's login page text when the location or time of a login is restricted (also used for frozen users).
const RESTRICTED_LOGIN_ERROR =
  'Your login attempt has failed. The username or password may be incorrect, or your location or login time may ' +
  'be restricted. Please contact the administrator at your company for help.';

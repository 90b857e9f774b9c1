import { Hono } from 'hono';
import { userDetailPath } from '../html/classic-user-pages';
import { insufficientPrivilegesPage, unableToAccessPage } from '../html/error-pages';
import { openSession, recordLogin, recordSetupAudit } from '../model/audit';
import { recordLoginAsEvent } from '../model/event-log-objects';
import { KEY_PREFIXES, to18 } from '../model/ids';
import { loginAsDecision } from '../model/login-as-decision';
import type { OrgState } from '../model/org-state';
import { HOME_PATH, safeRelativeUrl, setSessionCookie, uiSession } from './ui-session';

/**
 * /servlet/servlet.su: the Login-As action itself. It checks the rules again (the button proves nothing),
 * starts a SubstituteUser session that remembers the admin's, and records it in SetupAuditTrail.
 */
export function servletSuRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);
  app.get('/servlet/servlet.su', signedIn, (c) => {
    const { ui: viewer } = c.var;
    const rawTarget = c.req.query('suorgadminid') ?? '';
    const targetId = to18(rawTarget);
    if (!targetId?.startsWith(KEY_PREFIXES.User)) return c.html(unableToAccessPage('suorgadminid'), 200);
    const oid = c.req.query('oid');
    const target = state.user(targetId);
    const decision = target ? loginAsDecision(state, viewer.user, target) : { allowed: false };
    const wrongOrg = oid !== undefined && to18(oid) !== state.orgId;
    // Logging in as someone else from inside a Login-As session is refused.
    if (!target || !decision.allowed || wrongOrg || viewer.session.loginAs) {
      return c.html(insufficientPrivilegesPage(), 200);
    }
    const throughGrantedAccess = 'via' in decision && decision.via === 'granted access';
    const session = openSession(state, target, 'SubstituteUser', {
      loginType: 'Application',
      parent: viewer.session,
      loginAs: {
        adminUserId: viewer.user.id,
        adminSessionId: viewer.session.id,
        retURL: safeRelativeUrl(c.req.query('retURL'), userDetailPath(target.id)),
        ...(throughGrantedAccess ? { throughGrantedAccess } : {}),
      },
    });
    recordSetupAudit(state, {
      // docs/salesforce-facts.md#who-logged-in-as-whom: the action of a Login-As through granted access is unconfirmed.
      action: throughGrantedAccess ? 'suloginaccessused' : 'suOrgAdminLogin',
      section: 'Manage Users',
      display: `Logged in using Login-As access for ${target.name}`,
      createdBy: viewer.user,
    });
    recordLoginAsEvent(state, viewer.user, target, session);
    recordLogin(state, {
      user: target,
      loginType: 'Application',
      status: 'Success',
      loginUrl: new URL(c.req.url).origin,
    });
    setSessionCookie(c, session);
    return c.redirect(safeRelativeUrl(c.req.query('targetURL'), HOME_PATH), 302);
  });
  return app;
}

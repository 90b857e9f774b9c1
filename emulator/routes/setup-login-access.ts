import { Hono } from 'hono';
import { alohaFrame } from '../html/classic-user-pages';
import { lightningPage } from '../html/lightning-shell';
import * as accessPages from '../html/setup-access-pages';
import { hasPermission } from '../model/access';
import { recordSetupAudit } from '../model/audit';
import { loginAccessGrantedUntil } from '../model/login-as-decision';
import type { OrgState, OrgUser } from '../model/org-state';
import { formOf } from './form-body';
import { lightningRefusal, type UiSession, uiSession } from './ui-session';

/**
 * Setup pages around Login-As: Login Access Policies, Session Settings (org security settings: View
 * Setup and Modify All Data; unconfirmed, real orgs ask for Customize Application) and the user's own Grant
 * Account Login Access. Lightning wraps each classic page in force-aloha-page; saving changes OrgState at once
 * and writes a SetupAuditTrail row (Display texts beyond the policy toggle are unconfirmed).
 */
export function setupLoginAccessRoutes(state: OrgState): Hono {
  const app = new Hono();
  const edition = state.definition.org.edition;
  const mayChangeSecurity = (user: OrgUser) =>
    hasPermission(user, 'ViewSetup') && hasPermission(user, 'ModifyAllData');
  const mayGrant = () => state.security.canUsersGrantLoginAccess;

  const lightning = (path: string, frameSrc: string, title: string, allowed: (user: OrgUser) => boolean) =>
    app.get(path, uiSession(state, { allowed, refused: lightningRefusal(state) }), (c) =>
      c.html(
        lightningPage(
          { state, ...c.var.ui },
          `${title} | Setup`,
          alohaFrame(frameSrc, `${title} ~ Salesforce - ${edition}`),
        ),
      ),
    );
  lightning(
    '/lightning/setup/LoginAccessPolicies/home',
    accessPages.LOGIN_ACCESS_POLICIES_PATH,
    'Login Access Policies',
    mayChangeSecurity,
  );
  lightning(
    '/lightning/setup/SecuritySession/home',
    accessPages.SESSION_SETTINGS_PATH,
    'Session Settings',
    mayChangeSecurity,
  );
  // Unconfirmed Lightning URL: personal settings > My Personal Information > Grant Account Login Access.
  lightning(
    '/lightning/settings/personal/GrantLoginAccess/home',
    accessPages.GRANT_LOGIN_ACCESS_PATH,
    'Grant Account Login Access',
    mayGrant,
  );

  /** A classic page: the session, the permission check, then the GET or POST handler. */
  const classic = (
    path: string,
    allowed: (user: OrgUser) => boolean,
    render: (ui: UiSession, saved: boolean) => string,
    save: (ui: UiSession, form: URLSearchParams) => void,
  ) => {
    const guard = uiSession(state, { allowed });
    app.get(path, guard, (c) => c.html(render(c.var.ui, false)));
    app.post(path, guard, async (c) => {
      const form = await formOf(c.req.raw);
      const cancelled = [...form.keys()].some((key) => key.endsWith(':cancel'));
      if (!cancelled) save(c.var.ui, form);
      return c.html(render(c.var.ui, !cancelled));
    });
  };

  const audit = (ui: UiSession, action: string, section: string, display: string) => {
    const admin = ui.session.loginAs ? state.user(ui.session.loginAs.adminUserId) : undefined;
    recordSetupAudit(state, { action, section, display, createdBy: ui.user, delegateUser: admin?.username });
  };
  const onOff = (value: boolean) => (value ? 'on' : 'off');
  const checked = (form: URLSearchParams, suffix: string) =>
    [...form.entries()].some(([key, value]) => key.endsWith(suffix) && value !== '' && value !== 'false');

  /** A settings page with one checkbox: saving a change sets it and writes the audit row (action, section). */
  const toggle =
    <K extends string>(settings: Record<K, boolean>, key: K, checkbox: string, [action, section]: string[]) =>
    (label: string) =>
    (ui: UiSession, form: URLSearchParams) => {
      const before = settings[key];
      const after = checked(form, checkbox);
      if (before === after) return;
      settings[key] = after;
      audit(ui, action, section, `Changed ${label} from ${onOff(before)} to ${onOff(after)}`);
    };
  const policy = toggle(state.security, 'adminsCanLogInAsAnyUser', ':adminsCanLogInAsAny', [
    'adminLoginAsAnyUser',
    'Manage Users',
  ]);
  const relogin = toggle(state.sessionSettings, 'forceReloginAfterLoginAs', ':forceRelogin', [
    'forceReloginAfterLoginAs',
    'Session Settings',
  ]);
  classic(
    accessPages.LOGIN_ACCESS_POLICIES_PATH,
    mayChangeSecurity,
    (_ui, saved) => accessPages.loginAccessPoliciesPage(state, saved),
    policy('Administrators Can Log in as Any User'),
  );
  classic(
    accessPages.SESSION_SETTINGS_PATH,
    mayChangeSecurity,
    (_ui, saved) => accessPages.sessionSettingsPage(state, saved),
    relogin('Force relogin after Login-As-User'),
  );

  classic(
    accessPages.GRANT_LOGIN_ACCESS_PATH,
    mayGrant,
    (ui, saved) => accessPages.grantLoginAccessPage(state, loginAccessGrantedUntil(state, ui.user), saved),
    (ui, form) => {
      const raw = [...form.entries()].find(([key]) => key.endsWith(':adminAccessDuration'))?.[1];
      const duration = accessPages.ACCESS_DURATIONS.find(([, days]) => String(days) === raw);
      if (!duration) return;
      const [label, days] = duration;
      const grantee = `${state.definition.org.name} Administrator`;
      if (days === 0) {
        state.loginAccessGrants.delete(ui.user.id);
        audit(ui, 'revokedLoginAccess', 'Manage Users', `Revoked login access for ${grantee}`);
        return;
      }
      state.loginAccessGrants.set(ui.user.id, new Date(Date.now() + days * 86_400_000).toISOString());
      audit(ui, 'grantedLoginAccess', 'Manage Users', `Granted login access for ${label} to ${grantee}`);
    },
  );

  return app;
}

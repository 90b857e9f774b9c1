import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { insufficientPrivilegesPage, lightningErrorBody } from '../html/error-pages';
import { lightningPage } from '../html/lightning-shell';
import { renderingFor } from '../html/viewer-locale';
import { liveSession } from '../model/audit';
import type { OrgState, OrgUser } from '../model/org-state';
import type { Session } from '../model/sessions';

/** The browser session: an HttpOnly `sid` cookie holding a UI (or Login-As) session id. */

export const SESSION_COOKIE = 'sid';
export const HOME_PATH = '/lightning/page/home';

export interface UiSession {
  session: Session;
  user: OrgUser;
}

/** What uiSession() puts on the request for the route: `c.var.ui`. */
export type UiEnv = { Variables: { ui: UiSession } };

export interface UiGuard {
  /** The answer without a live browser session; by default the login page, remembering where it was going. */
  signedOut?: (c: Context) => Response | Promise<Response>;
  /** Whether the user may open the page (e.g. View Setup); when not, `refused` answers. */
  allowed?: (user: OrgUser) => boolean;
  /** The Insufficient Privileges answer; by default the classic page. */
  refused?: (c: Context, ui: UiSession) => Response | Promise<Response>;
}

/**
 * The guard in front of every UI route: a live browser session (UI or Login-As), else the login page; then
 * the permission the page needs, else Insufficient Privileges. The route reads the session from `c.var.ui`.
 */
export function uiSession(state: OrgState, guard: UiGuard = {}): MiddlewareHandler<UiEnv> {
  return async (c, next) => {
    const ui = currentUiSession(state, c);
    if (!ui) return (guard.signedOut ?? toLogin)(c);
    if (guard.allowed && !guard.allowed(ui.user)) {
      return guard.refused ? guard.refused(c, ui) : c.html(insufficientPrivilegesPage());
    }
    c.set('ui', ui);
    await renderingFor(ui.user, next);
  };
}

/** Insufficient Privileges inside the Lightning shell, as Lightning Setup pages show it. */
export function lightningRefusal(state: OrgState): NonNullable<UiGuard['refused']> {
  return (c, ui) =>
    c.html(lightningPage({ state, ...ui }, 'Setup', lightningErrorBody('insufficientPrivileges')));
}

/** For parts a page fetches after it loaded (deferred layouts, list rows): a bad session is a plain 401. */
export const partSignedOut = (c: Context) => c.text('Session expired or invalid', 401);

export function currentUiSession(state: OrgState, c: Context): UiSession | undefined {
  const live = liveSession(state, getCookie(c, SESSION_COOKIE));
  if (!live || (live.session.type !== 'UI' && live.session.type !== 'SubstituteUser')) return undefined;
  return live;
}

export function setSessionCookie(c: Context, session: Session): void {
  setCookie(c, SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/**
 * Only same-site relative URLs are followed (an open redirect would be a phishing aid). Browsers drop tabs
 * and newlines from URLs, so "/\t/evil.example" would become "//evil.example": control characters are
 * refused outright (they would also break the Location header), and the URL must resolve to this origin.
 */
export function safeRelativeUrl(url: string | undefined, fallback: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
  if (!url?.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(url) || url.startsWith('//')) return fallback;
  const base = 'http://same-origin.invalid';
  try {
    if (new URL(url, base).origin !== base) return fallback;
  } catch {
    return fallback;
  }
  return url;
}

/** Where a page without a session sends the browser: the login page, remembering where it was going. */
export function toLogin(c: Context): Response {
  const url = new URL(c.req.url);
  return c.redirect(`/?startURL=${encodeURIComponent(url.pathname + url.search)}`, 302);
}

import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
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

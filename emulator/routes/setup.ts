import { Hono } from 'hono';
import { alohaFrame, userDetailTitle } from '../html/classic-user-pages';
import { lightningErrorBody } from '../html/error-pages';
import { lightningPage } from '../html/lightning-shell';
import { hasPermission } from '../model/access';
import { KEY_PREFIXES, to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import { lightningRefusal, safeRelativeUrl, uiSession } from './ui-session';

/**
 * Lightning Setup. Real orgs serve it from {MyDomain}.my.salesforce-setup.com; the emulator serves one origin.
 * Users pages embed classic pages in an iframe, as Lightning does.
 */
export function setupRoutes(state: OrgState): Hono {
  const app = new Hono();
  const setupViewer = uiSession(state, {
    allowed: (user) => hasPermission(user, 'ViewSetup'),
    refused: lightningRefusal(state),
  });
  const edition = state.definition.org.edition;

  app.get('/lightning/setup/ManageUsers/home', setupViewer, (c) => {
    const { ui } = c.var;
    const ctx = { state, ...ui };
    return c.html(
      lightningPage(
        ctx,
        'Users | Setup',
        alohaFrame('/005?isUserEntityOverride=1&setupid=ManageUsers', `All Users ~ Salesforce - ${edition}`),
      ),
    );
  });

  app.get('/lightning/setup/ManageUsers/page', setupViewer, (c) => {
    const { ui } = c.var;
    const ctx = { state, ...ui };
    const address = safeRelativeUrl(c.req.query('address'), '');
    if (!address) return c.html(lightningPage(ctx, 'Setup', lightningErrorBody('page')));
    const subjectId = to18(new URL(address, 'http://x').pathname.slice(1));
    const subject = subjectId?.startsWith(KEY_PREFIXES.User) ? state.user(subjectId) : undefined;
    const title = subject ? userDetailTitle(state, subject) : `Salesforce - ${edition}`;
    return c.html(
      lightningPage(ctx, subject ? `${subject.name} | Users | Setup` : 'Setup', alohaFrame(address, title)),
    );
  });

  return app;
}

import { Hono } from 'hono';
import { currentApp } from '../html/app-navigation';
import { itemsToApproveCard } from '../html/approval-pages';
import { type LightningError, lightningErrorBody } from '../html/error-pages';
import { lightningPage, lightningPageBytes } from '../html/lightning-shell';
import { recordPageContent } from '../html/record-page-content';
import { html } from '../html/safe-html';
import { objectAccess } from '../model/access';
import { to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import { canSeeRecord } from '../model/sharing';
import { uiSession } from './ui-session';

/** Lightning Experience pages. Real orgs serve them from {MyDomain}.lightning.force.com. */
export function lightningRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);

  app.get('/lightning/page/home', signedIn, (c) => {
    const { ui } = c.var;
    const body = html`<div class="slds-page-header home-header"><h1 class="slds-page-header__title">Home</h1></div>
<article class="slds-card"><div class="slds-card__body slds-card__body_inner"><p class="welcome">Welcome, ${ui.user.firstName || ui.user.name}</p></div></article>
${itemsToApproveCard(state, ui.user)}`;
    return c.html(lightningPage({ state, ...ui }, 'Home', body));
  });

  app.get('/lightning/r/:object/:id/view', signedIn, (c) => {
    const { ui } = c.var;
    const ctx = { state, ...ui };
    const type = state.object(c.req.param('object'));
    const problem = (kind: LightningError) => c.html(lightningPage(ctx, 'Error', lightningErrorBody(kind)));
    // Record pages of platform objects (User, Profile...) are not emulated yet.
    if (!type || type.options.system) return problem('page');
    if (!objectAccess(ui.user, type).read) return problem('insufficientPrivileges');
    const id = to18(c.req.param('id'));
    const row = id?.startsWith(type.keyPrefix) ? state.store.get(type.name, id) : undefined;
    if (!row || row.IsDeleted === true) return problem('record');
    // Sharing: a record the viewer cannot see gets the Insufficient Privileges page.
    if (!canSeeRecord(state, ui.user, type, row)) return problem('insufficientPrivileges');
    const title = `${String(row[type.options.nameField ?? 'Id'] ?? row.Id)} | ${type.label}`;
    const app = currentApp(state, ui.session)?.developerName;
    const page = lightningPageBytes(ctx, title, recordPageContent(state, ui.user, type, row, app));
    return c.body(page, 200, { 'Content-Type': 'text/html; charset=UTF-8' });
  });

  app.get('/lightning/*', signedIn, (c) => {
    const { ui } = c.var;
    return c.html(lightningPage({ state, ...ui }, 'Error', lightningErrorBody('page')));
  });

  return app;
}

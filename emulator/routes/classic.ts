import { Hono } from 'hono';
import { classicUserDetail, classicUsersList } from '../html/classic-user-pages';
import { classicErrorPage, insufficientPrivilegesPage } from '../html/error-pages';
import { hasPermission } from '../model/access';
import { KEY_PREFIXES, to18 } from '../model/ids';
import type { OrgState } from '../model/org-state';
import { uiSession } from './ui-session';

/** Classic URLs on the instance host: the users list (/005) and record ids (/{id}), e.g. the user detail page. */
export function classicRoutes(state: OrgState): Hono {
  const app = new Hono();
  const signedIn = uiSession(state);

  app.get('/005', uiSession(state, { allowed: (user) => hasPermission(user, 'ViewSetup') }), (c) => {
    const { ui } = c.var;
    return c.html(classicUsersList(state, ui.user));
  });

  app.get('/:id{[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?}', signedIn, (c) => {
    const { ui } = c.var;
    const id = to18(c.req.param('id'));
    const type = id ? state.objectByKeyPrefix(id.slice(0, 3)) : undefined;
    const row = id && type ? state.store.get(type.name, id) : undefined;
    if (!id || !type || !row || row.IsDeleted === true) {
      return c.html(
        classicErrorPage(
          'URL No Longer Exists',
          'You have attempted to reach a URL that no longer exists on salesforce.com.',
        ),
        404,
      );
    }
    if (id.startsWith(KEY_PREFIXES.User)) {
      const target = state.user(id);
      if (!target) return c.html(insufficientPrivilegesPage());
      if (!hasPermission(ui.user, 'ViewSetup') && target.id !== ui.user.id)
        return c.html(insufficientPrivilegesPage());
      return c.html(classicUserDetail(state, ui.user, target));
    }
    // A Lightning org sends classic record URLs to the Lightning record page.
    return c.redirect(`/lightning/r/${type.name}/${id}/view`, 302);
  });

  return app;
}

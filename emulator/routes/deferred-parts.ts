import type { Context, Hono } from 'hono';
import { maybeDeferred } from '../html/deferred-navigation';
import { lightningPage } from '../html/lightning-shell';
import type { SafeHtml } from '../html/safe-html';
import { latencyOf } from '../latency';
import type { OrgState } from '../model/org-state';
import { partSignedOut, type UiEnv, type UiSession, uiSession } from './ui-session';

/**
 * Lightning pages whose main part (a list view, a report run, a dashboard) may arrive after the page, like
 * Lightning's asynchronous components (html/deferred-navigation.ts): the page renders the part at once, or a
 * spinner that fetches it from its part URL under the "lightning" latency profile.
 */

/** A page's main part; no title means the part is an error and the page is titled "Error". */
export interface PagePart {
  body: SafeHtml;
  title?: string;
}

/** The Lightning page around a part; deferred, its body comes from `partUrl`. */
export function pageWithPart(c: Context<UiEnv>, state: OrgState, part: PagePart, partUrl: string) {
  const body = maybeDeferred(state, partUrl, () => part.body);
  return c.html(lightningPage({ state, ...c.var.ui }, part.title ?? 'Error', body));
}

/** Serves a deferred part at `path` after the profile's part delay; a bad session there is a plain 401. */
export function servePart<Path extends string>(
  app: Hono,
  state: OrgState,
  path: Path,
  part: (ui: UiSession, c: Context<UiEnv, Path>) => PagePart,
): void {
  app.get(path, uiSession(state, { signedOut: partSignedOut }), async (c) => {
    await latencyOf(state).partDelay();
    return c.html(part(c.var.ui, c).body.value);
  });
}

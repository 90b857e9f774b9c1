import { latencyOf } from '../latency';
import type { OrgState } from '../model/org-state';
import { deferredPart } from './record-page-content';
import { recordUiScript } from './record-ui-script';
import { html, type SafeHtml } from './safe-html';

/**
 * Under the "lightning" latency profile, list view bodies, report runs and dashboards arrive like
 * Lightning's asynchronous components: a spinner first, then the part fetched from `/aura/navigation/...`
 * (the record UI script's deferred-part loader does the fetching).
 */
export function maybeDeferred(state: OrgState, partUrl: string, render: () => SafeHtml): SafeHtml {
  if (!latencyOf(state).deferParts) return render();
  return html`${deferredPart(partUrl)}${recordUiScript()}`;
}

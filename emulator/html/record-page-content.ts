import { latencyOf } from '../latency';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { browserScriptBytes } from './browser-script';
import { lwc } from './lwc';
import { deferredRecordPage, type PartSpinner } from './record-page';
import { cachedRecordPageBody } from './record-page-cache';
import { html, type SafeHtml } from './safe-html';

/**
 * What /lightning/r/{Object}/{Id}/view puts in the shell, encoded: the record page at once, or, under the
 * "lightning" latency profile, a spinner and a deferred part the page script fetches (like Lightning's
 * asynchronous component rendering); then the record UI's page script.
 */
export function recordPageContent(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  app: string | undefined,
): Uint8Array[] {
  const body = latencyOf(state).deferParts
    ? Buffer.from(
        deferredRecordPage(state, user, type, row, app, (name, lazy) =>
          deferredPart(recordPartUrl(type.name, row.Id, name), lazy),
        ).value,
      )
    : cachedRecordPageBody(state, user, type, row, app);
  return [body, browserScriptBytes('record-ui')];
}

/**
 * A spinner and a slot the page script fills from `url` (any area can defer its page parts this way); a lazy
 * part is fetched only once the tab holding it is selected.
 */
export function deferredPart(url: string, lazy = false, spinner: PartSpinner = 'over-page'): SafeHtml {
  const shown =
    spinner === 'none'
      ? ''
      : loadingSpinner(
          spinner === 'over-page'
            ? html`class="slds-spinner_container" data-deferred-spinner`
            : html`class="slds-spinner_inline" style="display:flex;justify-content:center;padding:12px" data-deferred-spinner`,
        );
  return html`${shown}
<div data-deferred-part="${url}"${lazy ? html` data-deferred-lazy` : ''}></div>`;
}

/**
 * A related list still waiting for its own data: a stencil (salesforce-pageobjects lists/stencilTable,
 * lst-stencil-table, "used for verifying loading") in its place until the page script fetches `url`.
 */
export function deferredListPart(url: string): SafeHtml {
  const stencil = lwc(
    'lst-stencil-table',
    html`data-deferred-spinner`,
    html`<div class="slds-card stencil" aria-busy="true"><span class="slds-assistive-text">Loading</span>${[
      1, 2, 3,
    ].map(() => html`<div class="slds-p-around_x-small stencil-row">&#x2003;</div>`)}</div>`,
  );
  return html`${stencil}<div data-deferred-part="${url}"></div>`;
}

/** Where the page script fetches a part of a record page. */
export function recordPartUrl(object: string, id: string, name: string): string {
  return `/aura/record/${encodeURIComponent(object)}/${encodeURIComponent(id)}/part/${name}`;
}

/**
 * lightning-spinner as Lightning renders it: the host (its container class among `attributes`), the SLDS spinner
 * with its assistive text "Loading" in its shadow root (salesforce-pageobjects lightning/spinner: assistingText).
 */
export function loadingSpinner(attributes: SafeHtml): SafeHtml {
  return lwc(
    'lightning-spinner',
    html`alternative-text="Loading" size="medium" variant="brand" ${attributes}`,
    html`<div role="status" class="slds-spinner slds-spinner_medium slds-spinner_brand"><span class="slds-assistive-text">Loading</span><div class="slds-spinner__dot-a"></div><div class="slds-spinner__dot-b"></div></div>`,
  );
}

import { lwc } from './lwc';
import { html, type SafeHtml } from './safe-html';

/** How many rows a related list card shows; more read "(6+)" (docs/salesforce-facts.md, related lists). */
export const ROWS_SHOWN = 6;

/**
 * One list of a record's Related tab, in the chain salesforce-pageobjects declares
 * (related-lists.ts): lst-related-list-single-container >> laf-progressive-container >
 * lst-related-list-single-app-builder-mapper >> article.slds-card > lst-related-list-view-manager >>
 * lst-common-list-internal >> the header, then the card body and the footer (View All).
 */
export function relatedListCard(
  relatedList: string,
  header: SafeHtml,
  body: SafeHtml | '',
  footer: SafeHtml | '' = '',
): SafeHtml {
  return relatedListSlot(relatedList, relatedListContent(relatedList, header, body, footer));
}

/**
 * The card's place on the page, lst-related-list-single-container >> laf-progressive-container, holding its
 * content, or what stands in for it while the content's own data call is pending.
 */
export function relatedListSlot(relatedList: string, content: SafeHtml): SafeHtml {
  return html`<div class="slds-col slds-size_1-of-1 related-list">${lwc(
    'lst-related-list-single-container',
    html`data-related-list="${relatedList}"`,
    lwc('laf-progressive-container', '', (slot) => slot(), { '': content }),
  )}</div>`;
}

/** What laf-progressive-container shows once the list's data arrived: the mapper, the card and its manager. */
export function relatedListContent(
  relatedList: string,
  header: SafeHtml,
  body: SafeHtml | '',
  footer: SafeHtml | '' = '',
): SafeHtml {
  const manager = lwc(
    'lst-related-list-view-manager',
    '',
    html`${lwc('lst-common-list-internal', '', html`${header}<div class="slds-card__body">${body}</div>`)}${footer}`,
  );
  return lwc(
    'lst-related-list-single-app-builder-mapper',
    '',
    html`<article class="slds-card slds-card_boundary forceRelatedListSingleContainer" data-related-list="${relatedList}">${manager}</article>`,
  );
}

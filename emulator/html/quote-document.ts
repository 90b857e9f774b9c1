import type { OrgState } from '../model/org-state';
import type { QuoteTemplate } from '../model/quote-templates';
import type { Row } from '../model/store';
import { lineItems } from '../save/line-items';
import { html, type SafeHtml } from './safe-html';

/**
 * The quote as its PDF renders it, kept simple: the template's header, the quote's name, number and
 * expiration, its line items and totals, and the template's terms.
 */
export function quoteDocument(state: OrgState, quote: Row, template: QuoteTemplate): SafeHtml {
  const lines = lineItems(state, 'QuoteLineItem', 'QuoteId', quote.Id).map((line) => {
    const product = state.store.get('Product2', String(line.Product2Id));
    return html`<tr><td>${String(product?.Name ?? '')}</td><td>${String(line.Quantity ?? '')}</td><td>${String(line.UnitPrice ?? '')}</td><td>${String(line.TotalPrice ?? '')}</td></tr>`;
  });
  return html`<article class="quote-document" data-template="${template.name}">
<header><h1>${template.header ?? template.name}</h1><p>Quote ${String(quote.QuoteNumber ?? '')}: ${String(quote.Name ?? '')}</p>
<p>Expires ${String(quote.ExpirationDate ?? '—')}</p></header>
<table><thead><tr><th>Product</th><th>Quantity</th><th>Sales Price</th><th>Total Price</th></tr></thead><tbody>${lines}</tbody></table>
<p class="totals">Subtotal ${String(quote.Subtotal ?? 0)} · Total ${String(quote.TotalPrice ?? 0)}</p>
${template.terms ? html`<footer class="terms">${template.terms}</footer>` : ''}
</article>`;
}

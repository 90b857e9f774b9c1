import type { OrgState } from '../model/org-state';
import type { Row } from '../model/store';
import { type DmlContext, insertRecord } from './dml';
import { lineItems } from './line-items';

/**
 * A quote created in the UI from its opportunity starts with the opportunity's products as its line items
 * (docs/salesforce-facts.md#quotes): quantity, sales price, discount, date and description, from the same price
 * book entries. The platform copies them, so the user's own permissions are not asked again. A quote created
 * through the API starts empty: only the UI save calls this.
 */
export function copyOpportunityProducts(state: OrgState, quote: Row, context: DmlContext): void {
  const type = state.object('QuoteLineItem');
  if (!type || !quote.OpportunityId) return;
  for (const product of lineItems(
    state,
    'OpportunityLineItem',
    'OpportunityId',
    String(quote.OpportunityId),
  )) {
    insertRecord(
      state,
      type,
      {
        QuoteId: quote.Id,
        PricebookEntryId: product.PricebookEntryId,
        Quantity: product.Quantity,
        UnitPrice: product.UnitPrice,
        Discount: product.Discount ?? null,
        ServiceDate: product.ServiceDate ?? null,
        Description: product.Description ?? null,
      },
      { ...context, system: true },
    );
  }
}

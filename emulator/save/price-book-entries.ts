import type { OrgState } from '../model/org-state';
import { standardPriceBook } from '../model/price-book-access';
import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';

/**
 * A new price book entry: its product's name and code are copied onto it; a custom price book's entry needs
 * the product's entry in the standard price book first (STANDARD_PRICE_NOT_DEFINED), and a product is
 * priced once per price book (DUPLICATE_VALUE). Messages unconfirmed; the status codes are Salesforce's.
 */
export function preparePriceBookEntry(
  state: OrgState,
  type: SObjectType,
  row: Row,
  prior: Row | undefined,
): void {
  if (type.name !== 'PricebookEntry' || prior) return;
  const product = state.store.get('Product2', String(row.Product2Id ?? ''));
  row.Name = product?.Name ?? null;
  row.ProductCode = product?.ProductCode ?? null;
  const sameProduct = state.store
    .live('PricebookEntry')
    .filter((entry) => entry.Product2Id === row.Product2Id);
  if (sameProduct.some((entry) => entry.Pricebook2Id === row.Pricebook2Id)) {
    throw new SalesforceError(
      400,
      'DUPLICATE_VALUE',
      'This price definition already exists in this price book',
      [],
    );
  }
  const standard = standardPriceBook(state);
  if (
    standard &&
    row.Pricebook2Id !== standard.Id &&
    !sameProduct.some((entry) => entry.Pricebook2Id === standard.Id)
  ) {
    throw new SalesforceError(
      400,
      'STANDARD_PRICE_NOT_DEFINED',
      'No standard price defined for this product',
      [],
    );
  }
  if (row.UseStandardPrice === true) {
    const listPrice = sameProduct.find((entry) => entry.Pricebook2Id === standard?.Id)?.UnitPrice;
    row.UnitPrice = listPrice ?? row.UnitPrice ?? null;
  }
}

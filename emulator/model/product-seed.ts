import type { OrgState } from './org-state';
import { PRODUCT_KEY_PREFIXES } from './product-objects';
import { createdStamp, type FieldValue, type Row, sfDateTime } from './store';

/** Rows for the definition's products, price books and price book entries, in definition order. */
export function seedProducts(state: OrgState, adminId: string): void {
  const def = state.definition;
  const now = sfDateTime(new Date());
  const stamp = { IsDeleted: false, ...createdStamp(adminId, now) };
  const insert = (object: keyof typeof PRODUCT_KEY_PREFIXES, values: Record<string, FieldValue>): Row =>
    state.store.insert(object, { Id: state.ids.next(PRODUCT_KEY_PREFIXES[object]), ...values, ...stamp });
  const products = new Map<string, Row>();
  for (const product of def.products) {
    products.set(
      product.name,
      insert('Product2', {
        Name: product.name,
        ProductCode: product.productCode ?? null,
        Family: product.family ?? null,
        Description: product.description ?? null,
        IsActive: product.active,
      }),
    );
  }
  // The standard price book first: custom entries read its prices when UseStandardPrice is set.
  const books = [...def.priceBooks].sort((a, b) => Number(b.standard) - Number(a.standard));
  for (const book of books) {
    const row = insert('Pricebook2', {
      Name: book.name,
      Description: book.description ?? null,
      IsActive: book.active,
      IsStandard: book.standard,
    });
    for (const entry of book.entries) {
      const product = products.get(entry.product);
      if (!product) continue;
      insert('PricebookEntry', {
        Name: product.Name,
        Pricebook2Id: row.Id,
        Product2Id: product.Id,
        ProductCode: product.ProductCode,
        UnitPrice: entry.unitPrice,
        IsActive: entry.active,
        UseStandardPrice: false,
      });
    }
  }
}

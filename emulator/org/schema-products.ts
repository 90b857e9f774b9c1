import { z } from 'zod';

/**
 * Org-definition sections for products, price books and quotes. Names follow the objects' fields
 * (Product2.ProductCode, Family, IsActive; PricebookEntry.UnitPrice, IsActive; Pricebook2.IsStandard).
 * The emulator's orgs use one currency, USD (no multi-currency: CurrencyIsoCode is not a field).
 */

const productSchema = z.strictObject({
  name: z.string().min(1),
  productCode: z.string().optional(),
  family: z.string().optional(),
  description: z.string().optional(),
  active: z.boolean().default(true),
});
export type ProductDefinition = z.infer<typeof productSchema>;

const entrySchema = z.strictObject({
  // The product's name (products[].name).
  product: z.string().min(1),
  unitPrice: z.number().min(0),
  active: z.boolean().default(true),
});
export type PriceBookEntryDefinition = z.infer<typeof entrySchema>;

/**
 * Who may use a custom price book. Salesforce shares price books (Price Book Sharing) with public groups,
 * roles and users; profiles are offered here as a convenience that is stated as such in emulator/README.md.
 */
export const priceBookSharingSchema = z.union([
  z.literal('all'),
  z.strictObject({
    profiles: z.array(z.string()).default([]),
    groups: z.array(z.string()).default([]),
    users: z.array(z.string()).default([]),
  }),
]);
export type PriceBookSharing = z.infer<typeof priceBookSharingSchema>;

const priceBookSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  // The standard price book: every product's list price; exactly one when priceBooks is used.
  standard: z.boolean().default(false),
  active: z.boolean().default(true),
  entries: z.array(entrySchema).default([]),
  // Price Book Sharing; unset = every user who may read price books.
  sharedWith: priceBookSharingSchema.default('all'),
});
export type PriceBookDefinition = z.infer<typeof priceBookSchema>;

const quoteTemplateSchema = z.strictObject({
  name: z.string().min(1),
  active: z.boolean().default(true),
  // Shown at the top of the rendered PDF.
  header: z.string().optional(),
  // Text shown after the line items (terms and conditions).
  terms: z.string().optional(),
});
export type QuoteTemplateDefinition = z.infer<typeof quoteTemplateSchema>;

const quotesSchema = z.strictObject({
  // Quote Settings > "Enable Quotes": Quote and QuoteLineItem exist only when quotes are on.
  enabled: z.boolean().default(true),
  templates: z.array(quoteTemplateSchema).default([]),
});
export type QuotesDefinition = z.infer<typeof quotesSchema>;

export const productSchemas = {
  products: z.array(productSchema).default([]),
  priceBooks: z.array(priceBookSchema).default([]),
  quotes: quotesSchema.optional(),
};

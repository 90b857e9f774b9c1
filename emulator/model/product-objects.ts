import type { OrgDefinition } from '../org/schema';
import { auditFields, systemField as f, type SObjectField } from './fields';
import { SObjectType } from './sobject-type';

/**
 * Products, price books, opportunity products and quotes: standard objects whose shape is Salesforce's
 * (Object Reference: Product2, Pricebook2, PricebookEntry, OpportunityLineItem, Quote, QuoteLineItem), so
 * they live in code. They exist when the org definition uses them: price books (priceBooks) and quotes
 * (quotes). Writable through the API, under object permissions; line items take their access from their
 * parent (save/line-items.ts).
 */
export const PRODUCT_KEY_PREFIXES = {
  Product2: '01t',
  Pricebook2: '01s',
  PricebookEntry: '01u',
  OpportunityLineItem: '00k',
  Quote: '0Q0',
  QuoteLineItem: '0QL',
} as const;
export const PRICE_BOOK_OBJECT_NAMES = ['Product2', 'Pricebook2', 'PricebookEntry', 'OpportunityLineItem'];
export const QUOTE_OBJECT_NAMES = ['Quote', 'QuoteLineItem'];

/** The product and quote objects this definition has, by name. */
export function productObjectNames(def: OrgDefinition): string[] {
  return [
    ...(hasPriceBooks(def) ? PRICE_BOOK_OBJECT_NAMES : []),
    ...(def.quotes?.enabled ? QUOTE_OBJECT_NAMES : []),
  ];
}

export function hasPriceBooks(def: OrgDefinition): boolean {
  return def.priceBooks.length > 0 || def.products.length > 0;
}

// Field-level security is not modelled for these objects' fields: they follow the object permissions.
const editable = { platformManaged: false, createable: true, updateable: true, permissionable: false };
const createOnly = { platformManaged: false, createable: true, updateable: false, permissionable: false };
const idField = (label: string) => f('Id', label, 'id', { nillable: false });
const text = (name: string, label: string, length: number) =>
  f(name, label, 'string', { ...editable, length });
const money = (name: string, label: string, options: Partial<SObjectField> = {}) =>
  f(name, label, 'currency', { precision: 18, scale: 2, ...options });
const ref = (name: string, label: string, to: string, relationshipName: string, options = {}) =>
  f(name, label, 'reference', { referenceTo: [to], relationshipName, ...options });
const required = { required: true, nillable: false };

export function productObjects(def: OrgDefinition): SObjectType[] {
  const types: SObjectType[] = [];
  const make = (
    name: keyof typeof PRODUCT_KEY_PREFIXES,
    label: string,
    plural: string,
    fields: SObjectField[],
    options: Partial<SObjectType['options']> = {},
  ) =>
    types.push(
      new SObjectType(name, label, plural, PRODUCT_KEY_PREFIXES[name], [...fields, ...auditFields()], {
        system: false,
        nameField: name === 'QuoteLineItem' ? 'LineNumber' : 'Name',
        ...options,
      }),
    );
  const opportunityChild = { parent: { object: 'Opportunity', field: 'OpportunityId' } };
  if (hasPriceBooks(def)) {
    make(
      'Product2',
      'Product',
      'Products',
      [
        idField('Product ID'),
        text('Name', 'Product Name', 255),
        text('ProductCode', 'Product Code', 255),
        f('Family', 'Product Family', 'picklist', {
          ...editable,
          picklistValues: [...new Set(def.products.flatMap((product) => product.family ?? []))],
          restrictedPicklist: false,
        }),
        f('Description', 'Product Description', 'textarea', { ...editable, length: 4000 }),
        f('IsActive', 'Active', 'boolean', { ...editable, defaultValue: false }),
      ].map((field) => (field.name === 'Name' ? { ...field, ...required, permissionable: false } : field)),
    );
    make('Pricebook2', 'Price Book', 'Price Books', [
      idField('Price Book ID'),
      { ...text('Name', 'Price Book Name', 255), ...required, permissionable: false },
      text('Description', 'Description', 255),
      f('IsActive', 'Active', 'boolean', { ...editable, defaultValue: false }),
      f('IsStandard', 'Is Standard Price Book', 'boolean', { defaultValue: false }),
    ]);
    make(
      'PricebookEntry',
      'Price Book Entry',
      'Price Book Entries',
      [
        idField('Price Book Entry ID'),
        f('Name', 'Product Name', 'string', { length: 255 }),
        ref('Pricebook2Id', 'Price Book ID', 'Pricebook2', 'Pricebook2', { ...createOnly, ...required }),
        ref('Product2Id', 'Product ID', 'Product2', 'Product2', { ...createOnly, ...required }),
        f('ProductCode', 'Product Code', 'string', { length: 255 }),
        money('UnitPrice', 'List Price', { ...editable, ...required, permissionable: false }),
        f('IsActive', 'Active', 'boolean', { ...editable, defaultValue: false }),
        f('UseStandardPrice', 'Use Standard Price', 'boolean', { ...editable, defaultValue: false }),
      ],
      { permissionsOf: 'Product2' },
    );
    make(
      'OpportunityLineItem',
      'Opportunity Product',
      'Opportunity Product',
      [
        idField('Line Item ID'),
        f('Name', 'Opportunity Product Name', 'string', { length: 376 }),
        ref('OpportunityId', 'Opportunity ID', 'Opportunity', 'Opportunity', { ...createOnly, ...required }),
        ref('PricebookEntryId', 'Price Book Entry ID', 'PricebookEntry', 'PricebookEntry', createOnly),
        ref('Product2Id', 'Product ID', 'Product2', 'Product2', createOnly),
        f('ProductCode', 'Product Code', 'string', { length: 255 }),
        f('Quantity', 'Quantity', 'double', { ...editable, permissionable: false, precision: 12, scale: 2 }),
        money('UnitPrice', 'Sales Price', { ...editable, permissionable: false }),
        money('ListPrice', 'List Price'),
        money('TotalPrice', 'Total Price', { ...editable, permissionable: false }),
        money('Subtotal', 'Subtotal'),
        f('Discount', 'Discount', 'percent', { ...editable, precision: 18, scale: 2 }),
        f('ServiceDate', 'Date', 'date', editable),
        text('Description', 'Line Description', 255),
      ],
      { ...opportunityChild, permissionsOf: 'Opportunity' },
    );
  }
  if (def.quotes?.enabled) {
    make(
      'Quote',
      'Quote',
      'Quotes',
      [
        idField('Quote ID'),
        { ...text('Name', 'Quote Name', 255), ...required, permissionable: false },
        f('QuoteNumber', 'Quote Number', 'string', { length: 30 }),
        ref('OpportunityId', 'Opportunity ID', 'Opportunity', 'Opportunity', { ...createOnly, ...required }),
        ref('Pricebook2Id', 'Price Book ID', 'Pricebook2', 'Pricebook2', {
          ...editable,
          permissionable: false,
        }),
        ref('AccountId', 'Account ID', 'Account', 'Account'),
        f('Status', 'Status', 'picklist', {
          ...editable,
          picklistValues: [
            'Draft',
            'Needs Review',
            'In Review',
            'Approved',
            'Rejected',
            'Presented',
            'Accepted',
            'Denied',
          ],
          defaultValue: 'Draft',
        }),
        f('ExpirationDate', 'Expiration Date', 'date', editable),
        f('Description', 'Description', 'textarea', { ...editable, length: 32000 }),
        f('IsSyncing', 'Syncing', 'boolean', { defaultValue: false }),
        money('Subtotal', 'Subtotal'),
        money('TotalPrice', 'Total Price'),
        f('LineItemCount', 'Line Items', 'int'),
      ],
      opportunityChild,
    );
    make(
      'QuoteLineItem',
      'Quote Line Item',
      'Quote Line Items',
      [
        idField('Quote Line Item ID'),
        f('LineNumber', 'Line Item Number', 'string', { length: 255 }),
        ref('QuoteId', 'Quote ID', 'Quote', 'Quote', { ...createOnly, ...required }),
        ref('PricebookEntryId', 'Price Book Entry ID', 'PricebookEntry', 'PricebookEntry', {
          ...createOnly,
          ...required,
        }),
        ref('Product2Id', 'Product ID', 'Product2', 'Product2', createOnly),
        f('Quantity', 'Quantity', 'double', {
          ...editable,
          ...required,
          permissionable: false,
          precision: 12,
          scale: 2,
        }),
        money('UnitPrice', 'Sales Price', { ...editable, ...required, permissionable: false }),
        money('ListPrice', 'List Price'),
        money('TotalPrice', 'Total Price'),
        money('Subtotal', 'Subtotal'),
        f('Discount', 'Discount', 'percent', { ...editable, precision: 18, scale: 2 }),
        f('ServiceDate', 'Date', 'date', editable),
        text('Description', 'Line Item Description', 255),
      ],
      { parent: { object: 'Quote', field: 'QuoteId' }, permissionsOf: 'Quote' },
    );
  }
  return types;
}

/**
 * The standard fields products and quotes add to Opportunity (an object the org definition declares):
 * its price book, whether it has products, and the quote synced with it.
 */
export function opportunityProductFields(def: OrgDefinition): SObjectField[] {
  const declared = def.objects.Opportunity?.fields ?? {};
  const fields: SObjectField[] = [];
  if (hasPriceBooks(def) && !declared.Pricebook2Id) {
    fields.push(
      ref('Pricebook2Id', 'Price Book ID', 'Pricebook2', 'Pricebook2', {
        ...editable,
        permissionable: false,
      }),
    );
  }
  if (hasPriceBooks(def) && !declared.HasOpportunityLineItem) {
    fields.push(f('HasOpportunityLineItem', 'Has Line Item', 'boolean', { defaultValue: false }));
  }
  if (def.quotes?.enabled && !declared.SyncedQuoteId) {
    fields.push(
      ref('SyncedQuoteId', 'Quote ID', 'Quote', 'SyncedQuote', { ...editable, permissionable: false }),
    );
  }
  return fields;
}

import type { OrgDefinition } from '../org/schema';
import { auditFields, systemField as f, type SObjectField } from './fields';
import { idField, lookup } from './platform-objects';
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
const text = (name: string, label: string, length: number) =>
  f(name, label, 'string', { ...editable, length });
const money = (name: string, label: string, options: Partial<SObjectField> = {}) =>
  f(name, label, 'currency', { precision: 18, scale: 2, ...options });
const required = { required: true, nillable: false };

// Labels of the lookups whose API name splits otherwise ('Pricebook2Id' is labelled 'Price Book ID').
const priceBook = (options = {}) =>
  lookup('Pricebook2Id', 'Pricebook2', { label: 'Price Book ID', ...options });
const product = (options = {}) => lookup('Product2Id', 'Product2', { label: 'Product ID', ...options });
const priceBookEntry = (options = {}) =>
  lookup('PricebookEntryId', 'PricebookEntry', { label: 'Price Book Entry ID', ...options });

/** Opportunity products and quote line items: their names, and the parent whose access and permissions they take. */
const LINE_ITEMS = {
  OpportunityLineItem: {
    label: 'Opportunity Product',
    plural: 'Opportunity Product',
    idLabel: 'Line Item ID',
    nameField: f('Name', 'Opportunity Product Name', 'string', { length: 376 }),
    parent: 'Opportunity',
    descriptionLabel: 'Line Description',
  },
  QuoteLineItem: {
    label: 'Quote Line Item',
    plural: 'Quote Line Items',
    idLabel: 'Quote Line Item ID',
    nameField: f('LineNumber', 'Line Item Number', 'string', { length: 255 }),
    parent: 'Quote',
    descriptionLabel: 'Line Item Description',
  },
} as const;

/**
 * The fields of a line item: its parent, the product and its price, quantity, discount and totals. A quote
 * line needs its entry, quantity and price; an opportunity product's total price may be written instead of
 * its sales price.
 */
function lineItemFields(object: keyof typeof LINE_ITEMS): SObjectField[] {
  const { idLabel, nameField, parent, descriptionLabel } = LINE_ITEMS[object];
  const onQuote = object === 'QuoteLineItem';
  const requiredOnQuote = onQuote ? required : {};
  const writable = { ...editable, ...requiredOnQuote, permissionable: false };
  return [
    idField(idLabel),
    nameField,
    lookup(`${parent}Id`, parent, { ...createOnly, ...required }),
    priceBookEntry({ ...createOnly, ...requiredOnQuote }),
    product(createOnly),
    ...(onQuote ? [] : [f('ProductCode', 'Product Code', 'string', { length: 255 })]),
    f('Quantity', 'Quantity', 'double', { ...writable, precision: 12, scale: 2 }),
    money('UnitPrice', 'Sales Price', writable),
    money('ListPrice', 'List Price'),
    onQuote ? money('TotalPrice', 'Total Price') : money('TotalPrice', 'Total Price', writable),
    money('Subtotal', 'Subtotal'),
    f('Discount', 'Discount', 'percent', { ...editable, precision: 18, scale: 2 }),
    f('ServiceDate', 'Date', 'date', editable),
    text('Description', descriptionLabel, 255),
  ];
}

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
        nameField: 'Name',
        ...options,
      }),
    );
  const makeLineItem = (object: keyof typeof LINE_ITEMS) => {
    const { label, plural, nameField, parent } = LINE_ITEMS[object];
    make(object, label, plural, lineItemFields(object), {
      nameField: nameField.name,
      parent: { object: parent, field: `${parent}Id` },
      permissionsOf: parent,
    });
  };
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
        priceBook({ ...createOnly, ...required }),
        product({ ...createOnly, ...required }),
        f('ProductCode', 'Product Code', 'string', { length: 255 }),
        money('UnitPrice', 'List Price', { ...editable, ...required, permissionable: false }),
        f('IsActive', 'Active', 'boolean', { ...editable, defaultValue: false }),
        f('UseStandardPrice', 'Use Standard Price', 'boolean', { ...editable, defaultValue: false }),
      ],
      { permissionsOf: 'Product2' },
    );
    makeLineItem('OpportunityLineItem');
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
        lookup('OpportunityId', 'Opportunity', { ...createOnly, ...required }),
        priceBook({ ...editable, permissionable: false }),
        lookup('AccountId', 'Account'),
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
    makeLineItem('QuoteLineItem');
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
    fields.push(priceBook({ ...editable, permissionable: false }));
  }
  if (hasPriceBooks(def) && !declared.HasOpportunityLineItem) {
    fields.push(f('HasOpportunityLineItem', 'Has Line Item', 'boolean', { defaultValue: false }));
  }
  if (def.quotes?.enabled && !declared.SyncedQuoteId) {
    fields.push(lookup('SyncedQuoteId', 'Quote', { label: 'Quote ID', ...editable, permissionable: false }));
  }
  return fields;
}

import type { OrgState, OrgUser } from '../model/org-state';
import { priceBookVisibility } from '../model/price-book-access';
import { SalesforceError } from '../model/salesforce-error';
import type { SObjectType } from '../model/sobject-type';
import type { FieldValue, Row } from '../model/store';
import type { Journal } from './journal';

/**
 * Opportunity products and quote line items as Salesforce saves them (Object Reference:
 * OpportunityLineItem, QuoteLineItem): the price book entry must be active, in the parent's price book
 * (which the first line item sets when the parent has none) and usable by the user; the product, list
 * price and totals come from the entry; the parent's Amount / totals are the sum of its line items.
 */

// Wording from Salesforce's own FIELD_INTEGRITY_EXCEPTION (help article 000383141).
const NO_ENTRY =
  'field integrity exception: PricebookEntryId, unknown (versions 3.0 and higher must specify pricebook entry id; others must specify product id)';

function integrity(message: string, fields: string[]): SalesforceError {
  return new SalesforceError(400, 'FIELD_INTEGRITY_EXCEPTION', message, fields);
}

const number = (value: FieldValue | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Before the save: checks the entry against the parent's price book and computes the prices. */
export function prepareLineItem(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  prior: Row | undefined,
  written: Record<string, FieldValue>,
  system: boolean,
): void {
  const isOpportunity = type.name === 'OpportunityLineItem';
  if (!isOpportunity && type.name !== 'QuoteLineItem') return;
  const parentName = isOpportunity ? 'Opportunity' : 'Quote';
  const parent = state.store.get(parentName, String(row[isOpportunity ? 'OpportunityId' : 'QuoteId'] ?? ''));
  if (!prior) {
    const entry = row.PricebookEntryId
      ? state.store.get('PricebookEntry', String(row.PricebookEntryId))
      : undefined;
    if (!entry || entry.IsDeleted === true) throw integrity(NO_ENTRY, ['PricebookEntryId']);
    if (!system && !priceBookVisibility(state, user)(String(entry.Pricebook2Id))) {
      throw new SalesforceError(
        400,
        'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
        'insufficient access rights on cross-reference id',
        ['PricebookEntryId'],
      );
    }
    if (entry.IsActive !== true) {
      // Unconfirmed wording, in the form of Salesforce's other field integrity exceptions.
      throw integrity('field integrity exception: PricebookEntryId (pricebook entry is inactive)', [
        'PricebookEntryId',
      ]);
    }
    if (parent?.Pricebook2Id && parent.Pricebook2Id !== entry.Pricebook2Id) {
      // Unconfirmed wording, in the form of Salesforce's other field integrity exceptions.
      throw integrity(
        `field integrity exception: PricebookEntryId (pricebook entry is in a different pricebook than the one assigned to the ${parentName.toLowerCase()})`,
        ['PricebookEntryId'],
      );
    }
    const product = state.store.get('Product2', String(entry.Product2Id));
    row.Product2Id = entry.Product2Id;
    row.ProductCode = product?.ProductCode ?? null;
    row.ListPrice = entry.UnitPrice;
    if (isOpportunity) row.Name = `${parent?.Name ?? ''} ${product?.Name ?? ''}`.trim();
    else row.LineNumber = String(state.store.live('QuoteLineItem').length + 1).padStart(5, '0');
    if (
      'UnitPrice' in written &&
      'TotalPrice' in written &&
      written.UnitPrice !== null &&
      written.TotalPrice !== null
    ) {
      // Unconfirmed wording; Salesforce accepts only one of the two on insert.
      throw integrity(
        'field integrity exception: TotalPrice (only one of unit price or total price may be specified)',
        ['TotalPrice'],
      );
    }
  } else if ('UnitPrice' in written && 'TotalPrice' in written) {
    // Wording reported for updates of both (fishofprey.com, "Unable to set OpportunityLineItem Quantity").
    throw new SalesforceError(
      400,
      'INVALID_FIELD',
      "Cannot change both 'UnitPrice' and 'TotalPrice' in update call",
      ['UnitPrice'],
    );
  }
  const quantity = number(row.Quantity);
  const discount = number(row.Discount) ?? 0;
  if (quantity === null) return; // REQUIRED_FIELD_MISSING follows in the save
  if ('TotalPrice' in written && written.TotalPrice !== null && quantity !== 0) {
    // A total price given: the sales price is derived from it (before any discount).
    row.UnitPrice = round2(Number(written.TotalPrice) / quantity / (1 - discount / 100));
  }
  const unit = number(row.UnitPrice);
  if (unit === null) {
    // Unconfirmed wording; an opportunity product needs a sales price or a total price.
    throw new SalesforceError(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [UnitPrice]', [
      'UnitPrice',
    ]);
  }
  row.Subtotal = round2(unit * quantity);
  row.TotalPrice = round2(unit * quantity * (1 - discount / 100));
}

/** Before an Opportunity or Quote saves: its price book comes from its opportunity; Amount is the line items' sum. */
export function prepareLineItemParent(
  state: OrgState,
  type: SObjectType,
  row: Row,
  prior: Row | undefined,
): void {
  if (type.name === 'Quote' && !prior) {
    const opportunity = state.store.get('Opportunity', String(row.OpportunityId ?? ''));
    row.Pricebook2Id ??= opportunity?.Pricebook2Id ?? null;
    row.AccountId = opportunity?.AccountId ?? null;
    row.QuoteNumber = String(state.store.all('Quote').length + 1).padStart(8, '0');
  }
  if (
    type.name === 'Opportunity' &&
    prior &&
    row.SyncedQuoteId &&
    row.SyncedQuoteId !== prior.SyncedQuoteId
  ) {
    const quote = state.store.get('Quote', String(row.SyncedQuoteId));
    if (quote?.OpportunityId !== row.Id) {
      // Unconfirmed wording; a quote syncs only with its own opportunity.
      throw integrity('field integrity exception: SyncedQuoteId (quote is not related to this opportunity)', [
        'SyncedQuoteId',
      ]);
    }
  }
  if (type.name === 'Opportunity' && prior && type.field('HasOpportunityLineItem')) {
    const items = lineItems(state, 'OpportunityLineItem', 'OpportunityId', row.Id);
    // The Amount of an opportunity with products is read-only: it is their sum.
    if (items.length > 0) row.Amount = sum(items);
    if (items.length > 0 && row.Pricebook2Id !== prior.Pricebook2Id) {
      // Unconfirmed wording; Salesforce refuses a price book change while products are on the opportunity.
      throw integrity('field integrity exception: Pricebook2Id (opportunity has line items)', [
        'Pricebook2Id',
      ]);
    }
  }
}

const LINE_ITEM_PARENTS: Partial<Record<string, 'Opportunity' | 'Quote'>> = {
  OpportunityLineItem: 'Opportunity',
  QuoteLineItem: 'Quote',
};

/**
 * After a line item saves or is deleted: the parent's price book (first item), Amount or totals; a synced
 * quote's lines are copied to its opportunity. Returns the opportunity whose Amount changed, if any.
 */
export function rollUpLineItems(
  state: OrgState,
  type: SObjectType,
  item: Row,
  journal: Journal,
): Row | undefined {
  const parentObject = LINE_ITEM_PARENTS[type.name];
  if (!parentObject) return undefined;
  const parentField = `${parentObject}Id`;
  const parent = state.store.get(parentObject, String(item[parentField]));
  if (!parent) return undefined;
  const items = lineItems(state, type.name, parentField, parent.Id);
  const entry = state.store.get('PricebookEntry', String(item.PricebookEntryId));
  journal?.changing(parent);
  if (!parent.Pricebook2Id && entry) parent.Pricebook2Id = entry.Pricebook2Id;
  if (parentObject === 'Opportunity') {
    parent.HasOpportunityLineItem = items.length > 0;
    // Salesforce keeps the last Amount when the last product goes (unconfirmed); here it stays the sum while any remain.
    if (items.length > 0) parent.Amount = sum(items);
    return parent;
  }
  parent.LineItemCount = items.length;
  parent.Subtotal = round2(items.reduce((total, line) => total + Number(line.Subtotal ?? 0), 0));
  parent.TotalPrice = sum(items);
  if (parent.IsSyncing === true) return syncQuote(state, parent, journal);
  return undefined;
}

/**
 * Quote syncing (Opportunity.SyncedQuoteId): the opportunity's products become a copy of the quote's line
 * items, and stay so while the quote syncs. Salesforce also syncs the other way (opportunity products to
 * the synced quote's lines); that direction is not emulated. Returns the opportunity.
 */
export function syncQuote(state: OrgState, quote: Row, journal: Journal): Row | undefined {
  const opportunity = state.store.get('Opportunity', String(quote.OpportunityId));
  if (!opportunity) return undefined;
  for (const other of lineItems(state, 'Quote', 'OpportunityId', opportunity.Id)) {
    journal.changing(other);
    other.IsSyncing = other.Id === quote.Id;
  }
  for (const old of lineItems(state, 'OpportunityLineItem', 'OpportunityId', opportunity.Id)) {
    journal.changing(old);
    old.IsDeleted = true;
  }
  const lines = lineItems(state, 'QuoteLineItem', 'QuoteId', quote.Id);
  for (const line of lines) {
    const id = state.ids.next('00k');
    const product = state.store.get('Product2', String(line.Product2Id));
    state.store.insert('OpportunityLineItem', {
      ...pick(line, [
        'PricebookEntryId',
        'Product2Id',
        'ProductCode',
        'Quantity',
        'UnitPrice',
        'ListPrice',
        'Subtotal',
        'TotalPrice',
        'Discount',
        'ServiceDate',
        'Description',
        'CreatedDate',
        'CreatedById',
        'LastModifiedDate',
        'LastModifiedById',
        'SystemModstamp',
      ]),
      Id: id,
      Name: `${opportunity.Name ?? ''} ${product?.Name ?? ''}`.trim(),
      OpportunityId: opportunity.Id,
      IsDeleted: false,
    });
    journal.inserted('OpportunityLineItem', id);
  }
  journal.changing(opportunity);
  opportunity.SyncedQuoteId = quote.Id;
  opportunity.Pricebook2Id = quote.Pricebook2Id ?? opportunity.Pricebook2Id ?? null;
  opportunity.HasOpportunityLineItem = lines.length > 0;
  if (lines.length > 0) opportunity.Amount = sum(lines);
  return opportunity;
}

function pick(row: Row, keys: string[]): Record<string, FieldValue> {
  return Object.fromEntries(keys.map((key) => [key, row[key] ?? null]));
}

export function lineItems(state: OrgState, object: string, parentField: string, parentId: string): Row[] {
  return state.store.live(object).filter((row) => row[parentField] === parentId);
}

function sum(items: Row[]): number {
  return round2(items.reduce((total, line) => total + Number(line.TotalPrice ?? 0), 0));
}

/** The records deleted with an opportunity (its products, quotes and their lines) or a quote (its lines). */
export function lineItemChildren(state: OrgState, object: string, id: string): Row[] {
  if (object === 'Opportunity') {
    const quotes = lineItems(state, 'Quote', 'OpportunityId', id);
    return [
      ...lineItems(state, 'OpportunityLineItem', 'OpportunityId', id),
      ...quotes,
      ...quotes.flatMap((quote) => lineItems(state, 'QuoteLineItem', 'QuoteId', quote.Id)),
    ];
  }
  return object === 'Quote' ? lineItems(state, 'QuoteLineItem', 'QuoteId', id) : [];
}

import { expect, test } from '@playwright/test';
import { priceBooksOffered, productsOffered } from '../../emulator/model/price-book-access';
import { quoteTemplates, quoteTemplatesOffered } from '../../emulator/model/quote-templates';
import { saveFromUi } from '../../emulator/routes/record-save';
import { inProcessEmulator, restCaller } from './api-in-process-helpers';
import { AE, demoOrg } from './helpers';

// Products, price book entries, line items and quotes over in-process HTTP: describe, the refusals
// Salesforce answers, and what an opportunity with products may no longer change.
const V = '/services/data/v62.0';

async function setup() {
  const emulator = inProcessEmulator();
  const tokens = { admin: await emulator.token(), ae: await emulator.token(AE.username) };
  const call = restCaller(emulator, tokens, V);
  const post = (who: keyof typeof tokens, type: string, json: object) =>
    call(who, `/sobjects/${type}`, { method: 'POST', json });
  const id = (object: string, match: (row: Record<string, unknown>) => boolean) =>
    emulator.state.store.live(object).find(match)?.Id as string;
  const book = (name: string) => id('Pricebook2', (row) => row.Name === name);
  const product = (name: string) => id('Product2', (row) => row.Name === name);
  const entry = (bookName: string, productName: string) =>
    id(
      'PricebookEntry',
      (row) => row.Pricebook2Id === book(bookName) && row.Product2Id === product(productName),
    );
  const opportunity = async (who: keyof typeof tokens = 'ae') =>
    (await post(who, 'Opportunity', { Name: 'HTTP deal', StageName: 'Prospecting', CloseDate: '2026-12-31' }))
      .body.id as string;
  return { ...emulator, call, post, book, product, entry, opportunity };
}

test('describe shows the product objects and the fields products add to Opportunity', async () => {
  const org = await setup();
  const line = await org.call('ae', '/sobjects/OpportunityLineItem/describe');
  expect(line.status).toBe(200);
  const fields = Object.fromEntries(line.body.fields.map((field: { name: string }) => [field.name, field]));
  expect(fields.PricebookEntryId).toMatchObject({
    type: 'reference',
    referenceTo: ['PricebookEntry'],
    updateable: false,
  });
  expect(fields.TotalPrice).toMatchObject({ type: 'currency' });
  expect(fields.ListPrice).toMatchObject({ createable: false, updateable: false });
  const opportunity = await org.call('ae', '/sobjects/Opportunity/describe');
  const names = opportunity.body.fields.map((field: { name: string }) => field.name);
  expect(names).toEqual(expect.arrayContaining(['Pricebook2Id', 'HasOpportunityLineItem', 'SyncedQuoteId']));
  const relationships = opportunity.body.childRelationships.map(
    (child: { relationshipName: string }) => child.relationshipName,
  );
  expect(relationships).toEqual(expect.arrayContaining(['OpportunityLineItems', 'Quotes']));
});

test('a custom price book entry needs a standard price; a product is priced once per price book', async () => {
  const org = await setup();
  const created = await org.post('admin', 'Product2', {
    Name: 'Training Day',
    ProductCode: 'TR-1',
    IsActive: true,
  });
  expect(created.status).toBe(201);
  /** Prices the new product in the named price book, as the admin. */
  const priceIn = (bookName: string, fields: object) =>
    org.post('admin', 'PricebookEntry', {
      Pricebook2Id: org.book(bookName),
      Product2Id: created.body.id,
      ...fields,
    });
  const noStandard = await priceIn('Sales Price Book', { UnitPrice: 900, IsActive: true });
  expect(noStandard.body[0]).toMatchObject({ errorCode: 'STANDARD_PRICE_NOT_DEFINED' });
  const standard = await priceIn('Standard Price Book', { UnitPrice: 1000, IsActive: true });
  expect(standard.status).toBe(201);
  const custom = await priceIn('Sales Price Book', { UnitPrice: 900, IsActive: true });
  expect(custom.status).toBe(201);
  expect(org.state.store.get('PricebookEntry', custom.body.id)).toMatchObject({
    Name: 'Training Day',
    ProductCode: 'TR-1',
  });
  const twice = await priceIn('Sales Price Book', { UnitPrice: 800 });
  expect(twice.body[0]).toMatchObject({ errorCode: 'DUPLICATE_VALUE' });
  // Sellers read products; they do not create them.
  const bySeller = await org.post('ae', 'Product2', { Name: 'Side deal' });
  expect(bySeller.body[0]).toMatchObject({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' });
});

test('line item prices: one of unit or total price; an opportunity with products keeps its price book', async () => {
  const org = await setup();
  const id = await org.opportunity();
  const both = await org.post('ae', 'OpportunityLineItem', {
    OpportunityId: id,
    PricebookEntryId: org.entry('Sales Price Book', 'Platform License'),
    Quantity: 1,
    UnitPrice: 100,
    TotalPrice: 100,
  });
  expect(both.body[0]).toMatchObject({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', fields: ['TotalPrice'] });
  const neither = await org.post('ae', 'OpportunityLineItem', {
    OpportunityId: id,
    PricebookEntryId: org.entry('Sales Price Book', 'Platform License'),
    Quantity: 1,
  });
  expect(neither.body[0]).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING' });
  const line = await org.post('ae', 'OpportunityLineItem', {
    OpportunityId: id,
    PricebookEntryId: org.entry('Sales Price Book', 'Platform License'),
    Quantity: 4,
    TotalPrice: 40000,
  });
  expect(line.status).toBe(201);
  expect(org.state.store.get('OpportunityLineItem', line.body.id)).toMatchObject({
    UnitPrice: 10000,
    TotalPrice: 40000,
  });
  const changeBoth = await org.call('ae', `/sobjects/OpportunityLineItem/${line.body.id}`, {
    method: 'PATCH',
    json: { UnitPrice: 1, TotalPrice: 1 },
  });
  expect(changeBoth.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD' });
  const otherBook = await org.call('admin', `/sobjects/Opportunity/${id}`, {
    method: 'PATCH',
    json: { Pricebook2Id: org.book('Enterprise Price Book') },
  });
  expect(otherBook.body[0]).toMatchObject({
    errorCode: 'FIELD_INTEGRITY_EXCEPTION',
    fields: ['Pricebook2Id'],
  });
  expect(org.state.store.get('Opportunity', id)).toMatchObject({
    Pricebook2Id: org.book('Sales Price Book'),
    Amount: 40000,
  });
});

test("a quote created in the UI starts with the opportunity's products; through the API it starts empty", async () => {
  const org = await setup();
  const id = await org.opportunity();
  for (const [name, quantity, price] of [
    ['Platform License', 2, 11000],
    ['Premium Support', 1, 3000],
  ] as const) {
    const line = await org.post('ae', 'OpportunityLineItem', {
      OpportunityId: id,
      PricebookEntryId: org.entry('Sales Price Book', name),
      Quantity: quantity,
      UnitPrice: price,
    });
    expect(line.status).toBe(201);
  }
  const lines = (quoteId: string) =>
    org.state.store
      .live('QuoteLineItem')
      .filter((row) => row.QuoteId === quoteId)
      .map((row) => [row.PricebookEntryId, row.Quantity, row.UnitPrice, row.TotalPrice]);

  const throughApi = await org.post('ae', 'Quote', { Name: 'API quote', OpportunityId: id });
  expect(lines(throughApi.body.id)).toEqual([]);

  const ae = org.state.userByUsername(AE.username);
  const quoteType = org.state.object('Quote');
  if (!ae || !quoteType) throw new Error('the demo org has Ava Chen and quotes');
  const inUi = saveFromUi(org.state, ae, quoteType, undefined, { Name: 'UI quote', OpportunityId: id });
  expect(inUi).toMatchObject({ success: true });
  expect(lines(String(inUi.id))).toEqual([
    [org.entry('Sales Price Book', 'Platform License'), 2, 11000, 22000],
    [org.entry('Sales Price Book', 'Premium Support'), 1, 3000, 3000],
  ]);
  expect(org.state.store.get('Quote', String(inUi.id))).toMatchObject({
    Pricebook2Id: org.book('Sales Price Book'),
    LineItemCount: 2,
    TotalPrice: 25000,
  });
});

test('an opportunity syncs only with its own quotes; stopping the sync leaves its products', async () => {
  const org = await setup();
  const mine = await org.opportunity();
  const other = await org.opportunity();
  const quote = await org.post('ae', 'Quote', { Name: 'Other deal quote', OpportunityId: other });
  const line = await org.post('ae', 'QuoteLineItem', {
    QuoteId: quote.body.id,
    PricebookEntryId: org.entry('Sales Price Book', 'Premium Support'),
    Quantity: 3,
    UnitPrice: 3000,
  });
  expect(line.status).toBe(201);
  const foreign = await org.call('ae', `/sobjects/Opportunity/${mine}`, {
    method: 'PATCH',
    json: { SyncedQuoteId: quote.body.id },
  });
  expect(foreign.body[0]).toMatchObject({
    errorCode: 'FIELD_INTEGRITY_EXCEPTION',
    fields: ['SyncedQuoteId'],
  });

  const start = await org.call('ae', `/sobjects/Opportunity/${other}`, {
    method: 'PATCH',
    json: { SyncedQuoteId: quote.body.id },
  });
  expect(start.status).toBe(204);
  // While syncing, quote line changes reach the opportunity.
  await org.call('ae', `/sobjects/QuoteLineItem/${line.body.id}`, { method: 'PATCH', json: { Quantity: 5 } });
  expect(org.state.store.get('Opportunity', other)).toMatchObject({
    Amount: 15000,
    HasOpportunityLineItem: true,
  });
  const stop = await org.call('ae', `/sobjects/Opportunity/${other}`, {
    method: 'PATCH',
    json: { SyncedQuoteId: null },
  });
  expect(stop.status).toBe(204);
  expect(org.state.store.get('Quote', quote.body.id)).toMatchObject({ IsSyncing: false });
  await org.call('ae', `/sobjects/QuoteLineItem/${line.body.id}`, { method: 'PATCH', json: { Quantity: 1 } });
  expect(org.state.store.get('Opportunity', other)).toMatchObject({ Amount: 15000 });
});

test('Create PDF offers the active quote templates to users who may read quotes, with stable ids', async () => {
  const org = await setup();
  const user = (username: string) =>
    org.state.userByUsername(username) as NonNullable<ReturnType<typeof org.state.userByUsername>>;
  const offered = quoteTemplatesOffered(org.state, user(AE.username));
  expect(offered.map((template) => template.name)).toEqual(['Standard Quote', 'Enterprise Quote']);
  expect(offered[0].id).toMatch(/^0EH/);
  expect(quoteTemplates(inProcessEmulator().state).map((template) => template.id)).toEqual(
    offered.map((template) => template.id),
  );
  expect(quoteTemplatesOffered(org.state, user('casey.csm@acme-demo.example'))).toEqual([]);
});

test('deleting an opportunity deletes its products, quotes and quote lines', async () => {
  const org = await setup();
  const id = await org.opportunity();
  const entry = org.entry('Sales Price Book', 'Premium Support');
  const line = await org.post('ae', 'OpportunityLineItem', {
    OpportunityId: id,
    PricebookEntryId: entry,
    Quantity: 1,
    UnitPrice: 3000,
  });
  const quote = await org.post('ae', 'Quote', { Name: 'Gone soon', OpportunityId: id });
  const quoteLine = await org.post('ae', 'QuoteLineItem', {
    QuoteId: quote.body.id,
    PricebookEntryId: entry,
    Quantity: 1,
    UnitPrice: 3000,
  });
  expect((await org.call('ae', `/sobjects/Opportunity/${id}`, { method: 'DELETE' })).status).toBe(204);
  for (const [object, child] of [
    ['OpportunityLineItem', line.body.id],
    ['Quote', quote.body.id],
    ['QuoteLineItem', quoteLine.body.id],
  ]) {
    expect(org.state.store.get(object, child)?.IsDeleted).toBe(true);
  }
});

test('Choose Price Book and Add Products offer the active, shared price books and their active products', async () => {
  const org = await setup();
  const user = (username: string) =>
    org.state.userByUsername(username) as NonNullable<ReturnType<typeof org.state.userByUsername>>;
  const names = (rows: Record<string, unknown>[]) => rows.map((row) => row.Name);
  expect(names(priceBooksOffered(org.state, user(AE.username)))).toEqual(['Sales Price Book']);
  expect(names(priceBooksOffered(org.state, user('maya.manager@acme-demo.example')))).toEqual([
    'Standard Price Book',
    'Sales Price Book',
    'Enterprise Price Book',
  ]);
  expect(priceBooksOffered(org.state, user('casey.csm@acme-demo.example'))).toEqual([]);
  expect(names(productsOffered(org.state, user(AE.username), org.book('Sales Price Book')))).toEqual([
    'Onboarding Package',
    'Platform License',
    'Premium Support',
  ]);
  // Not shared with the seller: nothing to add from it.
  expect(productsOffered(org.state, user(AE.username), org.book('Enterprise Price Book'))).toEqual([]);
  // The retired product is not offered even to the admin, whose standard price book lists it.
  expect(
    names(productsOffered(org.state, user('admin@acme-demo.example'), org.book('Standard Price Book'))),
  ).not.toContain('Legacy Connector');
});

/** Organization.DefaultPricebookAccess as the emulator's admin reads it through the API. */
async function defaultPricebookAccess(emulator: ReturnType<typeof inProcessEmulator>): Promise<string> {
  const call = restCaller(emulator, { admin: await emulator.token() }, V);
  const soql = encodeURIComponent('SELECT DefaultPricebookAccess FROM Organization');
  return (await call('admin', `/query?q=${soql}`)).body.records[0].DefaultPricebookAccess;
}

test('the org-wide default for price books: Organization.DefaultPricebookAccess, and Use offers every active price book', async () => {
  expect(await defaultPricebookAccess(inProcessEmulator())).toBe('None');
  const use = inProcessEmulator(
    demoOrg((org) => {
      org.org.defaultPricebookAccess = 'ReadSelect';
      const enterprise = org.priceBooks.find((book) => book.name === 'Enterprise Price Book');
      if (enterprise) enterprise.active = false;
    }),
  );
  expect(await defaultPricebookAccess(use)).toBe('ReadSelect');
  const user = (username: string) =>
    use.state.userByUsername(username) as NonNullable<ReturnType<typeof use.state.userByUsername>>;
  const names = (rows: Record<string, unknown>[]) => rows.map((row) => row.Name);
  // Shared only with Sales Managers, the Standard Price Book is the seller's too; the inactive one is nobody's.
  expect(names(priceBooksOffered(use.state, user(AE.username)))).toEqual([
    'Standard Price Book',
    'Sales Price Book',
  ]);
  // Use is about price books a user may read: customer success may not read them.
  expect(priceBooksOffered(use.state, user('casey.csm@acme-demo.example'))).toEqual([]);
});

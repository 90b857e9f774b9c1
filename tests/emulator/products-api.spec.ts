import { expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { AE, failure, oauthConnection } from './helpers';

// Products, price books, opportunity products and quotes through jsforce, each as the running user.
const MANAGER = 'maya.manager@acme-demo.example';

type Rec = Record<string, unknown> & { Id: string };

test.describe('products and quotes in the demo org', () => {
  let emulator: RunningEmulator;
  let admin: Connection;
  let ae: Connection;
  let manager: Connection;
  /** PricebookEntry ids by "price book / product". */
  let entries: Record<string, string>;
  let books: Record<string, string>;

  test.beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
    ae = await oauthConnection(emulator, AE.username);
    manager = await oauthConnection(emulator, MANAGER);
    const rows = await admin.query<Rec>(
      'SELECT Id, Pricebook2Id, Pricebook2.Name, Product2.Name FROM PricebookEntry',
    );
    entries = Object.fromEntries(
      rows.records.map((row) => {
        const book = (row.Pricebook2 as Rec).Name;
        const product = (row.Product2 as Rec).Name;
        return [`${book} / ${product}`, row.Id];
      }),
    );
    const bookRows = await admin.query<Rec>('SELECT Id, Name FROM Pricebook2');
    books = Object.fromEntries(bookRows.records.map((row) => [row.Name as string, row.Id]));
  });
  test.afterAll(async () => emulator?.stop());

  const opportunity = async (conn: Connection, values: object = {}) => {
    const result = await conn.sobject('Opportunity').create({
      Name: 'Products check',
      StageName: 'Prospecting',
      CloseDate: '2026-12-31',
      ...values,
    });
    if (!result.success) throw new Error('create failed');
    return result.id;
  };
  const addLine = async (conn: Connection, values: object) => {
    const result = await conn.sobject('OpportunityLineItem').create(values);
    if (!result.success) throw new Error('create failed');
    return result.id;
  };
  /** Adds the entry of `entry` ("price book / product") to the opportunity, with these line values. */
  const addProduct = (conn: Connection, opportunityId: string, entry: string, values: object) =>
    addLine(conn, { OpportunityId: opportunityId, PricebookEntryId: entries[entry], ...values });
  const get = (conn: Connection, type: string, id: string) => conn.sobject(type).retrieve(id) as Promise<Rec>;
  const names = async (conn: Connection, soql: string) =>
    (await conn.query<Rec>(soql)).records.map((row) => row.Name).sort();

  test('products and price books are queryable; each seller sees only the price books shared with them', async () => {
    expect(await names(admin, 'SELECT Name FROM Product2 WHERE IsActive = false')).toEqual([
      'Legacy Connector',
    ]);
    expect(await names(admin, 'SELECT Name FROM Pricebook2')).toEqual([
      'Enterprise Price Book',
      'Sales Price Book',
      'Standard Price Book',
    ]);
    expect(await names(admin, 'SELECT Name FROM Pricebook2 WHERE IsStandard = true')).toEqual([
      'Standard Price Book',
    ]);
    expect(await names(ae, 'SELECT Name FROM Pricebook2')).toEqual(['Sales Price Book']);
    expect(await names(manager, 'SELECT Name FROM Pricebook2')).toEqual([
      'Enterprise Price Book',
      'Sales Price Book',
      'Standard Price Book',
    ]);
    const aeEntries = await ae.query<Rec>(
      "SELECT Product2.Name, UnitPrice, IsActive FROM PricebookEntry WHERE Pricebook2.Name = 'Sales Price Book'",
    );
    expect(aeEntries.records.map((row) => [(row.Product2 as Rec).Name, row.UnitPrice]).sort()).toEqual([
      ['Onboarding Package', 4500],
      ['Platform License', 12000],
      ['Premium Support', 3000],
    ]);
    expect(
      (await ae.query("SELECT Id FROM PricebookEntry WHERE Pricebook2.Name = 'Enterprise Price Book'"))
        .totalSize,
    ).toBe(0);
  });

  test('a line item takes the entry price book, list price and totals; the opportunity Amount is their sum', async () => {
    const id = await opportunity(ae, { Amount: 999, Probability: 50 });
    const first = await addProduct(ae, id, 'Sales Price Book / Platform License', {
      Quantity: 2,
      UnitPrice: 11000,
    });
    expect(await get(ae, 'OpportunityLineItem', first)).toMatchObject({
      ListPrice: 12000,
      TotalPrice: 22000,
      Subtotal: 22000,
      ProductCode: 'PL-100',
      Name: 'Products check Platform License',
    });
    await addProduct(ae, id, 'Sales Price Book / Premium Support', { Quantity: 1, TotalPrice: 2500 });
    expect(await get(ae, 'Opportunity', id)).toMatchObject({
      Pricebook2Id: books['Sales Price Book'],
      HasOpportunityLineItem: true,
      Amount: 24500,
      ExpectedRevenue: 12250,
    });
    // With products the Amount is read-only: it stays their sum.
    await ae.sobject('Opportunity').update({ Id: id, Amount: 1 });
    expect((await get(ae, 'Opportunity', id)).Amount).toBe(24500);
    await ae.sobject('OpportunityLineItem').update({ Id: first, Quantity: 3, Discount: 10 });
    expect(await get(ae, 'OpportunityLineItem', first)).toMatchObject({ Subtotal: 33000, TotalPrice: 29700 });
    expect((await get(ae, 'Opportunity', id)).Amount).toBe(32200);
    await ae.sobject('OpportunityLineItem').destroy(first);
    expect((await get(ae, 'Opportunity', id)).Amount).toBe(2500);
    const children = await ae.query<Rec>(
      `SELECT Id, (SELECT Quantity, TotalPrice FROM OpportunityLineItems) FROM Opportunity WHERE Id = '${id}'`,
    );
    expect((children.records[0].OpportunityLineItems as { records: Rec[] }).records).toEqual([
      expect.objectContaining({ Quantity: 1, TotalPrice: 2500 }),
    ]);
  });

  test('entries from another price book, inactive entries and missing entries are refused as Salesforce does', async () => {
    const id = await opportunity(manager);
    await addProduct(manager, id, 'Enterprise Price Book / Platform License', {
      Quantity: 1,
      UnitPrice: 10000,
    });
    const otherBook = await failure(
      addProduct(manager, id, 'Sales Price Book / Premium Support', { Quantity: 1, UnitPrice: 3000 }),
    );
    expect(otherBook.errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(otherBook.message).toContain('pricebook entry is in a different pricebook');

    const fresh = await opportunity(admin);
    const inactive = await failure(
      addProduct(admin, fresh, 'Standard Price Book / Legacy Connector', { Quantity: 1, UnitPrice: 800 }),
    );
    expect(inactive.errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(inactive.message).toContain('pricebook entry is inactive');
    expect((await get(admin, 'Opportunity', fresh)).Pricebook2Id).toBeNull();

    const missing = await failure(addLine(admin, { OpportunityId: fresh, Quantity: 1, UnitPrice: 1 }));
    expect(missing.errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(missing.message).toContain('must specify pricebook entry id');
  });

  test('a seller cannot add a product from a price book not shared with them', async () => {
    const id = await opportunity(ae);
    const refused = await failure(
      addProduct(ae, id, 'Enterprise Price Book / Enterprise Data Pack', { Quantity: 1, UnitPrice: 36000 }),
    );
    expect(refused.errorCode).toBe('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
    expect(await ae.query(`SELECT Id FROM OpportunityLineItem WHERE OpportunityId = '${id}'`)).toMatchObject({
      totalSize: 0,
    });
  });

  test('quotes take the opportunity price book; a synced quote puts its lines on the opportunity', async () => {
    const id = await opportunity(ae);
    await addProduct(ae, id, 'Sales Price Book / Platform License', { Quantity: 1, UnitPrice: 12000 });
    const quote = await ae.sobject('Quote').create({ Name: 'First offer', OpportunityId: id });
    if (!quote.success) throw new Error('create failed');
    expect(await get(ae, 'Quote', quote.id)).toMatchObject({
      Pricebook2Id: books['Sales Price Book'],
      Status: 'Draft',
      IsSyncing: false,
    });
    await ae.sobject('QuoteLineItem').create({
      QuoteId: quote.id,
      PricebookEntryId: entries['Sales Price Book / Onboarding Package'],
      Quantity: 2,
      UnitPrice: 4000,
    });
    expect(await get(ae, 'Quote', quote.id)).toMatchObject({ LineItemCount: 1, TotalPrice: 8000 });
    // Not synced: the opportunity keeps its own products.
    expect((await get(ae, 'Opportunity', id)).Amount).toBe(12000);

    await ae.sobject('Opportunity').update({ Id: id, SyncedQuoteId: quote.id });
    expect(await get(ae, 'Quote', quote.id)).toMatchObject({ IsSyncing: true });
    const lines = await ae.query<Rec>(
      `SELECT Product2.Name, Quantity, TotalPrice FROM OpportunityLineItem WHERE OpportunityId = '${id}'`,
    );
    expect(lines.records).toEqual([
      expect.objectContaining({
        Product2: expect.objectContaining({ Name: 'Onboarding Package' }),
        Quantity: 2,
        TotalPrice: 8000,
      }),
    ]);
    expect((await get(ae, 'Opportunity', id)).Amount).toBe(8000);

    const wrongBook = await failure(
      ae.sobject('QuoteLineItem').create({
        QuoteId: quote.id,
        PricebookEntryId: entries['Enterprise Price Book / Platform License'],
        Quantity: 1,
        UnitPrice: 1,
      }),
    );
    expect(wrongBook.errorCode).toBe('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
  });
});

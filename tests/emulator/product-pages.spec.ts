import { type Browser, expect, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { ActionDialog } from '../../pages/action-dialog';
import { OpportunityProducts } from '../../pages/opportunity-products';
import { quoteTemplatesOffered } from '../../pages/quote-pdf';
import { clickRecordAction } from '../../pages/record-actions';
import { RecordPage, RecordPageError } from '../../pages/record-page';
import { newTestContext } from '../test-contexts';
import { AE, oauthConnection } from './helpers';
import { MANAGER, signIn } from './navigation-helpers';

// The opportunity Products list with Choose Price Book and Add Products, and the quote's Create PDF, as the
// seller, the manager and customer success see them.
let emulator: RunningEmulator;
let ae: Connection;
let admin: Connection;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  ae = await oauthConnection(emulator, AE.username);
  admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
});
test.afterAll(async () => emulator?.stop());

async function opportunity(name: string): Promise<string> {
  const result = await ae
    .sobject('Opportunity')
    .create({ Name: name, StageName: 'Prospecting', CloseDate: '2026-12-31' });
  if (!result.success) throw new Error('create failed');
  return result.id;
}

async function openAs(browser: Browser, username: string, sobject: string, id: string) {
  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  await signIn(page, emulator, username, '/lightning/page/home');
  const record = new RecordPage(page, sobject);
  await record.open(id);
  return { page, record };
}

test('the seller chooses among the price books shared with them and adds products with quantity and price', async ({
  browser,
}) => {
  const id = await opportunity('Products seller');
  const { page, record } = await openAs(browser, AE.username, 'Opportunity', id);
  const products = new OpportunityProducts(page, record.root);
  expect((await products.show()).shown).toBe(true);
  expect(await products.priceBooksOffered()).toEqual(['Sales Price Book']);
  expect(await products.productsOffered('Enterprise Price Book', ['Platform License'])).toEqual({
    priceBookOffered: false,
    priceBooks: ['Sales Price Book'],
    products: [],
  });
  expect(await products.productsOffered('Sales Price Book', ['Platform License'])).toEqual({
    priceBookOffered: true,
    priceBooks: ['Sales Price Book'],
    products: ['Onboarding Package', 'Platform License', 'Premium Support'],
  });
  expect(
    await products.add('Sales Price Book', [
      { name: 'Platform License', quantity: 2, salesPrice: 11000 },
      { name: 'Premium Support', quantity: 1 },
    ]),
  ).toEqual({ added: true });
  await record.waitUntilReady();
  const lines = await admin.query<{ Quantity: number; UnitPrice: number; Product2: { Name: string } }>(
    `SELECT Quantity, UnitPrice, Product2.Name FROM OpportunityLineItem WHERE OpportunityId = '${id}'`,
  );
  expect(lines.records.map((line) => [line.Product2.Name, line.Quantity, line.UnitPrice]).sort()).toEqual([
    ['Platform License', 2, 11000],
    ['Premium Support', 1, 3000],
  ]);
  expect((await products.show()).shown).toBe(true);
  expect(await products.rows()).toContain('Platform License 2 $11,000.00 $22,000.00');
});

test('the manager is offered the enterprise and standard price books; an inactive product is never listed', async ({
  browser,
}) => {
  const id = await opportunity('Products manager');
  const { page, record } = await openAs(browser, MANAGER.username, 'Opportunity', id);
  const products = new OpportunityProducts(page, record.root);
  await products.show();
  expect((await products.priceBooksOffered()).sort()).toEqual([
    'Enterprise Price Book',
    'Sales Price Book',
    'Standard Price Book',
  ]);
  const standard = await products.productsOffered('Standard Price Book', [
    'Enterprise Data Pack',
    'Legacy Connector',
  ]);
  expect(standard.products).toContain('Enterprise Data Pack');
  expect(standard.products).not.toContain('Legacy Connector');
});

test('Create PDF offers the active quote templates; customer success cannot open the quote at all', async ({
  browser,
}) => {
  const opp = await opportunity('Quote holder');
  const quote = await ae.sobject('Quote').create({ Name: 'Q-Quote holder', OpportunityId: opp });
  if (!quote.success) throw new Error('quote create failed');
  const seller = await openAs(browser, AE.username, 'Quote', quote.id);
  expect(await quoteTemplatesOffered(seller.page, seller.record.root)).toEqual([
    'Standard Quote',
    'Enterprise Quote',
  ]);

  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  await signIn(page, emulator, 'casey.csm@acme-demo.example', '/lightning/page/home');
  const error = await new RecordPage(page, 'Quote').open(quote.id).catch((caught: Error) => caught);
  expect(error).toBeInstanceOf(RecordPageError);
});

test("Create PDF with a template renders the quote with the template's header and terms", async ({
  browser,
}) => {
  const opp = await opportunity('Quote document');
  const quote = await ae.sobject('Quote').create({ Name: 'Q-Quote document', OpportunityId: opp });
  if (!quote.success) throw new Error('quote create failed');
  const { page, record } = await openAs(browser, AE.username, 'Quote', quote.id);
  expect(await clickRecordAction(record.root, 'Create PDF')).toBe(true);
  const dialog = new ActionDialog(page, 'Create PDF');
  await dialog.waitUntilOpen();
  await dialog.choose('Template', 'Enterprise Quote');
  expect(await dialog.press('Save to Quote')).toEqual({ done: true });
  await page.waitForURL('**/quote/quoteTemplateDataViewer.apexp?**');
  await expect(page.locator('h1')).toHaveText('Acme Demo - Enterprise Agreement');
  await expect(page.locator('.terms')).toHaveText('Subject to the master services agreement.');
  await expect(page.getByText('Q-Quote document')).toBeVisible();
});

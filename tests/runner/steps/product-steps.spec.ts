import { type Browser, type BrowserContext, expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ApprovalStepAction } from '../../../runner/model-approvals';
import { runStep, type StepContext } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { newTestContext } from '../../test-contexts';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * addProducts and offered (price books, products, quote templates) against the emulator's Products list and
 * Create PDF, each with its failure: what the persona is offered and why the rest is not (the price book is
 * not shared with them, the product is inactive or not in that price book, the quote is not readable).
 */
const AE = 'ava.ae@acme-demo.example';
const MANAGER = 'maya.manager@acme-demo.example';
const CSM = 'casey.csm@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const step = (action: ApprovalStepAction | { kind: 'open'; record: string }): Step =>
  ({ ...action, title: action.kind, location }) as Step;
/** Runs one step as the persona of `who`. */
const act = (who: StepContext, action: Parameters<typeof step>[0]) => runStep(step(action), who);

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
test.afterAll(async () => emulator?.stop());

/** The persona's step context with an opportunity of the AE as "deal" and its quote as "quote". */
async function as(browser: Browser, username: string, name: string, on = emulator): Promise<StepContext> {
  const { context, org, records } = await personaStepContext(browser, on, username);
  const owner = (await org.conn.query<{ Id: string }>(`SELECT Id FROM User WHERE Username = '${AE}'`))
    .records[0].Id;
  const deal = await org.conn
    .sobject('Opportunity')
    .create({ Name: name, StageName: 'Prospecting', CloseDate: '2026-12-31', OwnerId: owner });
  if (!deal.success) throw new Error('create failed');
  const quote = await org.conn.sobject('Quote').create({ Name: `Q-${name}`, OpportunityId: deal.id });
  if (!quote.success) throw new Error('quote create failed');
  records.set('deal', { sobject: 'Opportunity', id: deal.id });
  records.set('quote', { sobject: 'Quote', id: quote.id });
  return { ...context, org, adminContext: () => adminBrowser(browser, on) };
}

/** A browser context signed in as the org's admin, as a run opens one beside the persona's. */
async function adminBrowser(browser: Browser, on: RunningEmulator): Promise<BrowserContext> {
  const admin = await newTestContext(browser, { baseURL: on.url });
  const page = await admin.newPage();
  await page.goto(`${on.url}/?startURL=${encodeURIComponent('/lightning/page/home')}`);
  await page.locator('#username').fill(on.admin.username);
  await page.locator('#password').fill(on.admin.password);
  await page.locator('#Login').click();
  await page.waitForURL(/\/lightning\/page\/home/);
  await page.close();
  return admin;
}
const open = step({ kind: 'open', record: 'deal' });

test('addProducts: the seller adds products from the price book shared with them', async ({ browser }) => {
  const seller = await as(browser, AE, 'Steps add products');
  await runStep(open, seller);
  await act(seller, {
    kind: 'addProducts',
    priceBook: 'Sales Price Book',
    products: [
      { name: 'Platform License', quantity: 3, salesPrice: 11500 },
      { name: 'Onboarding Package', quantity: 1 },
    ],
  });
  const lines = await seller.org?.conn.query<{ Quantity: number; UnitPrice: number }>(
    `SELECT Quantity, UnitPrice FROM OpportunityLineItem WHERE OpportunityId = '${seller.records.get('deal')?.id}'`,
  );
  expect(lines?.records.map((line) => [line.Quantity, line.UnitPrice]).sort()).toEqual([
    [1, 4500],
    [3, 11500],
  ]);
});

test('addProducts: a price book not shared with the seller fails saying what is offered and why', async ({
  browser,
}) => {
  const seller = await as(browser, AE, 'Steps enterprise book');
  await runStep(open, seller);
  await expectationFailure(
    act(seller, {
      kind: 'addProducts',
      priceBook: 'Enterprise Price Book',
      products: [{ name: 'Enterprise Data Pack', quantity: 1 }],
    }),
    [
      'Persona "ae" (Ava Chen, ava.ae@acme-demo.example): Choose Price Book on Opportunity',
      'offers "Sales Price Book", not "Enterprise Price Book"',
      'Why: the price book "Enterprise Price Book" is active, so it is not shared with the persona (Price Book Sharing); ' +
        'the org-wide default for price books is No Access (Organization.DefaultPricebookAccess = None), so only its sharing lets them use it.',
    ],
  );
});

test('addProducts: a product with no entry in the price book fails naming the price book', async ({
  browser,
}) => {
  const seller = await as(browser, AE, 'Steps missing product');
  await runStep(open, seller);
  const error = await failure(
    act(seller, {
      kind: 'addProducts',
      priceBook: 'Sales Price Book',
      products: [{ name: 'Enterprise Data Pack', quantity: 1 }],
    }),
  );
  expect(error.message).toContain('Add Products from "Sales Price Book" on Opportunity');
  expect(error.message).toContain(
    'does not offer "Enterprise Data Pack": its search for it answered without it (it showed "Onboarding Package", ' +
      '"Platform License", "Premium Support" in all). Why: "Enterprise Data Pack" has no entry in the price book "Sales Price Book"',
  );
});

test('offered: price books and products pass as declared; an inactive product, a hidden price book and a product offered that must not be fail with why', async ({
  browser,
}) => {
  const manager = await as(browser, MANAGER, 'Steps offered');
  await runStep(open, manager);
  await act(manager, {
    kind: 'offered',
    priceBooks: { includes: ['Enterprise Price Book', 'Sales Price Book'], excludes: [] },
    products: {
      priceBook: 'Standard Price Book',
      includes: ['Enterprise Data Pack'],
      excludes: ['Legacy Connector'],
    },
  });

  const seller = await as(browser, AE, 'Steps offered seller');
  await runStep(open, seller);
  const error = await failure(
    act(seller, {
      kind: 'offered',
      priceBooks: { includes: ['Enterprise Price Book'], excludes: ['Sales Price Book'] },
    }),
  );
  expect(error.message).toContain('Persona "ae" (Ava Chen, ava.ae@acme-demo.example):');
  expect(error.message).toContain(
    'price books: expected "Enterprise Price Book" offered, but the persona is offered "Sales Price Book" — the price book "Enterprise Price Book" is active, so it is not shared with the persona (Price Book Sharing)',
  );
  expect(error.message).toContain(
    'price books: expected "Sales Price Book" not offered, but it is (offered: "Sales Price Book") — the org-wide ' +
      'default for price books is No Access (Organization.DefaultPricebookAccess = None), so "Sales Price Book" is ' +
      'shared with the persona or a group they are in (its Sharing button; that sharing cannot be read through the API); ' +
      '"Sales Price Book" is active (deactivating it removes it for everyone)',
  );

  const again = await as(browser, MANAGER, 'Steps offered inactive');
  await runStep(open, again);
  const inactive = await failure(
    act(again, {
      kind: 'offered',
      products: { priceBook: 'Standard Price Book', includes: ['Legacy Connector'], excludes: [] },
    }),
  );
  expect(inactive.message).toContain(
    'products of "Standard Price Book": expected "Legacy Connector" offered, but the persona is offered',
  );
  expect(inactive.message).toContain('— the product "Legacy Connector" is inactive');

  const offered = await failure(
    act(again, {
      kind: 'offered',
      products: { priceBook: 'Standard Price Book', includes: [], excludes: ['Platform License'] },
    }),
  );
  expect(offered.message).toContain(
    'products of "Standard Price Book": expected "Platform License" not offered, but it is (offered: ',
  );
  expect(offered.message).toContain(
    '— "Platform License" is active and has an active entry in "Standard Price Book" (deactivating the entry ' +
      'withdraws it from this price book, for everyone who may use it), and the persona may use "Standard Price ' +
      'Book": the persona holds View All Data through profile "Sales Manager", which lets them use every price book',
  );
});

test('offered quoteTemplates: the seller gets both templates; customer success cannot open the quote', async ({
  browser,
}) => {
  const seller = await as(browser, AE, 'Steps templates');
  await act(seller, {
    kind: 'offered',
    quoteTemplates: { quote: 'quote', includes: ['Standard Quote', 'Enterprise Quote'], excludes: [] },
  });
  const csm = await as(browser, CSM, 'Steps templates csm');
  await act(csm, {
    kind: 'offered',
    quoteTemplates: { quote: 'quote', includes: [], excludes: ['Enterprise Quote'] },
  });
  const error = await failure(
    act(csm, {
      kind: 'offered',
      quoteTemplates: { quote: 'quote', includes: ['Standard Quote'], excludes: [] },
    }),
  );
  expect(error.message).toContain('Persona "csm" (Casey Morgan, casey.csm@acme-demo.example):');
  expect(error.message).toContain(
    'expected "Standard Quote" offered, but the persona is offered nothing — the quote\'s page says',
  );
});

test('offered quoteTemplates: a template the org does not have is an error with the nearest name, never a pass', async ({
  browser,
}) => {
  const seller = await as(browser, AE, 'Steps template typo');
  const typo = await failure(
    act(seller, {
      kind: 'offered',
      quoteTemplates: { quote: 'quote', includes: [], excludes: ['Enterprise Quote Template'] },
    }),
  );
  expect(typo.name).toBe('Error');
  expect(typo.message).toContain(
    'The org has no active quote template named "Enterprise Quote Template". Did you mean "Enterprise Quote"?',
  );
  expect(typo.message).toContain('offers "Standard Quote", "Enterprise Quote"');
  // Customer success cannot open the quote: every name it gives is checked against the admin's Create PDF.
  const csm = await as(browser, CSM, 'Steps template typo csm');
  const unseen = await failure(
    act(csm, {
      kind: 'offered',
      quoteTemplates: { quote: 'quote', includes: [], excludes: ['Enterprise Qoute'] },
    }),
  );
  expect(unseen.message).toContain('Did you mean "Enterprise Quote"?');
  const { adminContext: _, ...withoutAdmin } = csm;
  const unchecked = await failure(
    act(withoutAdmin, {
      kind: 'offered',
      quoteTemplates: { quote: 'quote', includes: [], excludes: ['Enterprise Quote'] },
    }),
  );
  expect(unchecked.message).toContain(
    'Quote templates "Enterprise Quote" are not offered to the persona, and this run has no admin browser session',
  );
});

test('offered: a price book or product the org does not have is an error with the nearest name, never a pass', async ({
  browser,
}) => {
  const seller = await as(browser, AE, 'Steps unknown names');
  await runStep(open, seller);
  const book = await failure(
    act(seller, { kind: 'offered', priceBooks: { includes: [], excludes: ['Enterprise Pricebook'] } }),
  );
  expect(book.name).toBe('Error');
  expect(book.message).toContain(
    'The org has no price book named "Enterprise Pricebook". Did you mean "Enterprise Price Book"?',
  );
  const product = await failure(
    act(seller, {
      kind: 'offered',
      products: { priceBook: 'Sales Price Book', includes: [], excludes: ['Platform Licence'] },
    }),
  );
  expect(product.message).toContain(
    'The org has no product named "Platform Licence". Did you mean "Platform License"?',
  );
});

test('offered: a price book the persona may not read is not offered, and the failure names who does not grant Read', async ({
  browser,
}) => {
  const finance = await as(browser, 'fiona.finance@acme-demo.example', 'Steps offered finance');
  await runStep(open, finance);
  await expectationFailure(
    act(finance, { kind: 'offered', priceBooks: { includes: ['Sales Price Book'], excludes: [] } }),
    [
      'price books: expected "Sales Price Book" offered, but the persona is offered nothing — the price book ' +
        '"Sales Price Book" is active, but the persona may not read price books: neither profile "Finance" nor any ' +
        'permission set grants Read on Price Books (Pricebook2)',
    ],
  );
});

test('offered: a price book offered through View All Data names the permission set granting it', async ({
  browser,
}) => {
  const auditing = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      org.permissionSets.push({
        name: 'Data_Auditor',
        label: 'Data Auditor',
        systemPermissions: ['ViewAllData'],
        objectPermissions: {},
        fieldPermissions: {},
        tabSettings: {},
        customPermissions: [],
      });
      const ava = org.users.find((user) => user.username === AE);
      ava?.permissionSets.push('Data_Auditor');
    }),
  });
  try {
    const seller = await as(browser, AE, 'Steps view all data', auditing);
    await runStep(open, seller);
    await expectationFailure(
      act(seller, { kind: 'offered', priceBooks: { includes: [], excludes: ['Enterprise Price Book'] } }),
      [
        'price books: expected "Enterprise Price Book" not offered, but it is',
        '— the persona holds View All Data through permission set "Data Auditor", which lets them use every price ' +
          'book; "Enterprise Price Book" is active (deactivating it removes it for everyone)',
      ],
    );
  } finally {
    await auditing.stop();
  }
});

test('offered: with the org-wide default Use, a price book offered names the default', async ({
  browser,
}) => {
  const everyoneUses = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      org.org.defaultPricebookAccess = 'ReadSelect';
    }),
  });
  try {
    const seller = await as(browser, AE, 'Steps default use', everyoneUses);
    await runStep(open, seller);
    await expectationFailure(
      act(seller, { kind: 'offered', priceBooks: { includes: [], excludes: ['Enterprise Price Book'] } }),
      [
        '— the org-wide default for price books is Use (Organization.DefaultPricebookAccess = ReadSelect): every ' +
          'user may choose every active price book; "Enterprise Price Book" is active (deactivating it removes it for everyone)',
      ],
    );
  } finally {
    await everyoneUses.stop();
  }
});

test('offered quoteTemplates: a template offered that must not be says templates have no per-user access', async ({
  browser,
}) => {
  const seller = await as(browser, AE, 'Steps template offered');
  await expectationFailure(
    act(seller, {
      kind: 'offered',
      quoteTemplates: { quote: 'quote', includes: [], excludes: ['Enterprise Quote'] },
    }),
    [
      'expected "Enterprise Quote" not offered, but it is (offered: "Standard Quote", "Enterprise Quote") — ' +
        '"Enterprise Quote" is an active quote template, and Create PDF offers every active template to whoever may ' +
        'create a quote PDF (templates have no per-user access); deactivating it in Setup > Quote Templates is what ' +
        'removes it, for everyone',
    ],
  );
});

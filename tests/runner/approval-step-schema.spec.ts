import { expect, test } from '@playwright/test';
import {
  expectLoadError,
  expectOneError,
  expectStepBeforeOpenError,
  loadOne,
  validScenario,
} from './scenario-files';

/** The approval, product and quote steps as the loader reads them, and each user mistake at its line. */
const withSteps = (...lines: string[]) => [
  ...validScenario().slice(0, 6),
  '  deal:',
  '    sobject: Opportunity',
  '    fields: { Name: Deal }',
  'steps:',
  '  - open: { record: deal }',
  ...lines,
];

test('every approval, product and quote step loads with its kind and a title that says what it does', () => {
  const { errors, scenarios } = loadOne(
    withSteps(
      '  - submitForApproval: { comment: Three-year term }',
      '  - approval: { status: Pending, pendingApprover: Maya Patel, locked: true }',
      '  - itemsToApprove: { includes: [deal] }',
      '  - approve: { record: deal, comment: Fine }',
      '  - reject: { record: deal }',
      '  - open: { record: deal }',
      '  - recall:',
      '  - addProducts: { priceBook: Sales Price Book, products: [{ name: Platform License, quantity: 2, salesPrice: 11000 }] }',
      '  - offered: { priceBooks: { excludes: [Enterprise Price Book] }, quoteTemplates: { quote: deal, includes: [Standard Quote] } }',
    ),
  );
  expect(errors).toEqual([]);
  expect(scenarios[0].steps.slice(1).map((step) => [step.kind, step.title])).toEqual([
    ['submitForApproval', 'submit for approval ("Three-year term")'],
    ['approval', 'expect approval: status Pending, pending with Maya Patel, locked'],
    ['itemsToApprove', 'Items to Approve includes deal'],
    ['approve', 'approve deal from Items to Approve ("Fine")'],
    ['reject', 'reject deal from Items to Approve'],
    ['open', 'open record "deal"'],
    ['recall', 'recall the approval request'],
    ['addProducts', 'add products from Sales Price Book: 2 × Platform License at 11000'],
    [
      'offered',
      'offered: price books exclude Enterprise Price Book | quote templates include Standard Quote',
    ],
  ]);
});

test('a product without a quantity is refused at its line, with an example', () => {
  const { file, errors } = loadOne(
    withSteps('  - addProducts: { priceBook: Sales Price Book, products: [{ name: Platform License }] }'),
  );
  expectOneError(errors, {
    file,
    line: 12,
    column: 60, // the product's mapping, which lacks it
    path: 'steps[1].addProducts.products[0].quantity',
    says: ['Expected a quantity', 'quantity: 2'],
  });
});

test('an empty approval expectation says what it can check', () => {
  expectLoadError(withSteps('  - approval: {}'), {
    at: '12:15',
    path: 'steps[1].approval',
    says: [
      'Expected at least one of status, pendingApprover, locked, history',
      'approval: { status: Pending',
    ],
  });
});

test('a misspelt offered key names the right one', () => {
  expectLoadError(withSteps('  - offered: { priceBook: { includes: [Sales Price Book] } }'), {
    at: '12:16',
    path: 'steps[1].offered.priceBook',
    says: ['unknown key "priceBook"', 'Did you mean "priceBooks"?'],
  });
});

test('a record to approve that is not test data is refused with the keys there are', () => {
  expectLoadError(withSteps('  - approve: { record: dael }'), {
    at: '12:24',
    path: 'steps[1].approve.record',
    says: ['no data record "dael"', 'Expected a key of data: deal'],
  });
});

test('submitting before any record is opened is refused, saying to open one', () => {
  const lines = withSteps('  - submitForApproval: { comment: Go }').filter((line) => !line.includes('open:'));
  const { file, errors } = loadOne(lines);
  expectStepBeforeOpenError(errors, {
    file,
    line: 11,
    kind: 'submitForApproval',
    says: ['- open: { record: deal }'],
  });
});

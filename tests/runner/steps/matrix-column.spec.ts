import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { MATRIX_COLUMN_ATTACHMENT, type MatrixColumn } from '../../../runner/reporters/access-matrix-table';
import { runStep } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { waitAtMost } from '../../short-waits';
import { expectationFailure, type personaStepContext, personaWithAccount } from './persona-steps';

/**
 * One persona's column of a matrix scenario against the emulator: hidden / read / edit read from a complete
 * record page and its Edit form, the column attached for the run's table, and every differing cell explained.
 */
const CSM = 'casey.csm@acme-demo.example';
const MOPS = 'riley.mops@acme-demo.example';
const location = { file: 'matrix.yaml', line: 12, column: 24 };
const column = (expected: Record<string, 'hidden' | 'read' | 'edit'>): Step => ({
  kind: 'fieldAccess',
  title: 'access',
  location,
  record: 'account',
  expected,
  matrix: 'account-fields-matrix',
  personas: ['csm', 'mops'],
});

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ latency: 'lightning' });
});
test.afterEach(async () => emulator?.stop());

async function asPersona(browser: Parameters<typeof personaStepContext>[0], username: string) {
  return (await personaWithAccount(browser, emulator, username, 'Matrix Account')).context;
}

function attachedColumn(): MatrixColumn {
  const attachment = test.info().attachments.find((a) => a.name === MATRIX_COLUMN_ATTACHMENT);
  return JSON.parse(attachment?.body?.toString('utf8') ?? '{}') as MatrixColumn;
}

test('a column that holds passes and attaches what was seen with its evidence', async ({ browser }) => {
  const context = await asPersona(browser, CSM);
  await runStep(column({ Credit_Limit__c: 'hidden', AnnualRevenue: 'read', Industry: 'edit' }), context);
  const seen = attachedColumn();
  expect(seen).toMatchObject({ matrix: 'account-fields-matrix', persona: 'csm' });
  expect(seen.cells.map(({ field, expected, seen }) => [field, expected, seen])).toEqual([
    ['Credit_Limit__c', 'hidden', 'hidden'],
    ['AnnualRevenue', 'read', 'read'],
    ['Industry', 'edit', 'edit'],
  ]);
  expect(seen.cells[0]?.why).toContain('field-level security hides it');
  expect(seen.cells[1]?.why).toContain(
    'shown, but the Edit form has no input for it: field-level security grants Read via profile "Customer Success Manager", but neither profile "Customer Success Manager" nor any permission set grants Edit',
  );
  expect(seen.cells[2]?.why).toContain(
    'the Edit form has an input for it; field-level security grants Edit via profile',
  );
});

test('cells that differ fail together, each with expected, seen and why, and the column as a table', async ({
  browser,
}) => {
  const context = await asPersona(browser, CSM);
  const error = await expectationFailure(
    runStep(column({ Credit_Limit__c: 'edit', AnnualRevenue: 'edit', Industry: 'edit' }), context),
    [
      'Persona "csm" (Casey',
      'access differs from the matrix "account-fields-matrix" in 2 of 3 field(s)',
      'Account.Credit_Limit__c: expected edit, but it is hidden — not on the page: field-level security hides it',
    ],
  );
  expect(error.message).toMatch(
    /Account\.AnnualRevenue: expected edit, but it is read — shown, but the Edit form has no input for it: field-level security grants Read via profile "Customer Success Manager", but neither .* grants Edit/,
  );
  expect(error.message).toContain('| Credit_Limit__c | edit ✘ hidden |');
  expect(error.message).toContain('| Industry        | edit ✓        |');
  // The column is attached even when the check fails: the run's table shows what was seen.
  expect(attachedColumn().cells.map((cell) => cell.seen)).toEqual(['hidden', 'read', 'edit']);
  const markdown = test.info().attachments.find((a) => a.name === 'access of csm: expected vs seen');
  expect(markdown?.contentType).toBe('text/markdown');
  expect(markdown?.body?.toString('utf8')).toContain(
    '- csm · Credit_Limit__c: expected edit, seen hidden — not on the page',
  );
});

test('a persona who cannot open the record sees every field hidden, with the page and the org as evidence', async ({
  browser,
}) => {
  const context = await asPersona(browser, MOPS);
  await runStep(column({ Credit_Limit__c: 'hidden', Industry: 'hidden' }), context);
  expect(attachedColumn().cells[0]?.why).toContain('the persona cannot open the record');

  const error = await failure(runStep(column({ Industry: 'read' }), context));
  expect(error.message).toContain(
    'Account.Industry: expected read, but it is hidden — the persona cannot open the record',
  );
  expect(error.message).toContain('Insufficient Privileges');
});

test('a record deleted before the column is read is an explained failure, never a column of hidden cells', async ({
  browser,
}) => {
  const made = await personaWithAccount(browser, emulator, CSM, 'Matrix Account');
  made.context.org = made.org; // as a run has it: the admin says whether the record still exists
  const account = made.context.records.get('account');
  await made.org.conn.sobject('Account').destroy(account?.id as string);
  const error = await failure(
    runStep(column({ Credit_Limit__c: 'hidden', Industry: 'hidden' }), made.context),
  );
  expect(error.name).not.toBe('ExpectationError');
  expect(error.message).toContain('Persona "csm" (Casey');
  expect(error.message).toContain('This record may have been deleted');
  expect(error.message).toContain(
    'which is not Insufficient Privileges, so it says nothing about the persona',
  );
  expect(error.message).toContain('read as the admin, the record no longer exists');
  const cells = attachedColumn().cells;
  expect(cells.map((cell) => cell.seen)).toEqual([undefined, undefined]);
  expect(cells[0]?.why).toContain('This record may have been deleted');
});

test('a page Lightning cannot find is an explained failure, never hidden cells', async ({ browser }) => {
  const made = await personaWithAccount(browser, emulator, CSM, 'Matrix Account');
  made.context.org = made.org; // as a run has it: the admin says whether the record still exists
  const admin = await made.org.conn.query<{ Id: string }>(
    "SELECT Id FROM User WHERE Username = 'admin@acme-demo.example'",
  );
  made.context.records.set('account', { sobject: 'User', id: admin.records[0].Id });
  const error = await failure(runStep(column({ Username: 'hidden' }), made.context));
  expect(error.message).toContain("We can't find that page");
  expect(error.message).toContain('the record exists (read as the admin)');
  expect(attachedColumn().cells[0]?.seen).toBeUndefined();
});

test('a field the object does not have is an error naming the nearest real field, never a cell', async ({
  browser,
}) => {
  const context = await asPersona(browser, CSM);
  const error = await failure(runStep(column({ Credit_Limt__c: 'hidden' }), context));
  expect(error.name).not.toBe('ExpectationError');
  expect(error.message).toContain('Account has no field "Credit_Limt__c". Did you mean "Credit_Limit__c"?');
});

test('a persona the record page offers no Edit action reads every shown field, and is told why', async ({
  browser,
}) => {
  const context = await asPersona(browser, 'sam.sdr@acme-demo.example');
  const error = await failure(runStep(column({ Industry: 'edit', Credit_Limit__c: 'hidden' }), context));
  expect(error.message).toContain('Persona "sdr" (Sam Rivera');
  expect(error.message).toContain(
    'Account.Industry: expected edit, but it is read — shown, but the record page offers no Edit action',
  );
  expect(error.message).toContain('the persona lacks the object permission Edit on Account');
  expect(error.message).not.toContain('Credit_Limit__c: expected');
});

test('a record page that shows neither the record nor a refusal fails saying so, never a column of hidden cells', async ({
  browser,
}) => {
  const context = await asPersona(browser, CSM);
  waitAtMost(context.page, 2_000);
  await context.page.route('**/lightning/r/Account/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Down for maintenance</title><p>Back soon</p>' }),
  );
  const error = await runStep(column({ Industry: 'hidden' }), context).catch((e: Error) => e);
  expect((error as Error).message).toMatch(
    /^Persona .+ on Account \w+ \(data "account"\): the record page \(its record home with highlights and a first field, or Lightning's refusal\) did not happen \(now at .+, "Down for maintenance"\)\. Likely cause: the page shows neither as looked for/,
  );
});

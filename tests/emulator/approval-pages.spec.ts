import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import type { Connection } from 'jsforce';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { LOCKED_RECORD_UI_MESSAGE } from '../../emulator/save/record-locks';
import { ActionDialog } from '../../pages/action-dialog';
import { ApprovalHistory } from '../../pages/approval-history';
import { ItemsToApprove } from '../../pages/items-to-approve';
import { clickRecordAction } from '../../pages/record-actions';
import { attemptEdit } from '../../pages/record-lock';
import { RecordPage } from '../../pages/record-page';
import { newTestContext } from '../test-contexts';
import { AE, discountedOpportunity, documentLoads, oauthConnection } from './helpers';
import { MANAGER, signIn } from './navigation-helpers';

// The approval pages as the seller and the manager use them: Submit for Approval with a comment, the lock
// on Edit, the Approval History list, Items to Approve on the manager's home and the approval request page.
let emulator: RunningEmulator;
let ae: Connection;
let admin: Connection;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  ae = await oauthConnection(emulator, AE.username);
  admin = await oauthConnection(emulator, emulator.admin.username, emulator.admin.password);
});
test.afterAll(async () => emulator?.stop());

const discounted = (name: string, discount: number) => discountedOpportunity(ae, name, discount);

async function openAs(
  browser: Browser,
  username: string,
  recordId: string,
): Promise<{ page: Page; record: RecordPage }> {
  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  await signIn(page, emulator, username, `/lightning/r/Opportunity/${recordId}/view`);
  const record = new RecordPage(page, 'Opportunity');
  await record.waitUntilReady();
  return { page, record };
}

/** The approver's Items to Approve, open on their home page in a browser context of their own. */
async function itemsToApproveOf(
  browser: Browser,
  username: string,
): Promise<{ page: Page; items: ItemsToApprove }> {
  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  await signIn(page, emulator, username, '/lightning/page/home');
  const items = new ItemsToApprove(page);
  await items.open();
  return { page, items };
}

/** The Id of the record's pending approval request (its ProcessInstanceWorkitem), read as the admin. */
async function requestOf(recordId: string): Promise<string> {
  const instance = await admin.query<{ Id: string }>(
    `SELECT Id FROM ProcessInstance WHERE TargetObjectId = '${recordId}' AND Status = 'Pending'`,
  );
  const workitem = await admin.query<{ Id: string }>(
    `SELECT Id FROM ProcessInstanceWorkitem WHERE ProcessInstanceId = '${instance.records[0]?.Id}'`,
  );
  return workitem.records[0]?.Id as string;
}

async function submit(page: Page, record: RecordPage, comment: string) {
  expect(await clickRecordAction(record.root, 'Submit for Approval')).toBe(true);
  const dialog = new ActionDialog(page, 'Submit for Approval');
  await dialog.waitUntilOpen();
  await dialog.comment(comment);
  return dialog.press('Submit');
}

test('the seller submits, is locked out, the manager approves from Items to Approve, the seller edits again', async ({
  browser,
}) => {
  const id = await discounted('Page approval 25', 25);
  const seller = await openAs(browser, AE.username, id);
  expect(await submit(seller.page, seller.record, 'Competitive deal')).toEqual({ done: true });
  await seller.record.waitUntilReady();
  await expect(seller.record.field('Approval_Status__c').root).toContainText('Pending');

  expect(await attemptEdit(seller.page, seller.record.root, 'Opportunity')).toEqual({
    refused: true,
    message: LOCKED_RECORD_UI_MESSAGE,
  });
  const history = new ApprovalHistory(seller.page, seller.record.root);
  expect((await history.show()).shown).toBe(true);
  expect(await history.rows()).toEqual([
    expect.objectContaining({ status: 'Pending', assignedTo: MANAGER.name, actualApprover: '' }),
    expect.objectContaining({ status: 'Submitted', actualApprover: AE.name, comments: 'Competitive deal' }),
  ]);

  const { page: managerPage, items } = await itemsToApproveOf(browser, MANAGER.username);
  expect(await items.names()).toContain('Page approval 25');
  const request = await items.openRequestLinkingTo([await requestOf(id)]);
  const approve = await request?.action('Approve');
  await approve?.comment('Fine for this quarter');
  expect(await approve?.press('Approve')).toEqual({ done: true });
  await managerPage.waitForURL(`**/lightning/r/Opportunity/${id}/view`);
  await items.open();
  expect(await items.names()).not.toContain('Page approval 25');

  await seller.page.reload();
  await seller.record.waitUntilReady();
  await expect(seller.record.field('Approval_Status__c').root).toContainText('Approved');
  expect((await history.show()).shown).toBe(true);
  expect((await history.rows())[0]).toMatchObject({
    status: 'Approved',
    actualApprover: MANAGER.name,
    comments: 'Fine for this quarter',
  });
  expect(await attemptEdit(seller.page, seller.record.root, 'Opportunity')).toEqual({
    refused: false,
    reason: 'form-opened',
  });
});

test('a discount under the threshold: the dialog shows Salesforce\'s "No applicable approval process"', async ({
  browser,
}) => {
  const id = await discounted('Page approval 10', 10);
  const seller = await openAs(browser, AE.username, id);
  expect(await submit(seller.page, seller.record, 'Small one')).toEqual({
    done: false,
    errors: ['No applicable approval process was found.'],
  });
});

test('the seller recalls from the Approval History list; the manager rejects another from the request page', async ({
  browser,
}) => {
  const recalled = await discounted('Page recall 30', 30);
  const seller = await openAs(browser, AE.username, recalled);
  await submit(seller.page, seller.record, 'Try');
  await seller.record.waitUntilReady();
  const history = new ApprovalHistory(seller.page, seller.record.root);
  await history.show();
  const recall = await history.action('Recall', 'Recall Approval Request');
  await recall?.comment('Wrong discount');
  expect(await recall?.press('Recall')).toEqual({ done: true });
  await seller.record.waitUntilReady();
  await expect(seller.record.field('Approval_Status__c').root).toContainText('Recalled');

  const rejected = await discounted('Page reject 40', 40);
  const other = await openAs(browser, AE.username, rejected);
  await submit(other.page, other.record, 'Big one');
  const { page: managerPage, items } = await itemsToApproveOf(browser, MANAGER.username);
  const reject = await (await items.openRequestLinkingTo([await requestOf(rejected)]))?.action('Reject');
  await reject?.comment('Too deep');
  expect(await reject?.press('Reject')).toEqual({ done: true });
  const record = new RecordPage(managerPage, 'Opportunity');
  await record.waitUntilReady();
  await expect(record.field('Approval_Status__c').root).toContainText('Rejected');
});

test('the manager reassigns the request to Finance with a comment; it moves to their Items to Approve', async ({
  browser,
}) => {
  const id = await discounted('Page reassign 35', 35);
  const seller = await openAs(browser, AE.username, id);
  await submit(seller.page, seller.record, 'Needs finance');
  const { items } = await itemsToApproveOf(browser, MANAGER.username);
  const reassign = await (await items.openRequestLinkingTo([await requestOf(id)]))?.action('Reassign');
  await reassign?.choose('Assigned To', 'Fiona Grant');
  await reassign?.comment('Finance decides above 30%');
  expect(await reassign?.press('Reassign')).toEqual({ done: true });
  await items.open();
  expect(await items.names()).not.toContain('Page reassign 35');

  const { items: financeItems } = await itemsToApproveOf(browser, 'fiona.finance@acme-demo.example');
  expect(await financeItems.names()).toContain('Page reassign 35');

  await seller.page.reload();
  await seller.record.waitUntilReady();
  const history = new ApprovalHistory(seller.page, seller.record.root);
  await history.show();
  expect((await history.rows()).map((row) => [row.status, row.assignedTo])).toEqual([
    ['Pending', 'Fiona Grant'],
    ['Reassigned', MANAGER.name],
    ['Submitted', AE.name],
  ]);
});

test('an approval dialog stays until the page it leads to replaces it, so the next navigation cannot be interrupted', async ({
  browser,
}) => {
  const id = await discounted('Page reject leads on', 40);
  const seller = await openAs(browser, AE.username, id);
  await submit(seller.page, seller.record, 'Big one');
  const { page, items } = await itemsToApproveOf(browser, MANAGER.username);
  const reject = await (await items.openRequestLinkingTo([await requestOf(id)]))?.action('Reject');
  expect(reject).toBeDefined();
  // The record page the dialog leads to answers 204 No Content: the browser stays on the request page, dialog and all.
  const askedForRecordPage = new Promise<void>((resolve) =>
    page.route(`**/lightning/r/Opportunity/${id}/view`, async (route) => {
      await route.fulfill({ status: 204 });
      resolve();
    }),
  );
  await reject?.root.getByRole('button', { name: 'Reject', exact: true }).click();
  await askedForRecordPage;
  await expect(reject?.root as Locator).toHaveCount(1);
});

test('Submit for Approval renders the record page again in place, with its toast, as Lightning does', async ({
  browser,
}) => {
  const id = await discounted('Page submit in place', 30);
  const seller = await openAs(browser, AE.username, id);
  const documentsLoaded = await documentLoads(seller.page);
  expect(await submit(seller.page, seller.record, 'In place')).toEqual({ done: true });
  await seller.record.waitUntilReady();
  await expect(seller.record.field('Approval_Status__c').root).toContainText('Pending');
  await expect(seller.page.locator('.forceToastMessage').filter({ visible: true })).toHaveCount(1);
  expect(documentsLoaded).toEqual([]);
});

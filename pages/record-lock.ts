import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { clickRecordAction } from './record-actions';
import { RecordEditModal } from './record-edit-modal';
import { rendered } from './rendered';
import { errorToasts, toastMessage } from './toast';

export type EditAttempt =
  | { refused: true; message: string }
  | { refused: false; reason: 'form-opened' }
  | { refused: false; reason: 'no-edit-action' }
  | { refused: false; reason: 'other-error'; message: string };

/**
 * Salesforce's wording for a record an approval locked: Lightning's "This record is locked. If you need to
 * edit it, contact your admin." on Edit (unconfirmed exact wording), the API's ENTITY_IS_LOCKED ("entity is
 * locked for editing" / "for approval": salesforcedictionary.com/errors/entity-is-locked-for-approval). Any
 * other error ("blocked", "clock"…) is not a lock.
 */
export const LOCK_MESSAGE = /\bthis record is locked\b|\bentity is locked\b|\bENTITY_IS_LOCKED\b/i;

/**
 * Clicks Edit as the signed-in user, never saving: Lightning refuses a record locked by an approval with its
 * lock message on Edit. An edit form that opens is closed with Cancel; any other error is returned as what it is.
 */
export async function attemptEdit(page: Page, recordRoot: Locator, sobject: string): Promise<EditAttempt> {
  if (!(await clickRecordAction(recordRoot, 'Edit'))) return { refused: false, reason: 'no-edit-action' };
  const modal = new RecordEditModal(page, sobject);
  const toast = errorToasts(page);
  await rendered(modal.root.locator(locators.recordEdit.save).filter({ visible: true }).or(toast).first());
  if (await modal.root.isVisible().catch(() => false)) {
    await modal.cancel();
    return { refused: false, reason: 'form-opened' };
  }
  const message = await toastMessage(toast.first());
  return LOCK_MESSAGE.test(message)
    ? { refused: true, message }
    : { refused: false, reason: 'other-error', message };
}

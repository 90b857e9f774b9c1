import type { Locator, Page } from '@playwright/test';
import { locators } from './locators';
import { clickRecordAction } from './record-actions';
import { RecordEditModal } from './record-edit-modal';
import { rendered } from './rendered';
import { errorToasts, toastMessage } from './toast';

export type EditAttempt =
  | { refused: true; message: string }
  | { refused: false; reason: 'saved' | 'no-edit-action' | 'other-error'; message?: string };

/**
 * Tries to edit a record as the signed-in user without changing a value: Lightning refuses a record locked by
 * an approval with its lock message, as a toast on Edit or as the save's error. A save that goes through is
 * positive evidence the record is not locked for them.
 */
export async function attemptEdit(page: Page, recordRoot: Locator, sobject: string): Promise<EditAttempt> {
  if (!(await clickRecordAction(recordRoot, 'Edit'))) return { refused: false, reason: 'no-edit-action' };
  const modal = new RecordEditModal(page, sobject);
  const toast = errorToasts(page);
  await rendered(modal.root.locator(locators.recordEdit.save).filter({ visible: true }).or(toast).first());
  if ((await toast.count()) > 0 && !(await modal.root.isVisible().catch(() => false))) {
    return { refused: true, message: await toastMessage(toast.first()) };
  }
  const outcome = await modal.save();
  if (outcome.saved) return { refused: false, reason: 'saved' };
  await modal.cancel();
  const locked = outcome.errors.find((error) => /lock/i.test(error));
  return locked
    ? { refused: true, message: locked }
    : { refused: false, reason: 'other-error', message: outcome.errors.join(' | ') };
}

import { locators } from './locators';
import type { RecordEditModal } from './record-edit-modal';

/**
 * Which of these fields the open Edit modal lets the user change: a layout item with an input slot. A field
 * the modal shows without an input is read-only for the user (field-level security Read without Edit, or a
 * read-only layout item); a field it does not show at all is not editable either.
 */
export async function fieldsWithInput(
  modal: RecordEditModal,
  apiNames: readonly string[],
): Promise<Set<string>> {
  const editable = new Set<string>();
  for (const apiName of apiNames) {
    const item = modal.root.locator(locators.record.field(modal.sobject, apiName));
    if ((await item.locator(locators.recordEdit.inputSlot).count()) > 0) editable.add(apiName);
  }
  return editable;
}

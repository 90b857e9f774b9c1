import type { RecordPagePrediction } from '../../fixtures';
import { IncompletePageError } from '../../pages/incomplete-page';
import type { RecordEditModal } from '../../pages/record-edit-modal';

/** Runs a page action; a part of the page that did not finish rendering is reported as seen by `who`. */
export async function judgedAs<T>(who: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof IncompletePageError) throw new IncompletePageError(`${who}: ${error.message}`);
    throw error;
  }
}

/**
 * Waits until the Edit modal shows every field the org predicts for the persona (their layout's fields they
 * may read), as the record page does; without a prediction, until the form shows no spinner.
 */
export async function waitUntilFormComplete(
  modal: RecordEditModal,
  prediction: RecordPagePrediction | undefined,
  who: string,
  deadlineMs: number,
): Promise<void> {
  const expected = prediction && !prediction.unavailable ? prediction.visible : [];
  const layout = prediction?.layout;
  const placed =
    expected.length > 0 && layout
      ? `; the layout "${layout.name}" for profile "${layout.profile}" places the missing fields and field-level security lets the persona read them`
      : '';
  try {
    await modal.waitUntilComplete(expected, deadlineMs);
  } catch (error) {
    if (error instanceof IncompletePageError)
      throw new IncompletePageError(`${who}: ${error.message}${placed}`);
    throw error;
  }
}

import type { Page } from '@playwright/test';
import type { RecordPagePrediction } from '../../fixtures';
import type { RecordEditModal } from '../../pages/record-edit-modal';
import type { RecordPage } from '../../pages/record-page';
import { explainingTimeouts } from './explained-timeout';
import { judgedAs, waitUntilFormComplete } from './incomplete-parts';

interface EditModalOpening {
  page: Page;
  recordPage: RecordPage;
  /**
   * What the org predicts the persona's form shows (undefined when it could not say); a prediction still being
   * read is awaited once the modal is open.
   */
  prediction: RecordPagePrediction | undefined | Promise<RecordPagePrediction | undefined>;
  /** 'Persona "sdr" (Sam Rivera, sam.sdr@…) on Lead 00Q…' */
  who: string;
  deadlineMs: number;
}

/**
 * Opens the record page's Edit modal through its Edit action and waits until it shows every field the org
 * predicts for the persona: no field is called absent from the form before. A page without the Edit action
 * throws NoEditAction; a form that stays incomplete is cancelled before its error is thrown.
 */
export async function openEditModal(opening: EditModalOpening): Promise<RecordEditModal> {
  const { page, recordPage, prediction, who, deadlineMs } = opening;
  const modal = await judgedAs(who, () =>
    explainingTimeouts(
      page,
      `${who}: the Edit modal opening after a click on Edit`,
      'the page kept a spinner, or another dialog covered it',
      () => recordPage.edit(deadlineMs),
    ),
  );
  try {
    await waitUntilFormComplete(modal, await prediction, who, deadlineMs);
  } catch (error) {
    await modal.cancel().catch(() => undefined);
    throw error;
  }
  return modal;
}

import { expect } from '@playwright/test';
import type { RecordPagePrediction } from '../../fixtures';
import { IncompletePageError } from '../../pages/incomplete-page';
import type { RecordPage } from '../../pages/record-page';
import { RENDER_POLL_INTERVALS } from '../../pages/render-polling';

export { IncompletePageError };

/**
 * Waits until every field the org predicts is rendered, or without a prediction until the page shows nothing
 * loading; either way a collapsed section is opened first. Past the deadline, names what is missing.
 */
export async function waitUntilComplete(
  recordPage: RecordPage,
  prediction: RecordPagePrediction,
  who: string,
  deadlineMs: number,
): Promise<void> {
  if (prediction.unavailable || prediction.visible.length === 0) {
    // No prediction: the page's own signals (record home, highlights, first item, no spinner left) must do.
    await recordPage.waitUntilReady();
    try {
      await expect
        .poll(
          async () => (await recordPage.expandCollapsedSections()) > 0 || (await recordPage.isLoading()),
          {
            timeout: deadlineMs,
            intervals: RENDER_POLL_INTERVALS,
          },
        )
        .toBe(false);
    } catch {
      throw new IncompletePageError(
        `${who}: the page was still loading after ${deadlineMs / 1000} s (a spinner shows, or a field of a ` +
          `Dynamic Forms section has not rendered), and what it must ` +
          `show could not be predicted (${prediction.unavailable ?? 'no layout fields'}), so no verdict is given`,
      );
    }
    return;
  }
  let missing: string[] = prediction.visible;
  let collapsed = false;
  try {
    await expect
      .poll(
        async () => {
          const reading = await recordPage.readShown();
          const shown = new Set(reading.fields);
          missing = prediction.visible.filter((apiName) => !shown.has(apiName));
          // A collapsed section's fields show once it is opened: the page is read again after.
          collapsed = reading.collapsedSections > 0 && (await recordPage.expandCollapsedSections()) > 0;
          return collapsed ? [...missing, 'a collapsed section'] : missing;
        },
        { timeout: deadlineMs, intervals: RENDER_POLL_INTERVALS },
      )
      .toEqual([]);
  } catch {
    const layout = prediction.layout;
    if (missing.length === 0)
      throw new IncompletePageError(
        `${who}: a collapsed section did not open within ${deadlineMs / 1000} s (its title button was clicked), ` +
          'so no verdict on hidden fields is given',
      );
    throw new IncompletePageError(
      `${who}: the page did not finish rendering within ${deadlineMs / 1000} s: still missing ` +
        `${missing.join(', ')} (the layout "${layout?.name}" for profile "${layout?.profile}" places them and ` +
        'field-level security lets the persona read them), so no verdict on hidden fields is given',
    );
  }
}

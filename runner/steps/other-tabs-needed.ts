import type { RecordPagePrediction } from '../../fixtures';
import type { RecordPage } from '../../pages/record-page';

/**
 * Whether a field or section the selected tab does not show might be on another tab of the record page. Not when
 * the org says no record page of the object places fields itself (no Dynamic Forms) and the selected tab shows the
 * Record Detail: that component shows the whole layout, so another tab holds no field or section it lacks, and
 * selecting every tab (Related included) would only cost the persona's time.
 */
export async function otherTabsMayShowMore(
  recordPage: RecordPage,
  prediction: RecordPagePrediction,
): Promise<boolean> {
  if (!prediction.fieldsOnlyFromLayout) return true;
  if (await recordPage.hasDynamicForms()) return true;
  return !(await recordPage.showsLayoutDetail());
}

import type { RecordPagePrediction } from '../../fixtures';
import type { ShownRecordPage } from '../../pages/record-page';

/**
 * Whether a field or section the selected tab does not show might be on another tab of the record page. Not when
 * the org says no record page of the object places fields itself (no Dynamic Forms) and the selected tab shows the
 * Record Detail: that component shows the whole layout, so another tab holds no field or section it lacks, and
 * selecting every tab (Related included) would only cost the persona's time.
 */
export function otherTabsMayShowMore(shown: ShownRecordPage, prediction: RecordPagePrediction): boolean {
  if (!prediction.fieldsOnlyFromLayout) return true;
  return shown.dynamicForms || !shown.layoutDetail;
}

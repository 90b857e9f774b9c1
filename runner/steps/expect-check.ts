import type { CreatedRecord, RecordPagePrediction } from '../../fixtures';
import type { RecordPage } from '../../pages/record-page';
import type { ExpectStep } from '../model';
import type { StepContext } from './context';

/** What every check of one `expect` step works on: the page opened, once complete, and the org's prediction. */
export interface OpenedPage {
  recordPage: RecordPage;
  record: CreatedRecord;
  prediction: RecordPagePrediction;
  /** 'Persona "sdr" (Sam Rivera, sam.sdr@…) on Lead 00Q…' */
  who: string;
  context: StepContext;
  /** How long a part of the page that renders on its own (the Related tab) may take. */
  deadlineMs: number;
}

/**
 * One kind of check of an `expect` step: each problem it finds is one line naming the field, section, list
 * or action, what was expected, what the page shows and why. An empty list: everything it checks held.
 */
export type ExpectCheck = (expected: ExpectStepChecks, page: OpenedPage) => Promise<string[]>;

export type ExpectStepChecks = Omit<ExpectStep, 'kind'>;

/** The label of a field as the org describes it, for messages. */
export function labelOf(prediction: RecordPagePrediction, apiName: string): string {
  return prediction.fields.get(apiName)?.label ?? apiName;
}

/** The record's record type name, when the record has one ("Renewal"); undefined for a Master record. */
export function recordTypeName(prediction: RecordPagePrediction): string | undefined {
  return prediction.layout?.recordTypeId && prediction.recordType ? prediction.recordType.name : undefined;
}

/** `the page layout "X" assigned to profile "P"` (and the record type when there is one). */
export function layoutName(prediction: RecordPagePrediction): string {
  const layout = prediction.layout;
  if (!layout) return 'the page layout (not readable)';
  const recordType = recordTypeName(prediction);
  return `the page layout "${layout.name}" assigned to profile "${layout.profile}"${recordType ? ` for record type "${recordType}"` : ''}`;
}

import type { Page } from '@playwright/test';
import type { CreatedRecord, OrgUser } from '../../fixtures';
import type { RecordPage } from '../../pages/record-page';

/** What the steps of one scenario share while they run, in order. */
export interface StepContext {
  page: Page;
  persona: { name: string; user: OrgUser };
  records: ReadonlyMap<string, CreatedRecord>;
  /** Why a field is (not) shown to the persona, from the org's permission records; undefined if unknown. */
  explainField(sobject: string, apiName: string, shown: boolean): Promise<string | undefined>;
  /** Set by `open`, read by `expect`. */
  openRecord?: { page: RecordPage; record: CreatedRecord };
}

/** A scenario expectation that did not hold; the message names persona, record, fields, expected and seen. */
export class ExpectationError extends Error {
  override name = 'ExpectationError';
}

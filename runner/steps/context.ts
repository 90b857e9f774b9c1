import type { BrowserContext, Page } from '@playwright/test';
import type { CreatedRecord, OrgConnection, OrgUser, RecordPagePrediction } from '../../fixtures';
import type { RecordAction } from '../../fixtures/audit-facts';
import type { RecordPage } from '../../pages/record-page';
import type { LoginRefusal } from '../model';
import type { OpenedView } from './opened-view';

/** What the steps of one scenario share while they run, in order. */
export interface StepContext {
  page: Page;
  persona: { name: string; user: OrgUser };
  /** Test data by key; a `create` step adds the record the persona created under its `record` name. */
  records: Map<string, CreatedRecord>;
  /** The admin's API session, for what the org can say about a step's outcome (record types, validation rules). */
  org?: OrgConnection;
  /** Deletes a record the persona created with the test data after the run. */
  trackCreated?(record: CreatedRecord): void;
  /** Records, for the Login-As session's audit end line, what the persona did to a record, once it is done. */
  touched?(record: CreatedRecord, action: RecordAction): void;
  /**
   * `as:` — ends the current Login-As and logs in as another persona of the scenario (or proves the Login-As is
   * refused for `refused`); `persona` then names it, and the explanations speak for its user.
   */
  switchPersona?(name: string, refused?: LoginRefusal): Promise<void>;
  /** A new browser context signed in as the admin (compareWithAdmin), untouched by the Login-As; the caller closes it. */
  adminContext?(): Promise<BrowserContext>;
  /** Why a field is (not) shown to the persona, from the org's permission records; undefined if unknown. */
  explainField(sobject: string, apiName: string, shown: boolean): Promise<string | undefined>;
  /** Why the persona cannot open a record (object permission or sharing), from the org. */
  explainRecord(sobject: string, recordId: string): Promise<string>;
  /** What the persona's page of this record must show, from the org's metadata (read as the admin). */
  predictPage(sobject: string, recordId: string): Promise<RecordPagePrediction>;
  /** How long a record page may take to render every field its layout predicts (default 15 s). */
  renderDeadlineMs?: number;
  /** Set by `open`, read by `expect`; the prediction is read while the page loads. */
  openRecord?: {
    page: RecordPage;
    record: CreatedRecord;
    prediction: Promise<RecordPagePrediction>;
    /** The persona has changed the record from this page (changedOnPage). */
    changed?: boolean;
  };
  /** Set by `open` of a list view, object home, tab, related list, report or dashboard; read by `expect`. */
  openView?: OpenedView;
}

/** A scenario expectation that did not hold; the message names persona, record, fields, expected and seen. */
export class ExpectationError extends Error {
  override name = 'ExpectationError';
}

/** The browser left the page opened before (another page, another persona): later steps must open their own. */
export function leftThePage(context: StepContext): void {
  context.openRecord = undefined;
  context.openView = undefined;
}

/**
 * The persona changed a record from its page (a save, a Path move, an action), recorded for the audit. Lightning
 * renders the changed record on its own, possibly after the answer the step waited for (the toast, the dialog
 * closing): an `expect` after it reads a value that differs again until it settles.
 */
export function changedOnPage(context: StepContext, record: CreatedRecord, action: RecordAction): void {
  context.touched?.(record, action);
  if (context.openRecord?.record === record) context.openRecord.changed = true;
}

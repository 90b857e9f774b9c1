import type { CreatedRecord } from '../../fixtures';
import type { OrgConnection } from '../../fixtures/org-connection';
import { readShownName } from '../../fixtures/shown-record-name';
import type { ItemsToApprove } from '../../pages/items-to-approve';
import type { RecordPage } from '../../pages/record-page';
import type { StepContext } from './context';
import { explainingTimeouts } from './explained-timeout';
import { judgedAs } from './incomplete-parts';
import { personaName } from './persona-name';
import { recordName } from './record-name';

/** The record last opened, or the error saying to open one first. */
export function openedRecord(
  context: StepContext,
  step: string,
): { page: RecordPage; record: CreatedRecord } {
  if (!context.openRecord)
    throw new Error(`Nothing opened yet: add "- open: { record: <data key> }" before this ${step} step.`);
  return context.openRecord;
}

/** The scenario's test record under this data key, or the error naming the keys there are. */
export function testRecord(context: StepContext, key: string): CreatedRecord {
  const record = context.records.get(key);
  if (!record)
    throw new Error(`No test record "${key}" was created (data keys: ${[...context.records.keys()]}).`);
  return record;
}

/** The admin's API session: which request is the record's is only known from the org. */
export function adminSession(context: StepContext, step: string): OrgConnection {
  if (!context.org)
    throw new Error(
      `The ${step} step finds a record's approval request through the admin's API session (ProcessInstanceWorkitem), and this run has none.`,
    );
  return context.org;
}

/**
 * The record as failures name it (recordName), with the name the org shows now, read as the admin: Items to
 * Approve lists a record by its current name, which may have changed since it was created.
 */
export async function currentRecordName(context: StepContext, record: CreatedRecord): Promise<string> {
  const name = context.org ? await readShownName(context.org, record.sobject, record.id) : undefined;
  return recordName(context, name ? { ...record, name } : record);
}

/**
 * Opens the persona's home page and waits for its Items to Approve card; a card that never shows fails naming
 * the persona and the step (the Home page may lack the component), never as a bare timeout.
 */
export async function openItemsToApprove(items: ItemsToApprove, context: StepContext, step: string) {
  await judgedAs(`${personaName(context)}, step ${step}`, () =>
    explainingTimeouts(
      context.page,
      `${personaName(context)}, step ${step}: the home page's "Items to Approve" card showing`,
      "the persona's Home page has no Items to Approve component (add it in the Lightning App Builder), or the home page did not finish loading",
      () => items.open(),
    ),
  );
}

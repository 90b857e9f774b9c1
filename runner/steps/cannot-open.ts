import { test } from '@playwright/test';
import { RecordPage, RecordPageError } from '../../pages/record-page';
import type { CannotOpenStep } from '../model-journeys';
import { ExpectationError, leftThePage, type StepContext } from './context';
import { personaName } from './persona-name';
import { recordName } from './record-name';
import { recordRefusal } from './record-refusal';
import { testRecord } from './test-record';
import { whyRecordOpens } from './why-record-opens';

/**
 * `cannotOpen`: the persona opens the record's page and must get Insufficient Privileges, and the org (read as the
 * admin) must say why — object permission or sharing. A record page that loads fails with the grant that opens it.
 */
export async function checkCannotOpen(
  step: Omit<CannotOpenStep, 'kind'>,
  context: StepContext,
): Promise<void> {
  const record = testRecord(context, step.record);
  leftThePage(context);
  const who = personaName(context);
  const what = recordName(context, record);
  const page = new RecordPage(context.page, record.sobject);
  try {
    await page.open(record.id);
  } catch (error) {
    if (error instanceof RecordPageError) {
      const refusal = await recordRefusal(error.message, record, context);
      if (!refusal.noAccess) throw new ExpectationError(`${who}: ${refusal.why}.`);
      annotate(`${who} cannot open ${what}: ${refusal.orgSays}`);
      return;
    }
    if ((error as Error).name !== 'TimeoutError') throw error;
    throw new Error(
      `${who}: opening ${what} showed neither the record page nor Insufficient Privileges (now at ${context.page.url()}). ` +
        `${(error as Error).message.split('\n')[0]}`,
    );
  }
  // The persona saw the record: the session's audit line lists it, whatever the step concludes.
  context.touched?.(record, 'opened');
  const why = context.org
    ? await whyRecordOpens(context.org, context.persona.user, record.sobject, record.id).catch(
        (failure: Error) => `the org could not say why (${failure.message})`,
      )
    : 'the org was not asked why';
  throw new ExpectationError(
    `${who} opened ${what}: expected Insufficient Privileges, but the record page loaded. Why they can open it: ${why}.`,
  );
}

function annotate(description: string): void {
  try {
    test.info().annotations.push({ type: 'cannot open', description });
  } catch {
    // Outside a test (a step test calling it directly): nothing to annotate.
  }
}

import { IncompletePageError } from '../../pages/incomplete-page';
import { RecordPage, RecordPageError } from '../../pages/record-page';
import { ExpectationError, type StepContext } from './context';
import { personaName } from './persona-name';
import { recordName } from './record-name';

export async function openRecord(recordKey: string, context: StepContext): Promise<void> {
  const record = context.records.get(recordKey);
  if (!record)
    throw new Error(`No test record "${recordKey}" was created (data keys: ${[...context.records.keys()]}).`);
  const page = new RecordPage(context.page, record.sobject);
  const prediction = context.predictPage(record.sobject, record.id);
  prediction.catch(() => undefined);
  const who = personaName(context);
  const named = recordName(context, record);
  try {
    await page.open(record.id);
  } catch (error) {
    if (error instanceof RecordPageError) {
      throw new ExpectationError(
        `${who} cannot open ${named}: the page says "${error.message}" — ` +
          (await context.explainRecord(record.sobject, record.id)),
      );
    }
    if (error instanceof IncompletePageError)
      throw new IncompletePageError(`${who} on ${named}: ${error.message}`);
    if ((error as Error).name !== 'TimeoutError') throw error;
    throw new Error(
      `${who}: the record page of ${named} did not load — neither the record home with its ` +
        `highlights and a first field nor a Lightning error appeared (now at ${context.page.url()}, ` +
        `"${await context.page.title().catch(() => '')}"). ${(error as Error).message.split('\n')[0]}`,
    );
  }
  context.openRecord = { page, record, prediction };
  context.touched?.(record, 'opened');
}

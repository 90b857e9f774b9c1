import { RecordPage, RecordPageError } from '../../pages/record-page';
import { ExpectationError, type StepContext } from './context';

export async function openRecord(recordKey: string, context: StepContext): Promise<void> {
  const record = context.records.get(recordKey);
  if (!record)
    throw new Error(`No test record "${recordKey}" was created (data keys: ${[...context.records.keys()]}).`);
  const page = new RecordPage(context.page, record.sobject);
  const prediction = context.predictPage(record.sobject, record.id);
  prediction.catch(() => undefined);
  try {
    await page.open(record.id);
  } catch (error) {
    if (!(error instanceof RecordPageError)) throw error;
    const { name, user } = context.persona;
    throw new ExpectationError(
      `Persona "${name}" (${user.name}, ${user.username}) cannot open ${record.sobject} ${record.id}: the page says ` +
        `"${error.message}" — ${await context.explainRecord(record.sobject, record.id)}`,
    );
  }
  context.openRecord = { page, record, prediction };
}

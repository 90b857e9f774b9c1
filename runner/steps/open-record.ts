import { RecordPage } from '../../pages/record-page';
import type { StepContext } from './context';

export async function openRecord(recordKey: string, context: StepContext): Promise<void> {
  const record = context.records.get(recordKey);
  if (!record)
    throw new Error(`No test record "${recordKey}" was created (data keys: ${[...context.records.keys()]}).`);
  const page = new RecordPage(context.page, record.sobject);
  await page.open(record.id);
  context.openRecord = { page, record };
}

import type { CreatedRecord } from '../../fixtures';
import type { RecordPage } from '../../pages/record-page';
import type { StepContext } from './context';

/** 'Persona "ae" (Ava Chen, ava.ae@…)', as every failure names the persona. */
export function who(context: StepContext): string {
  const { name, user } = context.persona;
  return `Persona "${name}" (${user.name}, ${user.username})`;
}

/** The record last opened, or the error saying to open one first. */
export function openedRecord(
  context: StepContext,
  step: string,
): { page: RecordPage; record: CreatedRecord } {
  if (!context.openRecord)
    throw new Error(`Nothing opened yet: add "- open: { record: <data key> }" before this ${step} step.`);
  return context.openRecord;
}

/** The record's name as lists show it, read as the admin; its id when the org cannot say. */
export async function recordNameOf(context: StepContext, record: CreatedRecord): Promise<string> {
  if (!context.org) return record.id;
  try {
    const found = await context.org.conn.query<{ Name?: string }>(
      `SELECT Name FROM ${record.sobject} WHERE Id = '${record.id}'`,
    );
    return found.records[0]?.Name ?? record.id;
  } catch {
    return record.id;
  }
}

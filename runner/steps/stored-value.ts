import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';

/** "the record's Rating is Warm" or "the record's Rating is empty": one field of a record, read as the admin. */
export async function storedValue(org: OrgConnection, record: CreatedRecord, field: string): Promise<string> {
  const [row] = (
    await org.conn.query<Record<string, unknown>>(
      `SELECT ${field} FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
    )
  ).records;
  const value = row?.[field];
  return value === null || value === undefined || value === ''
    ? `the record's ${field} is empty`
    : `the record's ${field} is ${String(value)}`;
}

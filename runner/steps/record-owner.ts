import type { CreatedRecord, OrgConnection } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';

/** The record's OwnerId, read as the admin; undefined when the record is gone. */
export async function ownerOf(org: OrgConnection, record: CreatedRecord): Promise<string | undefined> {
  const [row] = (
    await org.conn.query<{ OwnerId: string }>(
      `SELECT OwnerId FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
    )
  ).records;
  return row?.OwnerId;
}

/** A user's or a queue's name (an owner is either). */
export async function ownerName(org: OrgConnection, id: string): Promise<string> {
  const from = id.startsWith('00G') ? 'Group' : 'User';
  const rows = await org.conn.query<{ Name: string }>(
    `SELECT Name FROM ${from} WHERE Id = ${soqlString(id)}`,
  );
  const name = rows.records[0]?.Name;
  return name ? `${from === 'Group' ? 'queue ' : ''}${name}` : id;
}

import type { CreatedRecord, OrgConnection, OrgUser } from '../../fixtures';
import { soqlString } from '../../fixtures/persona-capability';
import { sameId } from '../../fixtures/same-id';

/**
 * A lookup the page shows by name proves who it points at only while no other user has that name: an org may
 * have two "Sam Rivera"s. When the name expected is the persona's own and the lookup shows it, the record's
 * value is read as the admin: another user of that name (their username and Id), or undefined when it is the
 * persona's user (or the org cannot say).
 */
export async function otherUserOfPersonaName(
  org: OrgConnection | undefined,
  record: CreatedRecord,
  apiName: string,
  persona: OrgUser,
): Promise<OrgUser | undefined> {
  if (!org) return undefined;
  try {
    const [row] = (
      await org.conn.query<Record<string, unknown>>(
        `SELECT ${apiName} FROM ${record.sobject} WHERE Id = ${soqlString(record.id)}`,
      )
    ).records;
    const id = row?.[apiName];
    if (typeof id !== 'string' || !id.startsWith('005') || sameId(id, persona.id)) return undefined;
    const [user] = (
      await org.conn.query<{ Id: string; Username: string; Name: string }>(
        `SELECT Id, Username, Name FROM User WHERE Id = ${soqlString(id)}`,
      )
    ).records;
    return user ? { id: user.Id, username: user.Username, name: user.Name } : undefined;
  } catch {
    return undefined;
  }
}

import type { Connection } from 'jsforce';
import type { UserCapability } from '../../fixtures/persona-capability';
import { soqlString } from '../../fixtures/persona-capability';
import type { AccessFact } from './facts';

/**
 * Who approves for the persona's user: an approval step whose approver is "Manager" routes to the submitter's
 * (or owner's) User.ManagerId, and approval requests also go to the user's delegated approver
 * (User.DelegatedApproverId, a user or a queue) — docs/salesforce-facts.md#approval-routing. Both are recorded
 * with "none" when empty, so that a manager removed reads as a change, not as a fact that disappeared.
 */
export const APPROVER_FIELDS = [
  { fact: 'manager', field: 'ManagerId', relationship: 'Manager' },
  { fact: 'delegatedApprover', field: 'DelegatedApproverId', relationship: 'DelegatedApprover' },
] as const;

const userFields = new WeakMap<Connection, Promise<Set<string>>>();

function fieldsOfUser(conn: Connection): Promise<Set<string>> {
  let found = userFields.get(conn);
  if (!found) {
    found = conn
      .sobject('User')
      .describe()
      .then((describe) => new Set(describe.fields.map((field) => field.name)));
    userFields.set(conn, found);
  }
  return found;
}

type Named = { Name?: string | null; Username?: string | null } | null;

export async function approverFacts(
  conn: Connection,
  persona: string,
  user: UserCapability,
): Promise<AccessFact[]> {
  const fields = await fieldsOfUser(conn);
  const readable = APPROVER_FIELDS.filter(({ field }) => fields.has(field));
  const unreadable: AccessFact[] = APPROVER_FIELDS.filter(({ field }) => !fields.has(field)).map(
    ({ field }) => ({
      persona,
      fact: 'unreadable',
      subject: `User.${field}`,
      value: 'no such field',
      via: [],
    }),
  );
  if (readable.length === 0) return unreadable;
  const select = readable.flatMap(({ field, relationship }) => [
    field,
    `${relationship}.Name`,
    ...(relationship === 'Manager' ? [`${relationship}.Username`] : []),
  ]);
  const [row] = (
    await conn.query<Record<string, unknown>>(
      `SELECT ${select.join(', ')} FROM User WHERE Id = ${soqlString(user.id)}`,
    )
  ).records;
  const facts = readable.map(({ fact, field, relationship }) => {
    const id = row?.[field];
    const named = (row?.[relationship] ?? null) as Named;
    const value = !id
      ? 'none'
      : `${named?.Name ?? String(id)}${named?.Username ? ` (${named.Username})` : ''}`;
    return { persona, fact, subject: '', value, via: [`User.${field} of ${user.name}`] };
  });
  return [...facts, ...unreadable];
}

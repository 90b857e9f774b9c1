import type { Connection } from 'jsforce';
import { didYouMean, oneOf } from '../schema/wording';
import { someUsernames, soqlText } from './org-catalog';

/** The queues and users `wait` / `expectApi` conditions name, as the org knows them (read as the admin). */
export interface OwnerNames {
  /** Every queue: developer name and name. */
  queues: { developerName: string; name: string }[];
  /** The named users that exist, lower-cased, matched by username or full name. */
  users: Set<string>;
  /** Usernames for "did you mean", read only when a named user does not exist. */
  someUsernames: string[];
}

export async function readOwnerNames(
  conn: Connection,
  wanted: { queues: boolean; users: readonly string[] },
): Promise<OwnerNames> {
  const queues = wanted.queues
    ? (
        await conn.query<{ DeveloperName: string; Name: string }>(
          "SELECT DeveloperName, Name FROM Group WHERE Type = 'Queue' ORDER BY DeveloperName",
        )
      ).records.map((row) => ({ developerName: row.DeveloperName, name: row.Name }))
    : [];
  const users = new Set<string>();
  if (wanted.users.length > 0) {
    const list = wanted.users.map((name) => `'${soqlText(name)}'`).join(', ');
    const rows = await conn.query<{ Username: string; Name: string }>(
      `SELECT Username, Name FROM User WHERE Username IN (${list}) OR Name IN (${list})`,
    );
    for (const row of rows.records) {
      users.add(row.Username.toLowerCase());
      users.add(row.Name.toLowerCase());
    }
  }
  const missing = wanted.users.some((user) => !users.has(user.toLowerCase()));
  return { queues, users, someUsernames: missing ? await someUsernames(conn) : [] };
}

/** The run looks a queue up by developer name or name (SOQL `=` ignores case); so does this check. */
export function queueProblem(queue: string, names: OwnerNames): string | undefined {
  const lower = queue.toLowerCase();
  const found = names.queues.some(
    (known) => known.developerName.toLowerCase() === lower || known.name.toLowerCase() === lower,
  );
  if (found) return undefined;
  const developerNames = names.queues.map((known) => known.developerName);
  return developerNames.length === 0
    ? `the org has no queue "${queue}": it has no queues at all.`
    : `the org has no queue "${queue}". Expected a queue's developer name: ${oneOf(developerNames)}.${didYouMean(queue, developerNames)}`;
}

export function conditionUserProblem(user: string, names: OwnerNames): string | undefined {
  if (names.users.has(user.toLowerCase())) return undefined;
  return (
    `the org has no user "${user}" (by username or full name). Expected a username (sandboxes add a suffix) or ` +
    `a persona's, e.g. "{{personas.sdr.username}}".${didYouMean(user, names.someUsernames)}`
  );
}

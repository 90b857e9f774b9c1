import type { Connection } from 'jsforce';
import { soqlText } from './org-catalog';

/**
 * Whose labels are the admin's: column labels follow the viewer's language (User.LanguageLocaleKey;
 * docs/salesforce-facts.md#reports-and-dashboards), so what the admin's describe lacks is missing for a persona
 * only when they read the same language.
 */
export type ViewerLanguages =
  | {
      read: true;
      /** Undefined when the admin's language could not be read. */
      admin?: string;
      /** Username (lower case) → language, for the users asked about that exist. */
      byUsername: Map<string, string>;
    }
  | { read: false; why: string };

export async function readViewerLanguages(conn: Connection, usernames: string[]): Promise<ViewerLanguages> {
  try {
    const adminId = conn.userInfo?.id ?? (await conn.identity()).user_id;
    const listed = usernames.map((name) => `'${soqlText(name)}'`);
    const rows = await conn.query<{ Id: string; Username: string; LanguageLocaleKey: string }>(
      `SELECT Id, Username, LanguageLocaleKey FROM User WHERE Id = '${soqlText(adminId)}'${
        listed.length > 0 ? ` OR Username IN (${listed.join(', ')})` : ''
      }`,
    );
    const byUsername = new Map(
      rows.records.map((row) => [row.Username.toLowerCase(), row.LanguageLocaleKey] as const),
    );
    const admin = rows.records.find((row) => row.Id.slice(0, 15) === adminId.slice(0, 15));
    return { read: true, admin: admin?.LanguageLocaleKey, byUsername };
  } catch (error) {
    return { read: false, why: (error as Error).message };
  }
}

/**
 * Whether every one of a persona's users reads the admin's language. A persona without usernames (a user matching
 * its capability is found at run time) or a user the org lacks cannot be known to.
 */
export function readsAdminLanguage(languages: ViewerLanguages, usernames: readonly string[]): boolean {
  if (!languages.read || languages.admin === undefined || usernames.length === 0) return false;
  const { admin, byUsername } = languages;
  return usernames.every((username) => byUsername.get(username.toLowerCase()) === admin);
}

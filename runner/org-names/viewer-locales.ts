import type { Connection } from 'jsforce';
import type { Persona } from '../model';
import { soqlText } from './org-catalog';

/**
 * Whose locale reads a value a persona enters or is shown: the persona's users when named, else the active users of
 * the profile its contract declares, among whom the run picks its user.
 */
export type Viewers = { usernames: string[] } | { profile: string };

export function viewersOf(persona: Persona): Viewers | undefined {
  const usernames = persona.username ? [persona.username] : (persona.usernames ?? []);
  if (usernames.length > 0) return { usernames };
  return persona.capability.profile ? { profile: persona.capability.profile } : undefined;
}

/**
 * The locale (User.LocaleSidKey) the viewers share, which orders the digits of the dates they type and are shown;
 * undefined when they are not all found, differ, or could not be read.
 */
export type ViewerLocale = (viewers: Viewers) => string | undefined;

export async function readViewerLocales(conn: Connection, wanted: readonly Viewers[]): Promise<ViewerLocale> {
  const usernames = [...new Set(wanted.flatMap((who) => ('usernames' in who ? who.usernames : [])))];
  const profiles = [...new Set(wanted.flatMap((who) => ('profile' in who ? [who.profile] : [])))];
  const listed = (names: readonly string[]) => names.map((name) => `'${soqlText(name)}'`).join(', ');
  const byUsername = new Map<string, string>();
  const byProfile = new Map<string, Set<string>>();
  try {
    if (usernames.length > 0) {
      const rows = await conn.query<{ Username: string; LocaleSidKey: string }>(
        `SELECT Username, LocaleSidKey FROM User WHERE Username IN (${listed(usernames)})`,
      );
      for (const row of rows.records) byUsername.set(row.Username.toLowerCase(), row.LocaleSidKey);
    }
    if (profiles.length > 0) {
      const rows = await conn.query<{ LocaleSidKey: string; Profile: { Name: string } | null }>(
        `SELECT LocaleSidKey, Profile.Name FROM User WHERE IsActive = true AND Profile.Name IN (${listed(profiles)})`,
      );
      for (const row of rows.records) {
        const profile = row.Profile?.Name.toLowerCase();
        if (profile === undefined) continue;
        byProfile.set(profile, (byProfile.get(profile) ?? new Set()).add(row.LocaleSidKey));
      }
    }
  } catch {
    return () => undefined; // the run reads the persona's locale itself
  }
  return (viewers) => {
    const locales =
      'usernames' in viewers
        ? new Set(viewers.usernames.map((name) => byUsername.get(name.toLowerCase())))
        : (byProfile.get(viewers.profile.toLowerCase()) ?? new Set<string>());
    const [only] = locales;
    return locales.size === 1 ? only : undefined;
  };
}

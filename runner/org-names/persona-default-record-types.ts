import type { Connection } from 'jsforce';
import { ProfileMetadata, recordTypeVisibilities } from '../access/read-profile-setup';
import type { Persona } from '../model';
import { soqlText } from './org-catalog';

/**
 * Whose default record type a record gets that a persona creates without naming one: the profile their contract
 * declares, else the profile of their user, or of each user of their pool (known when all give the same default).
 * A persona chosen by capability alone, without a profile, has none known before the run.
 */
export type PersonaProfile = { profile: string } | { usernames: string[] };

export function personaProfile(persona: Persona): PersonaProfile | undefined {
  if (persona.capability.profile) return { profile: persona.capability.profile };
  const usernames = persona.username ? [persona.username] : (persona.usernames ?? []);
  return usernames.length > 0 ? { usernames } : undefined;
}

export type PersonaDefaults =
  | { read: true; defaultOf: (who: PersonaProfile, object: string) => string | undefined }
  | { read: false; why: string };

/**
 * The default record type per object of the given personas' profiles, as developer names. Lightning's New action
 * preselects the profile's default in its record type step (a persona's permission sets may add record types, never
 * a default), so a record created without choosing gets it. No SOQL object holds it: the profile's
 * recordTypeVisibilities are read through the Metadata API, which needs Modify All Data or Customize Application.
 */
export async function readPersonaDefaults(
  conn: Connection,
  personas: readonly PersonaProfile[],
): Promise<PersonaDefaults> {
  const names = unique(personas.flatMap((who) => ('profile' in who ? [who.profile] : [])));
  const usernames = unique(personas.flatMap((who) => ('usernames' in who ? who.usernames : [])));
  const inList = (values: string[]) => values.map((value) => `'${soqlText(value)}'`).join(', ');
  try {
    const byName = new Map<string, string>();
    if (names.length > 0) {
      const rows = await conn.query<{ Id: string; Name: string }>(
        `SELECT Id, Name FROM Profile WHERE Name IN (${inList(names)})`,
      );
      for (const row of rows.records) byName.set(row.Name.toLowerCase(), row.Id);
    }
    const byUser = new Map<string, string>();
    if (usernames.length > 0) {
      const rows = await conn.query<{ Username: string; ProfileId: string }>(
        `SELECT Username, ProfileId FROM User WHERE Username IN (${inList(usernames)})`,
      );
      for (const row of rows.records) byUser.set(row.Username.toLowerCase(), row.ProfileId);
    }
    const metadata = new ProfileMetadata(conn);
    const defaults = new Map<string, Map<string, string>>();
    for (const profileId of unique([...byName.values(), ...byUser.values()])) {
      defaults.set(profileId, defaultRecordTypes(await metadata.profile(profileId)));
    }
    return {
      read: true,
      defaultOf: (who, object) => {
        const profileIds =
          'profile' in who
            ? [byName.get(who.profile.toLowerCase())]
            : who.usernames.map((username) => byUser.get(username.toLowerCase()));
        const found = unique(
          profileIds.map((id) =>
            id === undefined ? '' : (defaults.get(id)?.get(object.toLowerCase()) ?? ''),
          ),
        );
        // A pool whose users' profiles default differently: which user the run picks decides, so nothing is known.
        return found.length === 1 && found[0] !== '' ? found[0] : undefined;
      },
    };
  } catch (error) {
    return { read: false, why: (error as Error).message };
  }
}

/** Object (lower case) → developer name of the record type the profile marks default (recordTypeVisibilities). */
function defaultRecordTypes(profile: Record<string, unknown> | undefined): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const entry of recordTypeVisibilities(profile)) {
    const [object, developerName] = entry.recordType.split('.');
    if (object && developerName && entry.default) defaults.set(object.toLowerCase(), developerName);
  }
  return defaults;
}

const unique = (values: string[]) => [...new Set(values)];

import type { OrgConnection } from '../../fixtures/org-connection';
import { soqlString } from '../../fixtures/persona-capability';
import { profileFullName } from '../../salesforce/profile-full-names';
import { type Check, ok, warn } from './check';

interface ProfileRestrictions {
  loginIpRanges?:
    | { startAddress: string; endAddress: string }
    | { startAddress: string; endAddress: string }[];
  loginHours?: Record<string, string>;
}

/**
 * "Login works for some users but not others": the persona user's profile login IP ranges and login hours
 * (Metadata API Profile). Unconfirmed whether Salesforce applies the target's restrictions to Login-As (the
 * seed guide's troubleshooting table says to compare them), so a restriction is a warning, with the fix.
 */
export async function loginRestrictionChecks(
  org: OrgConnection,
  personas: { persona: string; username?: string }[],
): Promise<Check[]> {
  const usernames = personas.flatMap((p) => (p.username ? [p.username] : []));
  if (usernames.length === 0) return [];
  let profiles: Map<string, string>;
  try {
    const rows = await org.conn.query<{ Username: string; Profile: { Name: string } | null }>(
      `SELECT Username, Profile.Name FROM User WHERE Username IN (${usernames.map(soqlString).join(', ')})`,
    );
    profiles = new Map(rows.records.map((row) => [row.Username.toLowerCase(), row.Profile?.Name ?? '']));
  } catch {
    return [];
  }
  const zone = await orgTimeZone(org);
  const checks: Check[] = [];
  for (const { persona, username } of personas) {
    const profile = username ? profiles.get(username.toLowerCase()) : undefined;
    if (!profile) continue;
    let read: ProfileRestrictions;
    try {
      read = (await org.conn.metadata.read(
        'Profile',
        profileFullName(profile),
      )) as unknown as ProfileRestrictions;
    } catch {
      continue;
    }
    const ranges = [read.loginIpRanges ?? []].flat();
    const hours = loginHoursByDay(read.loginHours ?? {});
    const limits = [
      ...(ranges.length > 0
        ? [`login IP ranges ${ranges.map((r) => `${r.startAddress}–${r.endAddress}`).join(', ')}`]
        : []),
      ...(hours.length > 0 ? [`login hours (${hours.join(', ')}${zone})`] : []),
    ];
    checks.push(
      limits.length === 0
        ? ok(`login restrictions: ${persona}`, `profile "${profile}" sets no login IP ranges or login hours`)
        : warn(
            `login restrictions: ${persona}`,
            `profile "${profile}" of ${username} restricts ${limits.join(' and ')}: a Login-As outside them may be refused`,
            '"Login works for some users but not others": compare the users side by side — profile, login hours, IP ' +
              'restrictions — and run from an allowed address and time, or widen the profile’s restrictions.',
          ),
    );
  }
  return checks;
}

/**
 * ", in the org's default time zone when they were first set (today America/Los_Angeles)": Salesforce keeps a
 * profile's login hours in the org's default time zone of the day they were first set; changing that default later
 * does not move them (Salesforce Help, "View and Edit Login Hours in Profiles",
 * https://help.salesforce.com/apex/HTViewHelpDoc?id=login_hours.htm). "" when the org does not answer.
 */
async function orgTimeZone(org: OrgConnection): Promise<string> {
  try {
    const [row] = (
      await org.conn.query<{ TimeZoneSidKey?: string }>('SELECT TimeZoneSidKey FROM Organization')
    ).records;
    return row?.TimeZoneSidKey
      ? `, in the org's default time zone when they were first set (today ${row.TimeZoneSidKey})`
      : '';
  } catch {
    return '';
  }
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Metadata API ProfileLoginHours as "sunday 03:00–03:01": `{day}Start`/`{day}End` are minutes after midnight
 * (docs/salesforce-facts.md#login-hours). A value that is not a number of minutes is shown as the org gave it.
 */
export function loginHoursByDay(hours: Record<string, string>): string[] {
  const clock = (value: string | undefined) => {
    if (value === undefined || !/^\d+$/.test(String(value))) return value ?? '?';
    const minutes = Number(value);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  const days = DAYS.flatMap((day) => {
    const start = hours[`${day}Start`];
    const end = hours[`${day}End`];
    if (start === undefined && end === undefined) return [];
    // Start and end at the same time (12 AM to 12 AM in Setup): no login that day (login_hours.htm, above).
    return start === end ? [`${day} no login`] : [`${day} ${clock(start)}–${clock(end)}`];
  });
  const known = new Set(DAYS.flatMap((day) => [`${day}Start`, `${day}End`, 'fullName']));
  const other = Object.entries(hours).filter(([key]) => !known.has(key));
  return [...days, ...other.map(([key, value]) => `${key} ${value}`)];
}

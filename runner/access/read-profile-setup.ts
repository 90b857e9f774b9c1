import type { Connection } from 'jsforce';
import { queryAll, soqlString } from '../../fixtures/persona-capability';
import type { AccessFact } from './facts';

/**
 * What the profile decides beyond permissions: the page layout per object and record type (Tooling API
 * ProfileLayout, docs/salesforce-facts.md#who-can-see-what) and the record types available and default
 * (Profile metadata recordTypeVisibilities: no SOQL object holds them). Record types that permission sets add are not read.
 */
type Row = Record<string, unknown>;

export async function layoutFacts(
  conn: Connection,
  persona: string,
  profile: { id: string; name: string },
  objects: string[],
  recordTypeNames: Map<string, string>,
): Promise<AccessFact[]> {
  if (objects.length === 0) return [];
  const result = await conn.tooling.query<Row>(
    'SELECT TableEnumOrId, RecordTypeId, Layout.Name FROM ProfileLayout ' +
      `WHERE ProfileId = ${soqlString(profile.id)} AND TableEnumOrId IN (${objects.map(soqlString).join(', ')})`,
  );
  return result.records.map((row) => {
    const recordType = row.RecordTypeId ? recordTypeNames.get(String(row.RecordTypeId)) : undefined;
    return {
      persona,
      fact: 'layout',
      subject: recordType ? `${row.TableEnumOrId} (${recordType})` : String(row.TableEnumOrId),
      value: String((row.Layout as { Name?: string } | null)?.Name ?? row.LayoutId),
      via: [`profile ${profile.name}`],
    };
  });
}

/** RecordType Id → "DeveloperName" for layout assignments per record type. */
export async function recordTypeNames(conn: Connection): Promise<Map<string, string>> {
  const rows = await queryAll<{ Id: string; DeveloperName: string }>(
    conn,
    'SELECT Id, DeveloperName FROM RecordType',
  );
  return new Map(rows.map((row) => [row.Id, row.DeveloperName]));
}

interface RecordTypeVisibility {
  recordType: string;
  visible: boolean | string;
  default?: boolean | string;
}

/** Profile metadata by profile Id, read once per snapshot (listMetadata maps Ids to full names). */
export class ProfileMetadata {
  private fullNames?: Promise<Map<string, string>>;
  private readonly read = new Map<string, Promise<Row | undefined>>();

  constructor(private readonly conn: Connection) {}

  profile(profileId: string): Promise<Row | undefined> {
    let found = this.read.get(profileId);
    if (!found) {
      found = this.fullName(profileId).then(async (fullName) => {
        if (!fullName) return undefined;
        const record = (await this.conn.metadata.read('Profile', [fullName])) as unknown as Row | Row[];
        return Array.isArray(record) ? record[0] : record;
      });
      this.read.set(profileId, found);
    }
    return found;
  }

  private fullName(profileId: string): Promise<string | undefined> {
    this.fullNames ??= this.conn.metadata.list([{ type: 'Profile' }]).then((list) => {
      const items = Array.isArray(list) ? list : [list];
      return new Map(items.map((item) => [String(item.id).slice(0, 15), item.fullName]));
    });
    return this.fullNames.then((names) => names.get(profileId.slice(0, 15)));
  }
}

const isTrue = (value: unknown) => value === true || value === 'true';

/** A Profile's recordTypeVisibilities ("Object.DeveloperName"), visible and default as booleans. */
export function recordTypeVisibilities(
  record: Row | undefined,
): { recordType: string; visible: boolean; default: boolean }[] {
  return ([record?.recordTypeVisibilities ?? []].flat() as RecordTypeVisibility[]).map((entry) => ({
    recordType: entry.recordType,
    visible: isTrue(entry.visible),
    default: isTrue(entry.default),
  }));
}

export async function recordTypeFacts(
  metadata: ProfileMetadata,
  persona: string,
  profile: { id: string; name: string },
  objects: string[],
): Promise<AccessFact[]> {
  let record: Row | undefined;
  try {
    record = await metadata.profile(profile.id);
  } catch (error) {
    return [
      {
        persona,
        fact: 'unreadable',
        subject: 'record types (Metadata API Profile)',
        value: (error as { errorCode?: string }).errorCode ?? (error as Error).message,
        via: [`profile ${profile.name}`],
      },
    ];
  }
  return recordTypeVisibilities(record)
    .filter((entry) => entry.visible && objects.includes(entry.recordType.split('.')[0] ?? ''))
    .map((entry) => ({
      persona,
      fact: 'recordType',
      subject: entry.recordType,
      value: entry.default ? 'default' : 'available',
      via: [`profile ${profile.name}`],
    }));
}

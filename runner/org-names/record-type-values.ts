import type { Connection } from 'jsforce';
import { type LayoutsDescribe, recordTypePicklists } from '../../fixtures/record-type-picklists';
import { soqlText } from './org-catalog';

/** Per object, per record type developer name: picklist API name → the values the record type offers. */
export type RecordTypeValues = Map<string, Map<string, Map<string, { value: string; label: string }[]>>>;

/**
 * The picklist values each named record type offers, from the admin's `describe/layouts` (recordTypeMappings
 * lists every record type of the object, not only those available to the caller: SOAP API Developer Guide,
 * DescribeLayoutResult). Record types the org does not have are left out (reported as unknown elsewhere).
 */
export async function readRecordTypeValues(
  conn: Connection,
  wanted: readonly { object: string; recordType: string }[],
): Promise<RecordTypeValues> {
  const values: RecordTypeValues = new Map();
  const objects = [...new Set(wanted.map((entry) => entry.object))];
  if (objects.length === 0) return values;
  const names = [...new Set(wanted.map((entry) => entry.recordType))];
  const inList = (list: readonly string[]) => list.map((name) => `'${soqlText(name)}'`).join(', ');
  const rows = await conn.query<{ Id: string; SobjectType: string; DeveloperName: string }>(
    `SELECT Id, SobjectType, DeveloperName FROM RecordType WHERE IsActive = true AND SobjectType IN (${inList(objects)}) AND DeveloperName IN (${inList(names)})`,
  );
  await Promise.all(
    objects.map(async (object) => {
      const types = rows.records.filter((row) => row.SobjectType.toLowerCase() === object.toLowerCase());
      if (types.length === 0) return;
      const described = await conn.request<LayoutsDescribe>(
        `/services/data/v${conn.version}/sobjects/${object}/describe/layouts`,
      );
      const perType = new Map<string, Map<string, { value: string; label: string }[]>>();
      for (const type of types) {
        const picklists = recordTypePicklists(described, type.Id)?.picklists;
        if (picklists) perType.set(type.DeveloperName, picklists);
      }
      values.set(object.toLowerCase(), perType);
    }),
  );
  return values;
}

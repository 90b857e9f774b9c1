import type { Connection } from 'jsforce';
import { sameRecordId } from '../../salesforce/record-ids';

/** What the org says about the names scenarios use, read as the admin through the API. */
export interface OrgCatalog {
  /** Object API names the admin can describe (describeGlobal). */
  objects: string[];
  /** The same objects with their labels, for a name written as, or near, a label ("Invoice" for Invoice__c). */
  objectLabels: { name: string; label: string }[];
  /** Per object (as the org spells it): its fields, from describe. */
  fields: Map<string, DescribedField[]>;
  /** Per object: active record types' developer names (RecordType). */
  recordTypes: Map<string, string[]>;
  /** The same record types with their labels (RecordType.Name), for a label written where the name belongs. */
  recordTypeLabels: Map<string, { name: string; label: string }[]>;
  /** Per object: its record types as describe lists them for the admin, who creates the test data. */
  adminRecordTypes: Map<string, AdminRecordType[]>;
  /**
   * Per object: the admin's default record type (developer name), which a record the admin creates through the API
   * without RecordTypeId gets; absent when that default is the Master record type or the object has none.
   */
  adminDefaultRecordTypes: Map<string, string>;
  /** Per object: list views' developer names (ListView). */
  listViews: Map<string, string[]>;
  /** Usernames that exist, with whether the user is active (User). */
  users: Map<string, boolean>;
}

/**
 * A record type of describe's recordTypeInfos: `available` when the admin may create records with it (assigned
 * through the profile or a permission set); `developerName` for an active record type other than the Master.
 */
export interface AdminRecordType {
  id: string;
  developerName?: string;
  master: boolean;
  available: boolean;
}

export interface DescribedField {
  name: string;
  /** What the record page shows next to the field; users copy it from there. */
  label: string;
  type: string;
  /** For a lookup: the objects it may point at. */
  referenceTo: string[];
  picklistValues: { value: string; label: string; active: boolean }[];
  /** An Auto Number: the org gives it on insert and nobody writes it (describe autoNumber). */
  autoNumber?: boolean;
  /** A formula field's formula: the org calculates its value and nobody writes it (describe calculatedFormula). */
  formula?: string;
  /** A restricted picklist: the API refuses a value its record type does not offer (describe restrictedPicklist). */
  restrictedPicklist?: boolean;
  /** The object's name field, which Lightning shows as the record's name (describe nameField). */
  nameField?: boolean;
}

/** Object names are compared case-insensitively, as the API does. */
export function findName(names: readonly string[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return names.find((candidate) => candidate.toLowerCase() === lower);
}

/** Field names too. */
export function fieldOf(fields: readonly DescribedField[], name: string): DescribedField | undefined {
  const lower = name.toLowerCase();
  return fields.find((field) => field.name.toLowerCase() === lower);
}

/**
 * Reads what is needed to check the given objects and usernames: describeGlobal, one describe per object, and
 * SOQL on RecordType, ListView and User (one query each). Describe as the admin lists the fields the admin can see;
 * a field hidden from the admin by field-level security reads as missing here too, and its recordTypeInfos mark the
 * admin's own default record type (`defaultRecordTypeMapping` is per running user: "true if this is the default
 * record type for the user", Apex RecordTypeInfo.isDefaultRecordTypeMapping,
 * developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-class-schema-recordtypeinfo.html).
 */
export async function readOrgCatalog(
  conn: Connection,
  wanted: { objects: readonly string[]; usernames: readonly string[] },
): Promise<OrgCatalog> {
  const global = await conn.describeGlobal();
  const objects = global.sobjects.map((sobject) => sobject.name);
  const objectLabels = global.sobjects.map(({ name, label }) => ({ name, label: label ?? name }));
  const present = [...new Set(wanted.objects.map((name) => findName(objects, name)))].filter(
    (name): name is string => name !== undefined,
  );
  const fields = new Map<string, DescribedField[]>();
  const defaultIds = new Map<string, string>();
  const adminRecordTypes = new Map<string, AdminRecordType[]>();
  await Promise.all(
    present.map(async (object) => {
      const described = await conn.sobject(object).describe();
      const own = (described.recordTypeInfos ?? []).find(
        (info) => info.defaultRecordTypeMapping && !info.master,
      );
      if (own) defaultIds.set(object, own.recordTypeId);
      adminRecordTypes.set(
        object,
        (described.recordTypeInfos ?? []).map(({ recordTypeId, master, available }) => ({
          id: recordTypeId,
          master,
          available,
        })),
      );
      fields.set(
        object,
        described.fields.map((field) => ({
          name: field.name,
          label: field.label,
          type: field.type,
          referenceTo: (field.referenceTo ?? []).filter((to): to is string => typeof to === 'string'),
          picklistValues: (field.picklistValues ?? []).map((entry) => ({
            value: entry.value,
            label: entry.label ?? entry.value,
            active: entry.active,
          })),
          autoNumber: field.autoNumber,
          formula: field.calculatedFormula ?? undefined,
          restrictedPicklist: field.restrictedPicklist,
          nameField: field.nameField,
        })),
      );
    }),
  );
  const inList = (names: readonly string[]) => names.map((name) => `'${soqlText(name)}'`).join(', ');
  const recordTypes = new Map<string, string[]>();
  const recordTypeLabels = new Map<string, { name: string; label: string }[]>();
  const adminDefaultRecordTypes = new Map<string, string>();
  const listViews = new Map<string, string[]>();
  if (present.length > 0) {
    const types = await conn.query<{ Id: string; SobjectType: string; DeveloperName: string; Name: string }>(
      `SELECT Id, SobjectType, DeveloperName, Name FROM RecordType WHERE IsActive = true AND SobjectType IN (${inList(present)})`,
    );
    for (const row of types.records) {
      push(recordTypes, row.SobjectType, row.DeveloperName);
      push(recordTypeLabels, row.SobjectType, { name: row.DeveloperName, label: row.Name });
      const object = findName(present, row.SobjectType);
      const described = object && adminRecordTypes.get(object)?.find((type) => sameRecordId(type.id, row.Id));
      if (described) described.developerName = row.DeveloperName;
      const defaultId = object && defaultIds.get(object);
      if (defaultId && sameRecordId(defaultId, row.Id))
        adminDefaultRecordTypes.set(object, row.DeveloperName);
    }
    const views = await conn.query<{ SobjectType: string; DeveloperName: string }>(
      `SELECT SobjectType, DeveloperName FROM ListView WHERE SobjectType IN (${inList(present)})`,
    );
    for (const row of views.records) push(listViews, row.SobjectType, row.DeveloperName);
  }
  const users = new Map<string, boolean>();
  if (wanted.usernames.length > 0) {
    const rows = await conn.query<{ Username: string; IsActive: boolean }>(
      `SELECT Username, IsActive FROM User WHERE Username IN (${inList(wanted.usernames)})`,
    );
    for (const row of rows.records) users.set(row.Username.toLowerCase(), row.IsActive);
  }
  return {
    objects,
    objectLabels,
    fields,
    recordTypes,
    recordTypeLabels,
    adminRecordTypes,
    adminDefaultRecordTypes,
    listViews,
    users,
  };
}

/** Some usernames for "did you mean" when one does not exist (the first 2,000; enough for a sandbox's personas). */
export async function someUsernames(conn: Connection): Promise<string[]> {
  const rows = await conn.query<{ Username: string }>(
    'SELECT Username FROM User ORDER BY Username LIMIT 2000',
  );
  return rows.records.map((row) => row.Username);
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** Text as a SOQL string literal's content. */
export function soqlText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

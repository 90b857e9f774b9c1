import type { OrgState } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { type FieldPath, valueAt } from './field-paths';

export type JsonRecord = { attributes: { type: string; url?: string } } & Record<string, unknown>;

export function attributesOf(type: SObjectType, id: string, version: string): JsonRecord['attributes'] {
  return { type: type.name, url: `/services/data/v${version}/sobjects/${type.name}/${id}` };
}

/** One query row as the REST API returns it, related records nested under their relationship names. */
export function shapeRecord(
  state: OrgState,
  type: SObjectType,
  row: Row,
  paths: FieldPath[],
  version: string,
): JsonRecord {
  const record: JsonRecord = { attributes: attributesOf(type, row.Id, version) };
  for (const path of paths) {
    let target: Record<string, unknown> = record;
    let current: Row | undefined = row;
    let reachable = true;
    for (const hop of path.hops) {
      const key = hop.lookup.relationshipName as string;
      const id: unknown = current?.[hop.lookup.name];
      current = typeof id === 'string' ? state.store.get(hop.target.name, id) : undefined;
      if (!current) {
        if (!(key in target)) target[key] = null;
        reachable = false;
        break;
      }
      const existing = target[key];
      if (!existing || typeof existing !== 'object') {
        target[key] = { attributes: attributesOf(hop.target, current.Id, version) };
      }
      target = target[key] as Record<string, unknown>;
    }
    if (reachable && current) target[path.field.name] = current[path.field.name] ?? null;
  }
  return record;
}

/** A full record of the given fields (retrieve, no relationships). */
export function shapeFlatRecord(
  type: SObjectType,
  row: Row,
  fieldNames: string[],
  version: string,
): JsonRecord {
  const record: JsonRecord = { attributes: attributesOf(type, row.Id, version) };
  for (const name of fieldNames) record[name] = row[name] ?? null;
  return record;
}

export { valueAt };

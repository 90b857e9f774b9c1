import { canReadField } from '../model/access';
import type { SObjectField } from '../model/fields';
import type { OrgState, OrgUser } from '../model/org-state';
import type { SObjectType } from '../model/sobject-type';
import type { FieldValue, Row } from '../model/store';
import { noSuchColumn, unknownRelationship } from './query-errors';

/** A field reached from the queried object, e.g. Owner.Profile.Name: two lookups, then Name on Profile. */
export interface FieldPath {
  raw: string;
  hops: { lookup: SObjectField; target: SObjectType }[];
  field: SObjectField;
  owner: SObjectType;
}

/** Resolves a dotted path for the running user; fields they cannot read do not exist for them (FLS). */
export function resolvePath(
  state: OrgState,
  user: OrgUser,
  root: SObjectType,
  raw: string,
  soql: string,
  alias?: string,
): FieldPath {
  let parts = raw.split('.');
  if (alias && parts.length > 1 && parts[0].toLowerCase() === alias.toLowerCase()) parts = parts.slice(1);
  if (parts.length > 1 && parts[0].toLowerCase() === root.name.toLowerCase()) parts = parts.slice(1);
  let owner = root;
  const hops: FieldPath['hops'] = [];
  for (const relationshipName of parts.slice(0, -1)) {
    const lookup = owner.relationship(relationshipName);
    const targetName = lookup?.referenceTo?.[0];
    const target = targetName ? state.object(targetName) : undefined;
    if (!lookup || !target || !canReadField(user, owner, lookup))
      throw unknownRelationship(soql, raw, relationshipName);
    hops.push({ lookup, target });
    owner = target;
  }
  const name = parts[parts.length - 1];
  const field = owner.field(name);
  if (!field || !canReadField(user, owner, field)) throw noSuchColumn(soql, name, owner.name);
  return { raw, hops, field, owner };
}

/** The value at the end of a path, or null when a lookup on the way is empty. */
export function valueAt(state: OrgState, row: Row, path: FieldPath): FieldValue {
  let current: Row | undefined = row;
  for (const hop of path.hops) {
    const id: unknown = current?.[hop.lookup.name];
    current = typeof id === 'string' ? state.store.get(hop.target.name, id) : undefined;
    if (!current) return null;
  }
  return current?.[path.field.name] ?? null;
}

import type { Literal } from 'formulon';
import type { FormulaScope } from '../../salesforce/formula/evaluate';
import { literalOf } from '../../salesforce/formula/literals';
import type { SObjectField } from '../model/fields';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import { sampleValue } from './literals';

/**
 * What a formula sees: the record's fields, related records through lookups (Owner.Name, Account.Industry)
 * and the globals $User, $Profile, $UserRole and $Organization, all of the running user.
 */

export interface RecordSource {
  object(name: string): SObjectType | undefined;
  row(object: string, id: string): Row | undefined;
}

export interface RecordContext {
  source: RecordSource;
  type: SObjectType;
  row: Row;
  /** The record before this save; undefined on insert. */
  prior?: Row;
  /** The running user's User row. */
  user: Row;
  organization: Row | undefined;
}

const MAX_HOPS = 10;

export function recordScope(context: RecordContext): FormulaScope {
  const globalRow = (global: Global) => global.row(context);
  const value = (row: Row) => (path: string) =>
    resolve(context.source, context.type, row, path, globalRow, recordLeaf);
  return {
    isNew: context.prior === undefined,
    value: value(context.row),
    prior: (path) => (context.prior ? value(context.prior)(path) : undefined),
  };
}

/** Every reference answers a typical value of its type: checks formulas before any record exists. */
export function sampleScope(source: Pick<RecordSource, 'object'>, type: SObjectType): FormulaScope {
  const noRows: RecordSource = { object: source.object, row: () => undefined };
  const value = (path: string) => resolve(noRows, type, undefined, path, () => undefined, sampleLeaf);
  return { isNew: false, value, prior: value };
}

type Leaf = (field: SObjectField, row: Row | undefined) => Literal;
const recordLeaf: Leaf = (field, row) => literalOf(field, row?.[field.name]);
const sampleLeaf: Leaf = (field) => literalOf(field, sampleValue(field.type, field.picklistValues));

interface Global {
  object: string;
  row: (context: RecordContext) => Row | undefined;
}

const GLOBALS: Record<string, Global> = {
  $user: { object: 'User', row: (context) => context.user },
  $profile: {
    object: 'Profile',
    row: (context) => context.source.row('Profile', String(context.user.ProfileId ?? '')),
  },
  $userrole: {
    object: 'UserRole',
    row: (context) =>
      context.user.UserRoleId ? context.source.row('UserRole', String(context.user.UserRoleId)) : undefined,
  },
  $organization: { object: 'Organization', row: (context) => context.organization },
};

function resolve(
  source: RecordSource,
  type: SObjectType,
  row: Row | undefined,
  path: string,
  globalRow: (global: Global) => Row | undefined,
  leaf: Leaf,
): Literal | undefined {
  const parts = path.split('.');
  if (parts.length > MAX_HOPS + 1) return undefined;
  const global = GLOBALS[parts[0].toLowerCase()];
  if (!global) return walk(source, type, row, parts, leaf);
  const globalType = source.object(global.object);
  if (!globalType || parts.length < 2) return undefined;
  return walk(source, globalType, globalRow(global), parts.slice(1), leaf);
}

function walk(
  source: RecordSource,
  start: SObjectType,
  startRow: Row | undefined,
  parts: string[],
  leaf: Leaf,
): Literal | undefined {
  let type = start;
  let row = startRow;
  for (const name of parts.slice(0, -1)) {
    const lookup = type.relationship(name);
    if (!lookup) return undefined;
    const id = row?.[lookup.name];
    const targets = (lookup.referenceTo ?? []).map((to) => source.object(to)).filter((found) => !!found);
    // Polymorphic lookups (Owner: User or queue) resolve by the id's key prefix.
    const target =
      (typeof id === 'string' && targets.find((candidate) => id.startsWith(candidate.keyPrefix))) ||
      targets[0];
    if (!target) return undefined;
    type = target;
    row = typeof id === 'string' ? source.row(target.name, id) : undefined;
  }
  const field = type.field(parts[parts.length - 1]);
  return field ? leaf(field, row) : undefined;
}

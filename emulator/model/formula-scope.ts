import type { Literal } from 'formulon';
import type { FormulaScope } from '../formula/evaluate';
import { literalOf, sampleValue } from '../formula/literals';
import type { SObjectType } from './sobject-type';
import type { Row } from './store';

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
  return {
    isNew: context.prior === undefined,
    value: (path) => resolve(context, context.row, path),
    prior: (path) => (context.prior ? resolve(context, context.prior, path) : undefined),
  };
}

/** Every reference answers a typical value of its type: checks formulas before any record exists. */
export function sampleScope(source: Pick<RecordSource, 'object'>, type: SObjectType): FormulaScope {
  const walkSample = (start: SObjectType, parts: string[]): Literal | undefined => {
    let current = start;
    for (const name of parts.slice(0, -1)) {
      const lookup = current.relationship(name);
      const target = lookup?.referenceTo?.map((to) => source.object(to)).find((found) => found);
      if (!target) return undefined;
      current = target;
    }
    const field = current.field(parts[parts.length - 1]);
    return field ? literalOf(field, sampleValue(field.type, field.picklistValues)) : undefined;
  };
  const value = (path: string): Literal | undefined => {
    const parts = path.split('.');
    if (parts.length > MAX_HOPS + 1) return undefined;
    const global = GLOBALS[parts[0].toLowerCase()];
    if (global) {
      const globalType = source.object(global.object);
      return globalType && parts.length > 1 ? walkSample(globalType, parts.slice(1)) : undefined;
    }
    return walkSample(type, parts);
  };
  return { isNew: false, value, prior: value };
}

const GLOBALS: Record<string, { object: string; row: (context: RecordContext) => Row | undefined }> = {
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

function resolve(context: RecordContext, row: Row, path: string): Literal | undefined {
  const parts = path.split('.');
  if (parts.length > MAX_HOPS + 1) return undefined;
  const global = GLOBALS[parts[0].toLowerCase()];
  if (global) {
    const type = context.source.object(global.object);
    if (!type || parts.length < 2) return undefined;
    return walk(context.source, type, global.row(context), parts.slice(1));
  }
  return walk(context.source, context.type, row, parts);
}

function walk(
  source: RecordSource,
  start: SObjectType,
  startRow: Row | undefined,
  parts: string[],
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
  return field ? literalOf(field, row?.[field.name]) : undefined;
}

import type { z } from 'zod';
import { parsePlaceholder, placeholdersIn } from '../../template';

/**
 * `wait` and `expectApi` compare a field with the value the API answers, and the API answers a lookup's Id, never
 * the user's name. A username or name written as the value of OwnerId (or CreatedById…) could only time out, so it
 * is an error here, with the `{ user: … }` form that compares the user instead.
 */

/** Standard fields that hold the Id of a user or queue whatever the object: OwnerId, CreatedById, LastModifiedById. */
const USER_OR_QUEUE = /^(Owner|[A-Za-z]+By)Id$/;
/** A standard lookup's API name ends in Id (AccountId, ReportsToId); a custom field's ends in __c. */
const STANDARD_LOOKUP = /^[A-Za-z][A-Za-z0-9]*Id$/;
/** Standard text fields whose name ends in Id all the same (external ids, Data.com keys): not lookups. */
const TEXT_ENDING_IN_ID = /^(External|Jigsaw[A-Za-z]*)Id$/;
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** An Id; surely a user (a username, a persona's username or name); a name (of a user or a queue); or other text. */
type Written = 'id' | 'user' | 'name' | 'other';

/** What a written value stands for. */
function writtenAs(value: string): Written {
  const trimmed = value.trim();
  if (SALESFORCE_ID.test(trimmed)) return 'id';
  const placeholders = placeholdersIn(trimmed);
  if (placeholders.length > 0) {
    if (placeholders.length > 1 || !/^\{\{[^{}]*\}\}$/.test(trimmed)) return 'other';
    const placeholder = parsePlaceholder(placeholders[0] ?? '');
    if (placeholder?.kind === 'persona') return placeholder.field === 'id' ? 'id' : 'user';
    if (placeholder?.kind === 'variable' && placeholder.name.startsWith('persona.')) {
      return placeholder.name === 'persona.id' ? 'id' : 'user';
    }
    return 'other';
  }
  if (/^[^\s@]+@[^\s@]+$/.test(trimmed)) return 'user';
  return trimmed === '' ? 'other' : 'name';
}

/** A value as it may be written inside a YAML flow mapping. */
export const flowValue = (value: string) =>
  /[{}[\],#]|: |^[@`'"&*!|>%?-]/.test(value) ? JSON.stringify(value) : value;

/**
 * The issue for `field: value` in a condition when the value names a user where the field holds an Id, or nothing.
 * `verb` says what the step does: "wait for" or "expect".
 */
export function lookupWrittenByName(field: string, value: string, verb: string): string | undefined {
  if (!STANDARD_LOOKUP.test(field) || TEXT_ENDING_IN_ID.test(field)) return undefined;
  const written = writtenAs(value);
  if (written === 'id' || written === 'other') return undefined;
  const shown = flowValue(value.trim());
  const compares = `${field} compares the record's Id`;
  if (USER_OR_QUEUE.test(field)) {
    if (written !== 'name' || field !== 'OwnerId') {
      return `${compares}; to ${verb} a user write ${field}: { user: ${shown} }`;
    }
    // A queue's developer name has underscores for spaces (SDR_Queue); a person's name rarely does.
    const [first, second] = /^\w+_\w+$/.test(value.trim()) ? ['queue', 'user'] : ['user', 'queue'];
    return `${compares}; to ${verb} a ${first} write ${field}: { ${first}: ${shown} }, or for a ${second} ${field}: { ${second}: ${shown} }`;
  }
  // Another lookup may point to a user (ReportsToId) or not (AccountId); only a username surely means a user.
  if (written === 'name') return undefined;
  return `${compares}, which ${JSON.stringify(value.trim())} never is; to ${verb} a user write ${field}: { user: ${shown} }, or write the Id of the record it must point to`;
}

/** Refines a condition's fields: an issue at the value of each lookup written as a user's username or name. */
export function lookupsNotByName(verb: string) {
  return (fields: Record<string, unknown> | undefined, context: z.RefinementCtx) => {
    for (const [field, value] of Object.entries(fields ?? {})) {
      if (typeof value !== 'string') continue;
      const message = lookupWrittenByName(field, value, verb);
      if (message) context.addIssue({ code: 'custom', input: value, path: [field], message });
    }
  };
}

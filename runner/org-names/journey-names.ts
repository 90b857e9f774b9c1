import type { PropertyPath } from '../loading/property-path';
import type { Scenario, Step } from '../model';
import { placeholdersIn } from '../template';
import { type PersonaUserReference, personaUsers } from './persona-names';

/** The NameReference kinds these steps produce (declared here too: name-references.ts imports this file). */
type NameReference =
  | { kind: 'field'; object: string; field: string; path: PropertyPath }
  | {
      kind: 'picklistValue';
      object: string;
      field: string;
      value: string;
      accepts: 'value';
      path: PropertyPath;
    }
  | PersonaUserReference
  | { kind: 'queue'; queue: string; path: PropertyPath }
  | { kind: 'conditionUser'; user: string; path: PropertyPath };

type Owner = { queue: string } | { user: string };

/**
 * The names a journey step uses: `wait` / `expectApi` name fields of their own record (not of the record last
 * opened, which they leave as it is), picklist API values, and the queues and users an owner or lookup must be;
 * `as:` names a persona whose user must exist. Undefined for other steps.
 */
export function journeyStepNames(
  scenario: Scenario,
  step: Step,
  index: number,
  objectOf: ReadonlyMap<string, string>,
): NameReference[] | undefined {
  const base: PropertyPath = ['steps', index, step.kind];
  if (step.kind === 'as') {
    const persona = scenario.personas?.find((used) => used.name === step.persona);
    return persona ? personaUsers(persona, base) : [];
  }
  if (step.kind !== 'wait' && step.kind !== 'expectApi') return undefined;
  const key = step.kind === 'wait' ? 'until' : 'values';
  const owners = [
    ...Object.entries(step.fields).flatMap(([field, value]) =>
      value !== null && typeof value === 'object' ? [ownerName(value, [...base, key, field])] : [],
    ),
    ...(step.task?.owner ? [ownerName(step.task.owner, [...base, 'task', 'owner'])] : []),
  ].filter((reference): reference is NameReference => reference !== undefined);
  const object = objectOf.get(step.record);
  if (!object) return owners;
  const fields = Object.entries(step.fields).flatMap(([field, value]): NameReference[] => {
    const path = [...base, key, field];
    const reference: NameReference = { kind: 'field', object, field, path };
    if (typeof value !== 'string' || value.trim() === '' || placeholdersIn(value).length > 0)
      return [reference];
    return [reference, { kind: 'picklistValue', object, field, value, accepts: 'value', path }];
  });
  return [...fields, ...owners];
}

/** `{ queue: X }` / `{ user: Y }`; a user given as a placeholder is a persona's, resolved at run time. */
function ownerName(owner: Owner, at: PropertyPath): NameReference | undefined {
  if ('queue' in owner) return { kind: 'queue', queue: owner.queue, path: [...at, 'queue'] };
  if (placeholdersIn(owner.user).length > 0) return undefined;
  return { kind: 'conditionUser', user: owner.user, path: [...at, 'user'] };
}

import {
  CONTRACT_NAME_WORDS,
  type ContractNameKind,
  hasContractName,
} from '../../fixtures/persona-contract-names';
import type { PropertyPath } from '../loading/property-path';
import type { Persona } from '../model';
import { didYouMean, oneOf } from '../schema/wording';

/** A name a persona's contract uses, at its place in the personas file (declared here: name-references.ts imports this file). */
export type ContractNameReference = {
  kind: 'contractName';
  what: ContractNameKind;
  name: string;
  persona: string;
  file: string;
  path: PropertyPath;
};

/** A persona's user (username, or one of a pool's usernames), at its place in the personas file when it has one. */
export type PersonaUserReference = {
  kind: 'user';
  username: string;
  persona: string;
  /** The personas file; without it, the user is reported at `path` in the scenario. */
  file?: string;
  path: PropertyPath;
};

/** The users a persona logs in as; `usedAt` is where a scenario names the persona, for a persona with no file. */
export function personaUsers(persona: Persona, usedAt: PropertyPath): PersonaUserReference[] {
  const user = (username: string, ...rest: (string | number)[]): PersonaUserReference =>
    persona.file
      ? {
          kind: 'user',
          username,
          persona: persona.name,
          file: persona.file,
          path: ['personas', persona.name, ...rest],
        }
      : { kind: 'user', username, persona: persona.name, path: usedAt };
  return [
    ...(persona.username ? [user(persona.username, 'username')] : []),
    ...(persona.usernames ?? []).map((username, index) => user(username, 'usernames', index)),
  ];
}

const LISTS: [keyof Persona['capability'], ContractNameKind][] = [
  ['permissionSets', 'permissionSet'],
  ['permissionSetGroups', 'permissionSetGroup'],
  ['publicGroups', 'publicGroup'],
  ['queues', 'queue'],
];

/** The profile, role, permission sets (groups), public groups and queues a persona declares. */
export function personaContractNames(persona: Persona): ContractNameReference[] {
  const { file, capability } = persona;
  if (!file) return [];
  const at = (...rest: (string | number)[]): PropertyPath => ['personas', persona.name, ...rest];
  const reference = (what: ContractNameKind, name: string, path: PropertyPath): ContractNameReference => ({
    kind: 'contractName',
    what,
    name,
    persona: persona.name,
    file,
    path,
  });
  const references: ContractNameReference[] = [];
  if (capability.profile) references.push(reference('profile', capability.profile, at('profile')));
  if (capability.role) references.push(reference('role', capability.role, at('role')));
  for (const [key, what] of LISTS) {
    const names = capability[key];
    if (!Array.isArray(names)) continue;
    names.forEach((name, index) => {
      references.push(reference(what, name, at(key, index)));
    });
  }
  return references;
}

const NAMED_BY: Record<ContractNameKind, string> = {
  profile: 'a profile name as Setup shows it',
  role: 'a role name as Setup shows it',
  permissionSet: 'a permission set API name',
  permissionSetGroup: 'a permission set group API name',
  publicGroup: "a public group's developer name",
  queue: "a queue's developer name",
};

export function contractNameProblem(
  reference: ContractNameReference,
  known: Record<ContractNameKind, string[]>,
): string | undefined {
  const names = known[reference.what];
  if (hasContractName(names, reference.name)) return undefined;
  const what = CONTRACT_NAME_WORDS[reference.what];
  return (
    `persona "${reference.persona}": the org has no ${what} named "${reference.name}". Expected ${NAMED_BY[reference.what]}: ` +
    `${oneOf(names.slice(0, 20))}${names.length > 20 ? ', …' : ''}.${didYouMean(reference.name, names)}`
  );
}

import type { Connection } from 'jsforce';
import { readUserCapabilities, type UserCapability } from '../../fixtures/persona-capability';
import {
  candidateFilter,
  PersonaContractError,
  type PersonaDeclaration,
  resolvePersona,
} from '../../fixtures/persona-contract';
import type { ApprovalUses } from './approval-scope';
import { type AccessFact, sortFacts } from './facts';
import { approvalProcessFacts } from './read-approval-processes';
import { approverFacts } from './read-approvers';
import {
  appFacts,
  fieldFacts,
  grantSources,
  objectFacts,
  systemPermissionFacts,
  tabFacts,
} from './read-grants';
import { loginAsFacts } from './read-login-as';
import { layoutFacts, ProfileMetadata, recordTypeFacts, recordTypeNames } from './read-profile-setup';

/**
 * Every persona's access, through the API only: who it resolves to and its sharing context (profile, role,
 * permission sets, groups, queues), who approves for it (manager, delegated approver), system permissions, and for the objects in its scope object permissions,
 * field-level security, tabs, record types and layouts, and the approval processes its scenarios rely on
 * (`approvalsOf`); plus who in the org can log in as others.
 */
export async function snapshotAccess(
  conn: Connection,
  personas: PersonaDeclaration[],
  objectsOf: (persona: string) => string[],
  approvalsOf: (persona: string) => ApprovalUses = () => new Map(),
): Promise<AccessFact[]> {
  const metadata = new ProfileMetadata(conn);
  const recordTypes = await recordTypeNames(conn);
  const facts: AccessFact[] = await loginAsFacts(conn);
  for (const persona of personas) {
    const objects = [...new Set(objectsOf(persona.name))].sort();
    const { user, contract } = await personaUser(conn, persona);
    if (contract) facts.push(contract);
    if (!user) continue;
    facts.push(...contextFacts(persona.name, user));
    // A persona kept to prove a refused Login-As (loginRefused) never sees a page: its grants are nobody's access.
    if (persona.loginRefused) continue;
    facts.push({ persona: persona.name, fact: 'scope', subject: '', value: objects.join(' '), via: [] });
    const profile = { id: user.profileId, name: user.profile };
    const { sources, rows } = await grantSources(conn, user.permissionSetIds);
    const parts = await Promise.all([
      approverFacts(conn, persona.name, user),
      approvalProcessFacts(conn, persona.name, approvalsOf(persona.name)),
      systemPermissionFacts(conn, persona.name, sources, rows),
      objectFacts(conn, persona.name, sources, objects),
      fieldFacts(conn, persona.name, sources, objects),
      tabFacts(conn, persona.name, sources, objects),
      appFacts(conn, persona.name, sources).catch((error: { errorCode?: string; message: string }) => [
        unreadable(persona.name, 'apps (SetupEntityAccess, AppMenuItem)', error),
      ]),
      layoutFacts(conn, persona.name, profile, objects, recordTypes),
      recordTypeFacts(metadata, persona.name, profile, objects),
    ]);
    facts.push(...parts.flat());
  }
  return sortFacts(facts);
}

/**
 * The persona's user; when its contract is violated, the violation is a fact of its own and the named user (if
 * any) is still described, so the diff shows what the extra access gives.
 */
async function personaUser(
  conn: Connection,
  persona: PersonaDeclaration,
): Promise<{ user?: UserCapability; contract?: AccessFact }> {
  try {
    return { user: (await resolvePersona(conn, persona)).user };
  } catch (error) {
    if (!(error instanceof PersonaContractError)) throw error;
    const user = await closestUser(conn, persona);
    const problems = error.message
      .split('\n')
      .filter((line) => /^\s+- /.test(line))
      .map((line) => line.trim().slice(2));
    const lines = problems.length > 0 ? problems : [error.message.replace(/^Persona "[^"]+": /, '')];
    return {
      user,
      contract: { persona: persona.name, fact: 'contract', subject: '', value: 'violated', via: lines },
    };
  }
}

function unreadable(
  persona: string,
  subject: string,
  error: { errorCode?: string; message: string },
): AccessFact {
  return { persona, fact: 'unreadable', subject, value: error.errorCode ?? error.message, via: [] };
}

/**
 * The named user, else the first of the pool, else the first active, unfrozen user with the declared profile, role,
 * permission sets and groups.
 */
async function closestUser(
  conn: Connection,
  persona: PersonaDeclaration,
): Promise<UserCapability | undefined> {
  const named = persona.username ?? persona.usernames?.[0];
  if (named) return (await readUserCapabilities(conn, [named]))[0];
  const candidates = await readUserCapabilities(conn, undefined, candidateFilter(persona));
  return candidates.find((user) => !user.frozen);
}

function contextFacts(persona: string, user: UserCapability): AccessFact[] {
  const fact = (kind: string, subject: string, value: string, via: string[] = []): AccessFact => ({
    persona,
    fact: kind,
    subject,
    value,
    via,
  });
  const how = (group: string) => [user.membershipVia[group] ?? 'direct'];
  return [
    fact('user', '', user.username),
    fact('profile', '', user.profile),
    fact('role', '', user.role ?? '(none)'),
    ...user.permissionSets.map((name) => fact('permissionSet', name, 'assigned')),
    ...user.permissionSetGroups.map((name) => fact('permissionSetGroup', name, 'assigned')),
    ...user.publicGroups.map((name) => fact('publicGroup', name, 'member', how(name))),
    ...user.queues.map((name) => fact('queue', name, 'member', how(name))),
  ];
}

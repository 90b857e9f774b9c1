import type { OrgConnection } from '../../fixtures/org-connection';
import {
  checkPersonaContracts,
  type PersonaDeclaration,
  type PersonaEntry,
} from '../../fixtures/persona-contract';
import { personaDeclaredAt } from '../loading/persona-declared-at';
import { shownPath } from '../shown-path';
import { type Check, fail, ok } from './check';

/** The fix, naming where the persona's declaration, or the entry of it the violation is about, is written. */
const fix = (where: string) =>
  `Point the persona at an active, unfrozen user that matches it, in ${where}. "Login works for ` +
  'some users but not others": compare the users side by side — profile, permission sets, login hours, IP ' +
  'restrictions (seed guide, troubleshooting table).';

/**
 * Each persona resolves to exactly one active, unfrozen user matching its declaration (profile, permission
 * sets, role, groups, queues). Unconfirmed and not checked here: the target profile's login hours and IP
 * ranges, which Salesforce applies when the Login click is made (the run reports servlet.su's refusal).
 */
export async function personaChecks(
  org: OrgConnection,
  personas: PersonaDeclaration[],
): Promise<{ checks: Check[]; users: { persona: string; username?: string }[] }> {
  try {
    const results = await checkPersonaContracts(org, personas);
    const declared = new Map(personas.map((persona) => [persona.name, persona]));
    return {
      checks: results.map((result) =>
        result.ok
          ? ok(`persona ${result.persona}`, result.message)
          : fail(
              `persona ${result.persona}`,
              result.message,
              fix(declaredAt(declared.get(result.persona), result.entry)),
            ),
      ),
      users: results.map((result) => ({ persona: result.persona, username: result.username })),
    };
  } catch (error) {
    return {
      checks: [
        fail(
          'personas',
          `could not be checked: ${(error as Error).message}`,
          'Give the admin View Setup and Configuration.',
        ),
      ],
      users: [],
    };
  }
}

/** `personas.yaml:17:5`, the file:line:column of the entry; the file alone when its place cannot be read. */
function declaredAt(persona: PersonaDeclaration | undefined, entry: PersonaEntry | undefined): string {
  const at = persona && personaDeclaredAt(persona, entry);
  return at ? `${shownPath(at.file)}:${at.line}:${at.column}` : (persona?.file ?? 'personas.yaml');
}

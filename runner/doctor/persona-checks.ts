import type { OrgConnection } from '../../fixtures/org-connection';
import { checkPersonaContracts, type PersonaDeclaration } from '../../fixtures/persona-contract';
import { type Check, fail, ok } from './check';

/** The fix, naming the personas file the persona was loaded from. */
const fix = (file = 'personas.yaml') =>
  `Point the persona at an active, unfrozen user that matches it, in ${file}. "Login works for ` +
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
    const fileOf = new Map(personas.map((persona) => [persona.name, persona.file]));
    return {
      checks: results.map((result) =>
        result.ok
          ? ok(`persona ${result.persona}`, result.message)
          : fail(`persona ${result.persona}`, result.message, fix(fileOf.get(result.persona))),
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

import path from 'node:path';
import { LoginAsError, type OrgConnection, type OrgUser, type Personas, test } from '../fixtures';
import { personaDeclaredAt } from './loading/persona-declared-at';
import { diagnoseLoginRefusal } from './login-refusal/diagnose';
import { expectLoginAs } from './login-refusal/expect-login-as';
import type { LoginRefusal, Persona, Scenario, SourceLocation } from './model';
import { pointedAtScenario } from './scenario-stack';
import type { StepContext } from './steps';

/** The users of every persona a scenario uses, resolved and contract-checked before any test data or click. */
export async function resolveCast(
  scenario: Scenario,
  personas: Personas,
): Promise<{ user: OrgUser; cast: Cast }> {
  const cast = new Map<string, { persona: Persona; user: OrgUser }>();
  for (const persona of scenario.personas ?? [scenario.persona]) {
    const user = await test.step(
      `persona "${persona.name}" is ${persona.username ?? 'the user matching its declaration'}`,
      () =>
        personas.resolve(persona).catch((error: unknown) => {
          // A broken contract is fixed where the persona is declared, not where the scenario names it.
          const declared =
            error instanceof LoginAsError && error.contract
              ? personaDeclaredAt(persona, error.contract.entry)
              : undefined;
          throw pointedAtScenario(error, declared ?? scenario.location);
        }),
      { location: at(scenario.location) },
    );
    cast.set(persona.name, { persona, user });
  }
  const main = cast.get(scenario.persona.name);
  if (!main) throw new Error(`persona "${scenario.persona.name}" was not resolved`);
  return { user: main.user, cast };
}

/** The personas a scenario uses and their users, by persona name. */
export type Cast = ReadonlyMap<string, { persona: Persona; user: OrgUser }>;

/** `{{personas.<name>.id|username|name}}` for every persona the scenario uses. */
export function personaVars(
  cast: ReadonlyMap<string, { user: OrgUser }>,
): Record<string, { id: string; username: string; name: string }> {
  return Object.fromEntries(
    [...cast].map(([name, { user }]) => [name, { id: user.id, username: user.username, name: user.name }]),
  );
}

export interface LogInStep {
  persona: Persona;
  user: OrgUser;
  /** Login-As must be refused for this reason. */
  refused?: LoginRefusal;
  /** True for an `as:` step: the current impersonation is ended first. */
  switching: boolean;
}

/**
 * Logs in as a persona (first, or instead of the current one), or proves the Login-As is refused for the
 * expected reason, diagnosed from the org as the admin.
 */
export function logInAsPersona(
  scenario: Scenario,
  { org, personas }: { org: OrgConnection; personas: Personas },
  { persona, user, refused, switching }: LogInStep,
): Promise<void> {
  const purpose = {
    reason: scenario.reason,
    ticket: scenario.ticket,
    ...(scenario.approval ? { approval: scenario.approval } : {}),
    scenario: { id: scenario.id, title: scenario.title, file: scenario.file },
  };
  const attempt = () =>
    switching ? personas.switchTo(persona, user, purpose) : personas.logInAs(persona, user, purpose);
  return expectLoginAs(attempt, {
    persona: persona.name,
    user,
    refused,
    diagnose: () => diagnoseLoginRefusal(org, user),
  });
}

/** What an `as:` step does: log out as the current persona, in as the next; the context then speaks for it. */
export function personaSwitcher(
  scenario: Scenario,
  fixtures: { org: OrgConnection; personas: Personas },
  cast: Cast,
  context: StepContext,
): NonNullable<StepContext['switchPersona']> {
  return async (name, refused) => {
    const next = cast.get(name);
    if (!next) {
      throw new Error(
        `persona "${name}" is not among the personas this scenario uses: ${[...cast.keys()].join(', ')}`,
      );
    }
    context.persona = { name, user: next.user };
    await logInAsPersona(scenario, fixtures, { ...next, refused, switching: true });
  };
}

/** ' (expected refused: frozen)' for a step title, or ''. */
export function refusedTitle(refused: LoginRefusal | undefined): string {
  return refused ? ` (expected refused: ${refused})` : '';
}

export function at(location: SourceLocation) {
  return { ...location, file: path.resolve(location.file) };
}

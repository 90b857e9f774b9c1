import { LoginAsError, type OrgUser, test } from '../../fixtures';
import { plainErrorText } from '../../fixtures/persona-login';
import type { LoginRefusal } from '../model';
import { ExpectationError } from '../steps/context';
import type { RefusalCause } from './diagnose';

export interface LoginAsExpectation {
  persona: string;
  user: OrgUser;
  /** Login-As must be refused for this reason; undefined: it must succeed. */
  refused?: LoginRefusal;
  diagnose(): Promise<{ causes: RefusalCause[]; unreadable: string[] }>;
}

/**
 * Runs a Login-As attempt and holds it to the expectation. A refusal that was expected must be seen (the
 * banner never shows) and explained by the org as the admin with the expected reason; an unexpected refusal
 * fails with what the org says caused it.
 */
export async function expectLoginAs(
  attempt: () => Promise<void>,
  { persona, user, refused, diagnose }: LoginAsExpectation,
): Promise<void> {
  const who = `persona "${persona}" (${user.name}, ${user.username})`;
  let refusal: LoginAsError | undefined;
  try {
    await attempt();
  } catch (error) {
    // Landing on another user than the persona's is no refusal: it stops the scenario as it is.
    if (!(error instanceof LoginAsError) || /landed on the wrong user/.test(error.message)) throw error;
    refusal = error;
  }
  if (!refusal && !refused) return;
  const { causes, unreadable } = await diagnose();
  const found = describeCauses(causes, unreadable);
  if (!refused) {
    throw new LoginAsError(`${plainErrorText(refusal)}\nWhy, from the org as the admin: ${found}`);
  }
  if (!refusal) {
    throw new ExpectationError(
      `Login-As of ${who}: expected refused (${refused}), but Salesforce logged the admin in as ${user.name} ` +
        `(the Login-As banner names them). The org shows ${causes.length > 0 ? found : `no cause for a refusal: ${found}`}.`,
    );
  }
  const seen = `Salesforce said: ${plainErrorText(refusal).split('\n')[0]}`;
  const cause = causes.find((found) => found.reason === refused);
  if (cause) {
    // The verdict's evidence, on the test (HTML report, JUnit properties, Allure).
    test.info().annotations.push({
      type: 'login refused',
      description: `${who}: ${refused} — ${cause.evidence}. ${seen}`,
    });
    return;
  }
  throw new ExpectationError(
    `Login-As of ${who}: expected refused (${refused}), and it was refused, but not for that reason — ` +
      `${seen}. Why, from the org as the admin: ${found}.`,
  );
}

function describeCauses(causes: RefusalCause[], unreadable: string[]): string {
  const parts = causes.map((cause) => `${cause.reason}: ${cause.evidence}`);
  if (parts.length === 0) parts.push('no row of the troubleshooting table applies');
  if (unreadable.length > 0) parts.push(`not readable: ${unreadable.join('; ')}`);
  return parts.join('; ');
}

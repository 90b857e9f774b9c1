import type { AsStep } from '../model';
import { leftThePage, type StepContext } from './context';

/**
 * `as:` — "Log out as" the current persona and Login-As the next (or prove that Login-As is refused); the
 * steps after it run as that persona, so the record, list, report or dashboard opened before it is forgotten.
 */
export async function switchPersona(step: Omit<AsStep, 'kind'>, context: StepContext): Promise<void> {
  if (!context.switchPersona) {
    throw new Error(
      `Cannot switch to persona "${step.persona}": this run gives steps no way to change persona.`,
    );
  }
  leftThePage(context);
  await context.switchPersona(step.persona, step.loginRefused);
}

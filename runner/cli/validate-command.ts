import { validateScenarios } from '../loader';
import { parse } from './args';
import { resolveInputs } from './inputs';

export async function validateCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  const { ok, report } = validateScenarios(resolveInputs(positionals));
  (ok ? console.log : console.error)(report);
  return ok ? 0 : 2;
}

import { formatErrors, loadScenarios } from '../loader';
import { parse } from './args';
import { resolveInputs } from './inputs';

export async function validateCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  const { scenarios, errors } = loadScenarios(resolveInputs(positionals));
  if (errors.length > 0) {
    console.error(formatErrors(errors));
    console.error(`\n${errors.length} problem(s) found. Nothing was run.`);
    return 2;
  }
  console.log(`${scenarios.length} scenario(s) valid: ${scenarios.map((s) => s.id).join(', ')}`);
  return 0;
}

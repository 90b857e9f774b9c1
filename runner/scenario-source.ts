import path from 'node:path';
import { formatErrors, loadScenarios } from './loader';
import type { Scenario } from './model';

/** Where a run's scenarios come from: PERSONA_UX_SCENARIOS (JSON list of paths, set by the CLI) or scenarios/. */
export function scenarioInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.PERSONA_UX_SCENARIOS) return JSON.parse(env.PERSONA_UX_SCENARIOS) as string[];
  return [path.relative(process.cwd(), path.join(__dirname, '..', 'scenarios')) || '.'];
}

export function scenariosForThisRun(): Scenario[] {
  const { scenarios, errors } = loadScenarios(scenarioInputs());
  if (errors.length > 0) throw new Error(`Invalid scenario files:\n${formatErrors(errors)}`);
  return scenarios;
}

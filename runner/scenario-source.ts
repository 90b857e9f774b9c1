import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { Scenario } from './model';

/** Where a run's scenarios come from: PERSONA_UX_SCENARIOS (JSON list of paths, set by the CLI) or scenarios/. */
export function scenarioInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.PERSONA_UX_SCENARIOS) return JSON.parse(env.PERSONA_UX_SCENARIOS) as string[];
  return [path.relative(process.cwd(), path.join(__dirname, '..', 'scenarios')) || '.'];
}

/**
 * The scenarios of this run. `persona-ux run` has loaded and validated them already and hands them over in a
 * file (PERSONA_UX_LOADED_SCENARIOS), so the Playwright runner and each worker neither parse the files again nor
 * load the YAML parser and the scenario schema; `npx playwright test` (UI mode, VS Code) loads them here, with
 * the same rules as the CLI, the organisation's ticket pattern included.
 */
export function scenariosForThisRun(env: NodeJS.ProcessEnv = process.env): Scenario[] {
  if (env.PERSONA_UX_LOADED_SCENARIOS) {
    return v8.deserialize(readFileSync(env.PERSONA_UX_LOADED_SCENARIOS)) as Scenario[];
  }
  const { formatErrors, loadScenarios } = require('./loader') as typeof import('./loader');
  const { ticketPatternProblem, ticketProblems } =
    require('./loading/ticket-rule') as typeof import('./loading/ticket-rule');
  const patternProblem = ticketPatternProblem(env.PERSONA_UX_TICKET_PATTERN);
  if (patternProblem) throw new Error(patternProblem);
  const { scenarios, errors } = loadScenarios(scenarioInputs(env));
  errors.push(...ticketProblems(scenarios, env.PERSONA_UX_TICKET_PATTERN));
  if (errors.length > 0) throw new Error(`Invalid scenario files:\n${formatErrors(errors)}`);
  return scenarios;
}

/** Writes the loaded scenarios where scenariosForThisRun reads them; returns the environment that says where. */
export function handOverScenarios(scenarios: readonly Scenario[], file: string): NodeJS.ProcessEnv {
  writeFileSync(file, v8.serialize(scenarios));
  return { PERSONA_UX_LOADED_SCENARIOS: file };
}

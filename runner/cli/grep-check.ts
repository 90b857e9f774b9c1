import { SCENARIOS_TEST_FILE } from '../../config/build';
import type { Scenario } from '../model';
import { scenarioGrepText } from '../scenario-titles';

/**
 * run --grep, matched as Playwright will match it (its forceRegExp: /re/flags as written, else case-insensitive),
 * so that a grep that selects nothing stops the run before the admin signs in or a report is cleared.
 */
export function grepProblem(grep: string | undefined, scenarios: readonly Scenario[]): string | undefined {
  if (grep === undefined) return undefined;
  let pattern: RegExp;
  try {
    const literal = /^\/(.*)\/([gi]*)$/.exec(grep);
    pattern = literal ? new RegExp(literal[1], literal[2]) : new RegExp(grep, 'gi');
  } catch (error) {
    return `--grep "${grep}" is not a regular expression (${(error as Error).message}); write e.g. --grep @sdr or --grep lead-routing.`;
  }
  const matches = scenarios.some((scenario) => {
    pattern.lastIndex = 0;
    return pattern.test(scenarioGrepText(scenario, SCENARIOS_TEST_FILE));
  });
  if (matches) return undefined;
  const ids = [...new Set(scenarios.map((scenario) => scenario.id))];
  const some = ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, … (${ids.length} in all)` : '');
  return (
    `--grep "${grep}" matches no scenario. It is matched against each scenario's id, title, persona and tags ` +
    `(@persona, @ticket, @tag); the scenarios here: ${some}.`
  );
}

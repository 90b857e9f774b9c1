import type { Scenario, ScenarioError } from '../model';
import { scenarioSchema } from '../schema/scenario';
import { buildScenario } from './build-scenario';
import { type RuleContext, scenarioRules } from './scenario-rules';
import { readYaml } from './yaml-source';
import { issuesToErrors, PARSE_OPTIONS } from './zod-issues';

const EMPTY_FILE =
  'The file is empty. Expected a scenario: id, title, persona, reason, ticket and steps — ' +
  'see scenarios/sdr-sees-routed-lead.yaml for a complete one.';

/** One scenario file: syntax, then schema, then the rules relating its parts. Stops at the first stage with errors. */
export function loadScenarioFile(
  file: string,
  context: RuleContext,
): { scenario?: Scenario; errors: ScenarioError[] } {
  const { source, errors } = readYaml(file);
  if (!source) return { errors };
  if (source.isEmpty) return { errors: [source.error([], EMPTY_FILE)] };

  const parsed = scenarioSchema.safeParse(source.toJS(), PARSE_OPTIONS);
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues, source) };

  const violations = scenarioRules.flatMap((rule) => rule(parsed.data, context));
  if (violations.length > 0) {
    return { errors: violations.map(({ path, message, target }) => source.error(path, message, target)) };
  }
  const persona = context.personas?.get(parsed.data.persona);
  if (!persona) return { errors: [] }; // the personas file has errors of its own, reported once
  return { scenario: buildScenario(parsed.data, persona, source), errors: [] };
}

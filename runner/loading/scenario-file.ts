import type { z } from 'zod';
import type { Scenario, ScenarioError, SourceLocation } from '../model';
import { isMatrixForm } from '../schema/matrix';
import { scenarioSchema } from '../schema/scenario';
import { buildScenario } from './build-scenario';
import { loadMatrixFile } from './matrix-file';
import { type RuleContext, scenarioRules, unknownPersona } from './scenario-rules';
import { readYaml, type YamlSource } from './yaml-source';
import { issuesToErrors, PARSE_OPTIONS } from './zod-issues';

const EMPTY_FILE =
  'The file is empty. Expected a scenario: id, title, persona, reason, ticket and steps — ' +
  'see scenarios/sdr-sees-routed-lead.yaml for a complete one.';

export interface LoadedScenarioFile {
  scenario?: Scenario;
  /** A matrix scenario: one scenario per persona of its table. */
  columns?: Scenario[];
  errors: ScenarioError[];
  /**
   * A file whose only errors are unknown keys, read without them: what `validate` checks against the org in the
   * same pass. Never run.
   */
  withoutUnknownKeys?: Scenario;
  /** The scenario's id and where it is written, also when the file has other errors (for duplicate ids). */
  id?: { id: string; location: SourceLocation };
}

/**
 * One scenario file: syntax, then schema, then the rules relating its parts; the rules need a valid schema, but
 * the persona is checked (and the id returned) even when the schema has errors, so one pass reports them all.
 * `bytes`: the file's content when the caller has read it already.
 */
export function loadScenarioFile(file: string, context: RuleContext, bytes?: Buffer): LoadedScenarioFile {
  const { source, errors } = readYaml(file, bytes);
  if (!source) return { errors };
  if (source.isEmpty) return { errors: [source.error([], EMPTY_FILE)] };

  const raw = source.toJS();
  const id = idOf(raw, source);
  if (isMatrixForm(raw)) {
    const { scenarios, errors } = loadMatrixFile(raw as Record<string, unknown>, source, context);
    return { columns: scenarios, errors, id };
  }
  const parsed = scenarioSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) {
    const schemaErrors = issuesToErrors(parsed.error.issues, source);
    const pruned = withoutUnknownKeys(raw, parsed.error.issues, context, source);
    if (pruned) return { errors: [...schemaErrors, ...pruned.errors], id, ...pruned.loaded };
    const persona = (raw as { persona?: unknown }).persona;
    const personaErrors =
      typeof persona === 'string' && !schemaErrors.some((error) => error.path === 'persona')
        ? unknownPersona(persona.trim(), context).map(({ path, message }) => source.error(path, message))
        : [];
    return { errors: [...schemaErrors, ...personaErrors], id };
  }

  const violations = scenarioRules.flatMap((rule) => rule(parsed.data, context));
  if (violations.length > 0) {
    return {
      errors: violations.map(({ path, message, target }) => source.error(path, message, target)),
      id,
    };
  }
  const persona = context.personas?.get(parsed.data.persona);
  if (!persona) return { errors: [], id }; // the personas file has errors of its own, reported once
  return { scenario: buildScenario(parsed.data, persona, source, context.personas), errors: [], id };
}

/**
 * When the only schema errors are unknown keys (mostly typos), the rules relating the file's parts still run on it
 * without those keys, and when they pass it loads, so a typo does not hide the file's other mistakes until it is
 * fixed. Undefined when the file is not valid even without them.
 */
function withoutUnknownKeys(
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  context: RuleContext,
  source: YamlSource,
): { errors: ScenarioError[]; loaded?: Pick<LoadedScenarioFile, 'withoutUnknownKeys'> } | undefined {
  if (!issues.every((issue) => issue.code === 'unrecognized_keys')) return undefined;
  const pruned = structuredClone(raw);
  for (const issue of issues) {
    const owner = valueAt(pruned, issue.path);
    if (owner && typeof owner === 'object')
      for (const key of issue.keys) delete (owner as Record<string, unknown>)[key];
  }
  const parsed = scenarioSchema.safeParse(pruned, PARSE_OPTIONS);
  if (!parsed.success) return undefined;
  const errors = scenarioRules
    .flatMap((rule) => rule(parsed.data, context))
    .map(({ path, message, target }) => source.error(path, message, target));
  const persona = context.personas?.get(parsed.data.persona);
  if (errors.length > 0 || !persona) return { errors };
  return {
    errors,
    loaded: { withoutUnknownKeys: buildScenario(parsed.data, persona, source, context.personas) },
  };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}

function idOf(raw: unknown, source: YamlSource): LoadedScenarioFile['id'] {
  const id = (raw as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  return { id: id.trim(), location: source.locate(['id'], 'key') };
}

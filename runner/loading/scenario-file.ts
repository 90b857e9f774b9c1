import type { z } from 'zod';
import type { Scenario, ScenarioError, SourceLocation } from '../model';
import { isMatrixForm } from '../schema/matrix';
import { scenarioSchema } from '../schema/scenario';
import { buildScenario } from './build-scenario';
import { isNameNotApiName, standInForNames } from './field-name-stand-ins';
import { loadMatrixFile } from './matrix-file';
import { misnamedPersonasFile } from './misnamed-personas-file';
import { explainMisplacedStepKeys } from './misplaced-step-keys';
import { withMisreadValues } from './misread-values';
import { type RuleContext, scenarioRules, unknownPersonasWritten } from './scenario-rules';
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
   * A file whose only schema errors are unknown keys and field names that are not API names, read without the
   * keys and with the names as written (a matrix: one scenario per persona): what `validate` checks against the
   * org in the same pass. Never run.
   */
  orgCheckOnly?: Scenario[];
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
  const loaded = loadSource(source, context);
  if (errors.length === 0) return loaded;
  // Values YAML misreads: refused with its other errors, and not org-checked either (its values are not as written).
  return { errors: withMisreadValues(errors, loaded.errors), ...(loaded.id ? { id: loaded.id } : {}) };
}

function loadSource(source: YamlSource, context: RuleContext): LoadedScenarioFile {
  if (source.isEmpty) return { errors: [source.error([], EMPTY_FILE)] };

  const raw = source.toJS();
  const personasHere = misnamedPersonasFile(raw, source, context.personasFile);
  if (personasHere) return { errors: [personasHere] };
  const id = idOf(raw, source);
  if (isMatrixForm(raw)) {
    const { scenarios, errors, orgCheckOnly } = loadMatrixFile(
      raw as Record<string, unknown>,
      source,
      context,
    );
    return { columns: scenarios, errors, id, ...(orgCheckOnly ? { orgCheckOnly } : {}) };
  }
  const parsed = scenarioSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) {
    const schemaErrors = explainMisplacedStepKeys(issuesToErrors(parsed.error.issues, source), raw, source);
    const pruned = readForOrgCheck(raw, parsed.error.issues, context, source);
    if (pruned) return { errors: [...schemaErrors, ...pruned.errors], id, ...pruned.loaded };
    const personaErrors = unknownPersonasWritten(raw, context)
      .map(({ path, message }) => source.error(path, message))
      .filter(
        (error) => !schemaErrors.some(({ path }) => path === error.path || path === `${error.path}.persona`),
      );
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
 * When the only schema errors are unknown keys (mostly typos) and field names that are not API names (mostly
 * labels copied from the page), the rules relating the file's parts still run on it without those keys and with
 * those names as written, and when they pass it loads for the org check: a typo does not hide the file's other
 * mistakes until it is fixed, and the org can name the API name of each label. Undefined when the file is not
 * valid even so.
 */
function readForOrgCheck(
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  context: RuleContext,
  source: YamlSource,
): { errors: ScenarioError[]; loaded?: Pick<LoadedScenarioFile, 'orgCheckOnly'> } | undefined {
  if (!issues.every((issue) => issue.code === 'unrecognized_keys' || isNameNotApiName(issue)))
    return undefined;
  const standIns = standInForNames(raw, issues.filter(isNameNotApiName));
  const pruned = standIns.raw;
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const owner = valueAt(pruned, issue.path);
    if (owner && typeof owner === 'object')
      for (const key of issue.keys) delete (owner as Record<string, unknown>)[key];
  }
  const parsed = scenarioSchema.safeParse(pruned, PARSE_OPTIONS);
  if (!parsed.success) return rulesWithoutEmptiedExpects(pruned, parsed.error.issues, context, source);
  const scenario = standIns.putBack(parsed.data);
  const errors = scenarioRules
    .flatMap((rule) => rule(scenario, context))
    .map(({ path, message, target }) => source.error(path, message, target));
  const persona = context.personas?.get(scenario.persona);
  if (errors.length > 0 || !persona) return { errors };
  return {
    errors,
    loaded: { orgCheckOnly: [buildScenario(scenario, persona, source, context.personas)] },
  };
}

/**
 * An `expect` step left with nothing to check once its misspelt keys are set aside (`expect: { visable: [Email] }`)
 * changes nothing later steps rely on: without it, the rules relating the file's parts still run, so a misspelt
 * data key elsewhere is reported in the same pass. The file is not org-checked: a step of it was set aside.
 */
function rulesWithoutEmptiedExpects(
  pruned: unknown,
  issues: readonly z.core.$ZodIssue[],
  context: RuleContext,
  source: YamlSource,
): { errors: ScenarioError[] } | undefined {
  const steps = (pruned as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return undefined;
  const emptied = new Set<number>();
  for (const issue of issues) {
    const [top, index] = issue.path;
    const step = typeof index === 'number' ? steps[index] : undefined;
    if (top !== 'steps' || !isExpectStep(step)) return undefined;
    emptied.add(index as number);
  }
  const kept = { ...(pruned as object), steps: steps.filter((_, index) => !emptied.has(index)) };
  const parsed = scenarioSchema.safeParse(kept, PARSE_OPTIONS);
  if (!parsed.success) return undefined;
  // Rules name steps by their place in the file: map each kept step back to its index there.
  const original = steps.map((_, index) => index).filter((index) => !emptied.has(index));
  const errors = scenarioRules
    .flatMap((rule) => rule(parsed.data, context))
    .map(({ path, message, target }) => {
      const at =
        path[0] === 'steps' && typeof path[1] === 'number'
          ? ['steps', original[path[1]] ?? path[1], ...path.slice(2)]
          : path;
      return source.error(at, message, target);
    });
  return { errors };
}

function isExpectStep(step: unknown): boolean {
  return typeof step === 'object' && step !== null && !Array.isArray(step) && 'expect' in step;
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

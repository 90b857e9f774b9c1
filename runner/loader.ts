import { formatErrors } from './loading/format-errors';
import { collectScenarioFiles } from './loading/inputs';
import { loadPersonas } from './loading/personas';
import { lookUpPersonasFile } from './loading/personas-file-lookup';
import { loadScenarioFile } from './loading/scenario-file';
import { ScenarioFileCache } from './loading/scenario-file-cache';
import { summariseScenarios } from './loading/validation-summary';
import type { LoadResult, Scenario, ScenarioError, SourceLocation } from './model';

export { formatErrors };

export interface LoadOptions {
  /** Default: personas.yaml (or .yml) in the scenarios' folder or one above it, else scenarios/personas.yaml. */
  personasFile?: string;
  /** Keep what each file loaded to in this directory, and reuse it while the file is unchanged (validate). */
  cacheDir?: string;
}

/**
 * Loads scenario files and directories synchronously (Playwright specs load their data at the top level).
 * Never throws for a user's mistake: every problem in every file comes back in `errors`.
 */
export function loadScenarios(
  inputs: readonly string[] = ['scenarios'],
  options: LoadOptions = {},
): LoadResult {
  const list = inputs.length > 0 ? inputs : ['scenarios'];
  const { files, personasFiles, errors } = collectScenarioFiles(list);
  if (files.length === 0) return { scenarios: [], errors, ...checkedAlone(personasFiles, errors) };
  const lookup = options.personasFile ? { file: options.personasFile } : lookUpPersonasFile(list);
  const personasFile = lookup.file;
  const { personas, errors: personaErrors } = lookup.missing
    ? { personas: undefined, errors: [lookup.missing] }
    : loadPersonas(personasFile);
  errors.push(...personaErrors.sort(byPosition));

  const scenarios: Scenario[] = [];
  const orgCheckOnly: Scenario[] = [];
  const firstWithId = new Map<string, SourceLocation>();
  const context = { personas, personasFile };
  const cache = options.cacheDir
    ? ScenarioFileCache.open(options.cacheDir, personasFile, personas)
    : undefined;
  for (const file of files) {
    const loaded = cache
      ? cache.load(file, (bytes) => loadScenarioFile(file, context, bytes))
      : loadScenarioFile(file, context);
    const fileErrors = [...loaded.errors];
    // Duplicate ids are found in files with other errors too, so one pass reports every problem.
    const first = loaded.id && firstWithId.get(loaded.id.id);
    if (loaded.id && first) fileErrors.push(duplicateId(loaded.id.id, loaded.id.location, first));
    else if (loaded.id) firstWithId.set(loaded.id.id, loaded.id.location);
    errors.push(...fileErrors.sort(byPosition));
    if (fileErrors.length === 0) scenarios.push(...(loaded.scenario ? [loaded.scenario] : []));
    if (fileErrors.length === 0) scenarios.push(...(loaded.columns ?? []));
    orgCheckOnly.push(...(loaded.orgCheckOnly ?? []));
  }
  cache?.save();
  return { scenarios, errors, orgCheckOnly };
}

/** Personas files named on their own are what their author just edited: checked by themselves. */
function checkedAlone(
  personasFiles: readonly string[],
  errors: ScenarioError[],
): Pick<LoadResult, 'personasFiles'> {
  if (personasFiles.length === 0) return {};
  return {
    personasFiles: personasFiles.map((file) => {
      const loaded = loadPersonas(file);
      errors.push(...loaded.errors.sort(byPosition));
      return { file, personas: loaded.personas?.size ?? 0 };
    }),
  };
}

/** The files alone (no org): a quiet summary when all is well, else every error with its code frame. */
export function validateScenarios(
  inputs: readonly string[] = ['scenarios'],
  options: LoadOptions = {},
): { ok: boolean; report: string } {
  const { scenarios, errors } = loadScenarios(inputs, options);
  if (errors.length === 0) return { ok: true, report: summariseScenarios(scenarios) };
  return { ok: false, report: problemsReport(errors) };
}

/** Every problem with its code frame, then how many in how many files. */
export function problemsReport(errors: readonly ScenarioError[]): string {
  const files = new Set(errors.map((error) => error.file)).size;
  return `${formatErrors(errors)}\n\n${errors.length} problem(s) in ${files} file(s). Nothing was run.`;
}

function duplicateId(id: string, location: SourceLocation, first: SourceLocation): ScenarioError {
  return {
    ...location,
    path: 'id',
    message:
      `duplicate scenario id "${id}": ${first.file}:${first.line}:${first.column} uses it too. ` +
      'Expected ids to be unique across files — rename one of them.',
  };
}

function byPosition(a: ScenarioError, b: ScenarioError): number {
  return a.line - b.line || a.column - b.column;
}

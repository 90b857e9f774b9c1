import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioError } from '../model';

export const PERSONAS_FILE_NAME = 'personas.yaml';
const YAML_FILE = /\.ya?ml$/i;
/**
 * The order of localeCompare, from one collator: creating one per comparison is most of sorting 1,000 names.
 * Made on first use: a run of named files sorts nothing, and a collator takes milliseconds to make.
 */
let collator: Intl.Collator | undefined;
function byName(a: string, b: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

/** The scenario files named by `inputs` (files, or directories searched recursively), each once, in input order. */
export function collectScenarioFiles(inputs: readonly string[]): {
  files: string[];
  /** Personas files named as inputs: not scenarios, but checked when nothing else is named. */
  personasFiles: string[];
  errors: ScenarioError[];
} {
  const files: string[] = [];
  const personasFiles: string[] = [];
  const errors: ScenarioError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  for (const input of inputs) {
    const stats = statSync(input, { throwIfNoEntry: false });
    if (!stats) {
      errors.push(
        inputError(
          input,
          `No such file or directory (relative paths start at ${process.cwd()}). Expected a scenario file or a directory of them, e.g. scenarios/`,
        ),
      );
    } else if (stats.isDirectory()) {
      const found = scenarioFilesIn(input);
      if (found.length === 0) {
        errors.push(
          inputError(
            input,
            `No scenario files in this directory. Expected *.yaml files besides ${PERSONAS_FILE_NAME}, e.g. ${path.join(input, 'sdr-sees-routed-lead.yaml')}`,
          ),
        );
      }
      found.forEach(add);
    } else if (!YAML_FILE.test(input)) {
      errors.push(inputError(input, `Expected a .yaml scenario file, but got "${path.basename(input)}".`));
    } else if (isPersonasFile(input)) {
      personasFiles.push(input);
    } else {
      add(input);
    }
  }
  return { files, personasFiles, errors };
}

function scenarioFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => byName(a.name, b.name))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return scenarioFilesIn(file);
      return YAML_FILE.test(entry.name) && !isPersonasFile(file) ? [file] : [];
    });
}

function isPersonasFile(file: string): boolean {
  return /^personas\.ya?ml$/i.test(path.basename(file));
}

function inputError(file: string, message: string): ScenarioError {
  return { file, line: 0, column: 0, path: '', message };
}

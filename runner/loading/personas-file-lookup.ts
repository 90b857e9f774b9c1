import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioError } from '../model';

/** personas.yaml first; .yml too, as for scenario files (a personas.yml is never read as a scenario either). */
const NAMES = ['personas.yaml', 'personas.yml'];
const FALLBACK_DIR = 'scenarios';

export interface PersonasFileLookup {
  /** The personas file the scenarios use; when `missing`, where one was expected. */
  file: string;
  /** Set when no folder searched holds one: where it was looked for, and where to create it. */
  missing?: ScenarioError;
}

/**
 * The personas file of these scenario inputs: personas.yaml (or .yml) in an input's folder or one above it, up
 * to the working folder; else scenarios/personas.yaml.
 */
export function lookUpPersonasFile(inputs: readonly string[], cwd = process.cwd()): PersonasFileLookup {
  const searched: string[] = [];
  for (const dir of [...inputs.flatMap((input) => foldersUpFrom(input, cwd)), FALLBACK_DIR]) {
    if (searched.includes(dir)) continue;
    searched.push(dir);
    const found = NAMES.map((name) => path.join(dir, name)).find((file) =>
      existsSync(path.resolve(cwd, file)),
    );
    if (found) return { file: found };
  }
  const file = path.join(searched[0] ?? FALLBACK_DIR, NAMES[0]);
  const shown = (where: string) => {
    const relative = path.relative(cwd, path.resolve(cwd, where));
    return relative.startsWith('..') ? path.resolve(cwd, where) : relative;
  };
  const folders = searched.map((dir) => `${shown(dir) || '.'}${path.sep}`);
  return {
    file,
    missing: {
      file,
      line: 0,
      column: 0,
      path: '',
      message:
        `No personas file for these scenarios: looked for personas.yaml (or personas.yml) in ${listed(folders)}. ` +
        `Create ${shown(file)} declaring the personas the scenarios name, e.g. personas: { sdr: { username: sam.sdr@acme-demo.example } }`,
    },
  };
}

export function defaultPersonasFile(inputs: readonly string[]): string {
  return lookUpPersonasFile(inputs).file;
}

/** The input's folder (a file's own folder), then each one above it while inside the working folder. */
function foldersUpFrom(input: string, cwd: string): string[] {
  const stats = statSync(path.resolve(cwd, input), { throwIfNoEntry: false });
  if (!stats) return [];
  const folders: string[] = [];
  let dir = path.normalize(stats.isDirectory() ? input : path.dirname(input));
  for (;;) {
    folders.push(dir);
    const parent = path.join(dir, '..');
    const insideWorkingDir = !path.relative(cwd, path.resolve(cwd, parent)).startsWith('..');
    if (!insideWorkingDir || path.resolve(cwd, parent) === path.resolve(cwd, dir)) return folders;
    dir = parent;
  }
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RepeatedScenario {
  dir: string;
  remove(): void;
}

/**
 * A folder holding `times` copies of one scenario file (each with its own id: "<id>-1", "<id>-2", ...) beside the
 * personas file they name, for `persona-ux run <dir>`: the same scenario run as many times as a suite has
 * scenarios, as `playwright test --repeat-each` runs a spec.
 */
export function repeatedScenario(
  scenarioFile: string,
  personasFile: string,
  times: number,
): RepeatedScenario {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-repeated-'));
  writeFileSync(path.join(dir, path.basename(personasFile)), readFileSync(personasFile));
  const scenario = readFileSync(scenarioFile, 'utf8');
  const id = /^id:\s*([\w-]+)/m.exec(scenario)?.[1];
  if (!id) throw new Error(`${scenarioFile} has no top-level id to make copies of`);
  for (let copy = 1; copy <= times; copy++) {
    writeFileSync(
      path.join(dir, `${id}-${copy}.yaml`),
      scenario.replace(/^id:\s*[\w-]+/m, `id: ${id}-${copy}`),
    );
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

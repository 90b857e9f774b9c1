import { existsSync } from 'node:fs';
import type { ScenarioError } from '../model';
import { shownPath } from '../shown-path';
import type { YamlSource } from './yaml-source';

/**
 * A file that declares personas (top-level `personas:`, no steps or matrix) but is not named personas.yaml: one
 * error saying so, instead of the errors of a scenario missing all its keys. The scenarios beside it do not read
 * it; they use `personasFile`.
 */
export function misnamedPersonasFile(
  raw: unknown,
  source: YamlSource,
  personasFile: string,
): ScenarioError | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  if (!('personas' in raw) || 'steps' in raw || 'matrix' in raw) return undefined;
  const used = existsSync(personasFile) ? ` The scenarios here use ${shownPath(personasFile)}.` : '';
  return source.error(
    ['personas'],
    `this file declares personas: name it personas.yaml (scenarios read personas only from a file of that name).${used}`,
    'key',
  );
}

import type { PersonaEntry } from '../../fixtures/persona-contract';
import type { Persona, SourceLocation } from '../model';

/**
 * Where a persona's declaration is written in its personas file: the key of `entry` (`permissionSets`,
 * `username`…) when given and written, else the persona's name. Read again from the file, as the org checks
 * do for their problems; undefined for a persona no file declares.
 */
export function personaDeclaredAt(
  persona: Pick<Persona, 'name' | 'file'>,
  entry?: PersonaEntry,
): SourceLocation | undefined {
  if (!persona.file) return undefined;
  // Loaded only for a broken contract: a run's workers take the scenarios parsed and never load the YAML parser.
  const { readYaml } = require('./yaml-source') as typeof import('./yaml-source');
  const { source } = readYaml(persona.file);
  return source?.locate(['personas', persona.name, ...(entry ? [entry] : [])], 'key');
}

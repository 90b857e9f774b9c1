import type { ScenarioError } from '../model';
import { PERSONA_KEYS } from '../schema/personas';
import { formatPath } from './property-path';
import type { YamlSource } from './yaml-source';

/**
 * `profile: X` written at the indent of the persona names instead of under its persona: YAML reads a persona named
 * "profile", which the schema reports as a persona that is not a mapping. Here each becomes one error at the
 * misplaced key, saying which persona it belongs to. `errors`: the file's schema errors; `raw`: the file as data.
 */
export function explainMisplacedPersonaKeys(
  errors: ScenarioError[],
  raw: unknown,
  source: YamlSource,
): ScenarioError[] {
  const personas = (raw as { personas?: unknown } | null)?.personas;
  if (!personas || typeof personas !== 'object' || Array.isArray(personas)) return errors;
  const hints = new Map<string, ScenarioError>();
  // Personas written with nothing under them (`mops:`) whose keys all went to the wrong indent.
  const emptied = new Set<string>();
  let owner: string | undefined;
  for (const [name, value] of Object.entries(personas)) {
    const isPersona = value === null || (typeof value === 'object' && !Array.isArray(value));
    if (isPersona && !PERSONA_KEYS.includes(name)) {
      owner = name;
      continue;
    }
    if (!owner || !PERSONA_KEYS.includes(name) || isPersona) continue;
    if ((personas as Record<string, unknown>)[owner] === null) emptied.add(formatPath(['personas', owner]));
    hints.set(
      formatPath(['personas', name]),
      source.error(
        ['personas', name],
        `${name}: is at the indent of the persona names, so it reads as a persona named "${name}"; indent it ` +
          `2 more spaces so it belongs to ${owner}:`,
        'key',
      ),
    );
  }
  if (hints.size === 0) return errors;
  const kept = errors.filter((error) => !hints.has(error.path) && !emptied.has(error.path));
  return [...kept, ...hints.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

import type { Persona } from '../model';
import { didYouMean, oneOf, quoteList } from '../schema/wording';

/**
 * What is wrong with a persona name that personas.yaml does not declare, and the names it does. A profile or role
 * written where the persona's name belongs (as: Account Executive) names the personas that have it.
 */
export function unknownPersonaMessage(
  name: string,
  personas: ReadonlyMap<string, Persona>,
  personasFile: string,
): string {
  const names = [...personas.keys()];
  return (
    `unknown persona "${name}". Expected one of the personas in ${personasFile}: ${oneOf(names)}.` +
    (personasWith(name, personas) ?? didYouMean(name, names))
  );
}

function personasWith(written: string, personas: ReadonlyMap<string, Persona>): string | undefined {
  const same = (value: unknown) => typeof value === 'string' && value.toLowerCase() === written.toLowerCase();
  for (const what of ['profile', 'role'] as const) {
    const having = [...personas.values()]
      .filter((persona) => same(persona.capability[what]))
      .map((persona) => persona.name);
    if (having.length === 0) continue;
    const which = having.length === 1 ? `persona "${having[0]}"` : `personas ${quoteList(having)}`;
    return ` "${written}" is the ${what} of ${which}: write the persona's name, e.g. ${having[0]}.`;
  }
  return undefined;
}

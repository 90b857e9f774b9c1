import type { Scenario } from '../model';

/**
 * The objects whose access a persona's baseline records: the ones its scenarios create, open and list, or the
 * list given on the command line. A persona without scenarios gets the objects of all scenarios.
 */
export function objectScope(scenarios: Scenario[], given?: string[]): (persona: string) => string[] {
  if (given && given.length > 0) return () => given;
  const byPersona = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const scenario of scenarios) {
    const objects = byPersona.get(scenario.persona.name) ?? new Set<string>();
    for (const record of scenario.data) objects.add(record.sobject);
    for (const step of scenario.steps) if (step.kind === 'listView') objects.add(step.object);
    for (const object of objects) all.add(object);
    byPersona.set(scenario.persona.name, objects);
  }
  return (persona) => [...(byPersona.get(persona) ?? all)];
}

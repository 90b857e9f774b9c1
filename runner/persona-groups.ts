import type { Scenario } from './model';

/** A set of scenarios that must run one after another: together they use these personas. */
export interface PersonaGroup {
  personas: string[];
  scenarios: Scenario[];
}

/**
 * Scenarios joined whenever they share a persona, directly or through others (a handoff SDR → AE ties every SDR
 * scenario to every AE scenario): two Login-As sessions as one user at once clash, so each group runs serially
 * in one worker while different groups run in parallel. The longest group first (by scenarios, test records and
 * steps), so the longest serial chain starts first; scenarios keep their input order within a group.
 */
/** How long a group runs, roughly: each scenario's Login-As and data, then its steps. */
const length = (group: PersonaGroup) =>
  group.scenarios.reduce((sum, scenario) => sum + 2 + scenario.data.length + scenario.steps.length, 0);

export function groupByConnectedPersonas(scenarios: readonly Scenario[]): PersonaGroup[] {
  const parent = new Map<string, string>();
  const root = (name: string): string => {
    let at = name;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    parent.set(name, at);
    return at;
  };
  const used = (scenario: Scenario) => (scenario.personas ?? [scenario.persona]).map((p) => p.name);
  for (const scenario of scenarios) {
    const names = used(scenario);
    for (const name of names) if (!parent.has(name)) parent.set(name, name);
    for (const name of names.slice(1)) parent.set(root(name), root(names[0] ?? name));
  }
  const groups = new Map<string, PersonaGroup>();
  for (const scenario of scenarios) {
    const key = root(scenario.persona.name);
    const group = groups.get(key) ?? { personas: [], scenarios: [] };
    group.scenarios.push(scenario);
    for (const name of used(scenario)) if (!group.personas.includes(name)) group.personas.push(name);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => length(b) - length(a));
}

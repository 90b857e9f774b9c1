import type { Scenario } from '../model';
import { shownPath } from '../shown-path';

/** One line about valid scenarios: counts, not ids (a suite has hundreds). */
export function summariseScenarios(scenarios: readonly Scenario[]): string {
  const byPersona = new Map<string, number>();
  for (const scenario of scenarios) {
    byPersona.set(scenario.persona.name, (byPersona.get(scenario.persona.name) ?? 0) + 1);
  }
  const personas = [...byPersona.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
  const records = scenarios.reduce((sum, scenario) => sum + scenario.data.length, 0);
  const steps = scenarios.reduce((sum, scenario) => sum + scenario.steps.length, 0);
  // Which personas file was read: it is looked up from the scenarios' folders, so it may not be the one meant.
  const files = [...new Set(scenarios.flatMap((scenario) => scenario.persona.file ?? []))].map(shownPath);
  const from = files.length > 0 ? ` from ${files.join(', ')}` : '';
  return (
    `${plural(scenarios.length, 'scenario')} valid: ${plural(byPersona.size, 'persona')} (${personas})${from}, ` +
    `${plural(records, 'test record')}, ${plural(steps, 'step')}.`
  );
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

import type { Scenario } from './model';

/** The personas a scenario logs in as: its own and those of its `as:` steps. */
export const personasOf = (scenario: Scenario): string[] =>
  (scenario.personas ?? [scenario.persona]).map((persona) => persona.name);

const sharePersona = (a: Scenario, b: Scenario) => personasOf(a).some((name) => personasOf(b).includes(name));

/** How long a scenario runs, roughly: its Login-As and data, then its steps. */
const length = (scenario: Scenario) => 2 + scenario.data.length + scenario.steps.length;

/**
 * The order to hand scenarios to `workers` parallel workers: the longest first, each next one chosen, where it
 * can be, to share no persona with the `workers - 1` scenarios handed out just before it — those are likely
 * still running, and a scenario waits while another holds one of its personas' users (fixtures/persona-locks.ts).
 * Equal lengths keep their input order.
 */
export function scheduleForWorkers(scenarios: readonly Scenario[], workers: number): Scenario[] {
  const waiting = [...scenarios].sort((a, b) => length(b) - length(a));
  const order: Scenario[] = [];
  while (waiting.length > 0) {
    const running = order.slice(Math.max(0, order.length - (workers - 1)));
    const free = waiting.findIndex((candidate) => !running.some((other) => sharePersona(candidate, other)));
    order.push(...waiting.splice(Math.max(free, 0), 1));
  }
  return order;
}

/**
 * How many of the scenarios can run at the same time at most, as far as a greedy pick shows: scenarios that
 * share a persona never run at once.
 */
export function scenariosAtOnce(scenarios: readonly Scenario[]): number {
  const picked: Scenario[] = [];
  for (const scenario of [...scenarios].sort((a, b) => personasOf(a).length - personasOf(b).length)) {
    if (!picked.some((other) => sharePersona(scenario, other))) picked.push(scenario);
  }
  return picked.length;
}

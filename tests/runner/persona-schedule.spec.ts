import { expect, test } from '@playwright/test';
import { loadScenarios } from '../../runner/loader';
import type { Scenario } from '../../runner/model';
import { personasOf, scenariosAtOnce, scheduleForWorkers } from '../../runner/persona-schedule';
import { scenarioDir } from './scenario-files';

/** Scenarios by id: [main persona, ...personas of `as:` steps]; `steps` extra opens make one longer. */
function scenarios(cast: Record<string, string[]>, longer: Record<string, number> = {}): Scenario[] {
  const files = Object.fromEntries(
    Object.entries(cast).map(([id, [persona, ...more]]) => [
      `${id}.yaml`,
      [
        `id: ${id}`,
        `title: ${id}`,
        `persona: ${persona}`,
        'reason: Check',
        'ticket: REVOPS-1',
        'data: { lead: { sobject: Lead, fields: { LastName: Doe, Company: Acme } } }',
        'steps:',
        '  - open: { record: lead }',
        ...Array.from({ length: longer[id] ?? 0 }, () => '  - open: { record: lead }'),
        ...more.map((name) => `  - as: ${name}`),
        '',
      ].join('\n'),
    ]),
  );
  const { scenarios: loaded, errors } = loadScenarios([scenarioDir(files)]);
  expect(errors).toEqual([]);
  return loaded;
}

const ids = (list: Scenario[]) => list.map((scenario) => scenario.id);
const neighboursSharing = (order: Scenario[]) =>
  order
    .slice(1)
    .filter((scenario, i) => personasOf(scenario).some((name) => personasOf(order[i]).includes(name)));

test('two workers: the longest first, and no scenario next to one it shares a persona with', () => {
  const cast = { a: ['sdr'], b: ['sdr'], c: ['ae'], d: ['ae'], e: ['csm', 'ae'], f: ['mops'] };
  const order = scheduleForWorkers(scenarios(cast, { a: 3 }), 2);
  expect(ids(order).sort()).toEqual(Object.keys(cast));
  expect(ids(order).slice(0, 2)).toEqual(['a', 'e']); // a has 3 more steps; e's `as:` makes it one longer
  expect(neighboursSharing(order)).toEqual([]);
});

test('three workers keep a scenario apart from the two handed out before it', () => {
  const order = scheduleForWorkers(scenarios({ a: ['sdr'], b: ['sdr'], c: ['ae'], d: ['mops'] }), 3);
  const at = (id: string) => ids(order).indexOf(id);
  expect(Math.abs(at('a') - at('b'))).toBeGreaterThanOrEqual(3);
});

test('scenarios of one persona keep their order: there is nothing to keep them apart with', () => {
  expect(ids(scheduleForWorkers(scenarios({ a: ['sdr'], b: ['sdr'], c: ['sdr'] }), 2))).toEqual([
    'a',
    'b',
    'c',
  ]);
});

test('a handoff no longer ties every scenario of both personas into one chain', () => {
  const cast = { a: ['sdr'], b: ['ae'], c: ['sdr', 'ae'], d: ['sdr'], e: ['ae'] };
  // sdr and ae scenarios can run side by side; only the handoff needs both users.
  expect(scenariosAtOnce(scenarios(cast))).toBe(2);
  expect(scenariosAtOnce(scenarios({ a: ['sdr'], b: ['sdr', 'ae'], c: ['ae', 'sdr'] }))).toBe(1);
  expect(scenariosAtOnce(scenarios({ a: ['sdr'], b: ['ae'], c: ['csm'], d: ['mops', 'sdr'] }))).toBe(3);
});

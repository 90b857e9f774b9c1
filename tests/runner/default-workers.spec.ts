import { expect, test } from '@playwright/test';
import { defaultWorkers } from '../../runner/cli/default-workers';
import { loadScenarios } from '../../runner/loader';
import { scenarioDir, validScenario } from './scenario-files';

/** Valid scenarios, one per persona named (several of one persona run one after another). */
function scenariosOf(...personas: string[]) {
  const files = Object.fromEntries(
    personas.map((persona, i) => [
      `s${i}.yaml`,
      `${validScenario()
        .map((line) =>
          line
            .replace('id: sdr-checks-lead', `id: scenario-${i}`)
            .replace('persona: sdr', `persona: ${persona}`),
        )
        .join('\n')}\n`,
    ]),
  );
  const { scenarios, errors } = loadScenarios([scenarioDir(files)]);
  expect(errors).toEqual([]);
  return scenarios;
}

test('one worker per scenario that can run at the same time as the others, at most one per core', () => {
  const threeAtOnce = scenariosOf('sdr', 'ae', 'mops', 'sdr', 'ae');
  expect(defaultWorkers(threeAtOnce, 8)).toBe(3);
  expect(defaultWorkers(threeAtOnce, 2)).toBe(2);
  expect(defaultWorkers(threeAtOnce, 1)).toBe(1);
});

test('scenarios of a single persona get one worker whatever the cores', () => {
  expect(defaultWorkers(scenariosOf('sdr', 'sdr', 'sdr'), 8)).toBe(1);
});

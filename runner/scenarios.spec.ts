import { test } from '../fixtures';
import type { Scenario } from './model';
import { groupByConnectedPersonas } from './persona-groups';
import { matrixAnnotations, matrixColumnSuffix } from './reporters/access-matrix-table';
import { runScenario } from './run-scenario';
import { scenariosForThisRun } from './scenario-source';

// Playwright's "parameterize tests" pattern: load synchronously, one test per scenario, stable titles.
// One persona never runs in two workers at once (two Login-As sessions as one user clash): scenarios that
// share a persona, directly or through a handoff, run one after another; other groups run in parallel.
for (const { personas, scenarios } of groupByConnectedPersonas(scenariosForThisRun())) {
  test.describe(`persona ${personas.join(' + ')}`, () => {
    test.describe.configure({ mode: 'default' });
    for (const scenario of scenarios) declareTest(scenario);
  });
}

function declareTest(scenario: Scenario): void {
  test(
    `${scenario.id} — ${scenario.title}${matrixColumnSuffix(scenario)}`,
    {
      tag: [`@${scenario.persona.name}`, `@${scenario.ticket}`, ...scenario.tags.map((tag) => `@${tag}`)],
      annotation: [
        { type: 'persona', description: scenario.persona.name },
        { type: 'scenario', description: scenario.id },
        { type: 'ticket', description: scenario.ticket },
        { type: 'reason', description: scenario.reason },
        { type: 'source', description: `${scenario.location.file}:${scenario.location.line}` },
        ...matrixAnnotations(scenario),
      ],
    },
    ({ org, page, personas, testData, adminSession }) =>
      runScenario(scenario, { org, page, personas, testData, adminSession }),
  );
}

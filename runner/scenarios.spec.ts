import { test as fixtures } from '../fixtures';
import type { Scenario } from './model';
import { scheduleForWorkers } from './persona-schedule';
import { matrixAnnotations, matrixColumnSuffix } from './reporters/access-matrix-table';
import { scenariosForThisRun } from './scenario-source';

// A worker loads the scenario code (0.2–0.3 s of TypeScript) while its browser starts, not when its first test
// does: this worker fixture comes first and schedules the load for the first wait on the browser.
const test = fixtures.extend<object, { scenarioCode: undefined }>({
  scenarioCode: [
    async ({}, use) => {
      setTimeout(() => require('./run-scenario'), 0);
      await use(undefined);
    },
    { scope: 'worker', auto: true, box: true },
  ],
});

// Playwright's "parameterize tests" pattern: load synchronously, one test per scenario, stable titles. Tests
// run in parallel; a scenario waits while another holds one of its personas' users (personaUsers.reserve), and
// the order keeps scenarios that share a persona apart. Reports group the tests by persona.
const workers = Number(process.env.PERSONA_UX_WORKERS) || 2;

for (const scenario of scheduleForWorkers(scenariosForThisRun(), workers)) {
  test.describe(`persona ${scenario.persona.name}`, () => declareTest(scenario));
}

function declareTest(scenario: Scenario): void {
  test(`${scenario.id} — ${scenario.title}${matrixColumnSuffix(scenario)}`, {
    tag: [`@${scenario.persona.name}`, `@${scenario.ticket}`, ...scenario.tags.map((tag) => `@${tag}`)],
    annotation: [
      { type: 'persona', description: scenario.persona.name },
      { type: 'scenario', description: scenario.id },
      { type: 'ticket', description: scenario.ticket },
      { type: 'reason', description: scenario.reason },
      { type: 'source', description: `${scenario.location.file}:${scenario.location.line}` },
      ...matrixAnnotations(scenario),
    ],
  }, ({ org, page, personas, personaUsers, testData, adminSession }) => {
    // Loaded in the worker that runs a test, not in the runner process that only lists them.
    const { runScenario } = require('./run-scenario') as typeof import('./run-scenario');
    return runScenario(scenario, { org, page, personas, personaUsers, testData, adminSession });
  });
}

import { test as fixtures } from '../fixtures';
import { startResolvingPersonas } from '../fixtures/persona-login';
import type { Scenario } from './model';
import { scheduleForWorkers } from './persona-schedule';
import { matrixAnnotations } from './reporters/access-matrix-table';
import { scenarioAnnotations } from './reporters/scenario-annotations';
import { scenariosForThisRun } from './scenario-source';
import { scenarioDescribeTitle, scenarioTags, scenarioTestTitle } from './scenario-titles';

const scenarios = scheduleForWorkers(scenariosForThisRun(), Number(process.env.PERSONA_UX_WORKERS) || 2);

// A worker loads the scenario code while its browser starts, not when its first test does: this worker fixture
// comes first and schedules the load for the first wait on the browser. The next one asks the org who the run's
// personas are meanwhile (contract checks included), instead of each test asking before its Login-As.
const test = fixtures.extend<object, { scenarioCode: undefined; personaUsersAsked: undefined }>({
  scenarioCode: [
    async ({}, use) => {
      setTimeout(() => require('./run-scenario'), 0);
      await use(undefined);
    },
    { scope: 'worker', auto: true, box: true },
  ],
  personaUsersAsked: [
    async ({ org }, use, workerInfo) => {
      const personas = new Map(scenarios.flatMap((s) => s.personas ?? [s.persona]).map((p) => [p.name, p]));
      startResolvingPersonas(org, [...personas.values()], workerInfo.config.shard ?? undefined);
      await use(undefined);
    },
    { scope: 'worker', auto: true, box: true },
  ],
});

// Playwright's "parameterize tests" pattern: load synchronously, one test per scenario, stable titles. Tests
// run in parallel; a scenario waits while another holds one of its personas' users (personaUsers.reserve), and
// the order keeps scenarios that share a persona apart. Reports group the tests by persona.
for (const scenario of scenarios) {
  test.describe(scenarioDescribeTitle(scenario), () => declareTest(scenario));
}

function declareTest(scenario: Scenario): void {
  test(scenarioTestTitle(scenario), {
    tag: scenarioTags(scenario),
    annotation: [...scenarioAnnotations(scenario), ...matrixAnnotations(scenario)],
  }, ({ org, page, personas, personaUsers, testData, adminSession }) => {
    // Loaded in the worker that runs a test, not in the runner process that only lists them.
    const { runScenario } = require('./run-scenario') as typeof import('./run-scenario');
    return runScenario(scenario, { org, page, personas, personaUsers, testData, adminSession });
  });
}

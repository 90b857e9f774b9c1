import { test } from '../fixtures';
import { runScenario } from './run-scenario';
import { scenariosForThisRun } from './scenario-source';

// Playwright's "parameterize tests" pattern: load synchronously, one test per scenario, stable titles.
for (const scenario of scenariosForThisRun()) {
  test(
    `${scenario.id} — ${scenario.title}`,
    {
      tag: [`@${scenario.persona.name}`, `@${scenario.ticket}`, ...scenario.tags.map((tag) => `@${tag}`)],
      annotation: [
        { type: 'persona', description: scenario.persona.name },
        { type: 'scenario', description: scenario.id },
        { type: 'ticket', description: scenario.ticket },
        { type: 'reason', description: scenario.reason },
        { type: 'source', description: `${scenario.location.file}:${scenario.location.line}` },
      ],
    },
    ({ org, page, personas, testData }) => runScenario(scenario, { org, page, personas, testData }),
  );
}

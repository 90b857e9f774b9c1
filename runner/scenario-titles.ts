import type { Scenario } from './model';
import { matrixColumnSuffix } from './reporters/access-matrix-table';

/** How a scenario's Playwright test is named and tagged: reports group by the describe, --grep matches all of it. */
export const scenarioDescribeTitle = (scenario: Scenario) => `persona ${scenario.persona.name}`;

export const scenarioTestTitle = (scenario: Scenario) =>
  `${scenario.id} — ${scenario.title}${matrixColumnSuffix(scenario)}`;

export const scenarioTags = (scenario: Scenario) => [
  `@${scenario.persona.name}`,
  `@${scenario.ticket}`,
  ...scenario.tags.map((tag) => `@${tag}`),
];

/**
 * The text Playwright matches --grep against: the title path (root and project suites, here untitled; the test
 * file, relative to testDir; the describe; the test) and the tags, joined with spaces.
 */
export function scenarioGrepText(scenario: Scenario, testFile: string): string {
  return [
    '',
    '',
    testFile,
    scenarioDescribeTitle(scenario),
    scenarioTestTitle(scenario),
    ...scenarioTags(scenario),
  ].join(' ');
}

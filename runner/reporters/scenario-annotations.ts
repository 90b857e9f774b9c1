import * as allure from 'allure-js-commons';
import type { Scenario } from '../model';

type Annotation = { type: string; description: string };

/**
 * What a scenario's test carries into the reports. allure-playwright reads these when it reports the test: `issue`
 * becomes the ticket's link, `description` the description, and `@allure.label.<name>` a label. Allure's Suites
 * tab groups by persona, then ticket (parentSuite › suite › subSuite), which allure-playwright keeps instead of
 * deriving suites from the file and the describe titles; tags reach Allure from the test's own tags. Annotations
 * cost the running test nothing, unlike calls to Allure's runtime API.
 */
export function scenarioAnnotations(scenario: Scenario): Annotation[] {
  const { persona } = scenario;
  const label = (name: string, value: string) => ({
    type: `${HIDDEN}@allure.label.${name}`,
    description: value,
  });
  return [
    { type: 'persona', description: persona.name },
    { type: 'scenario', description: scenario.id },
    { type: 'issue', description: scenario.ticket },
    { type: 'description', description: scenario.reason },
    { type: 'source', description: `${scenario.location.file}:${scenario.location.line}` },
    label('parentSuite', 'persona-ux'),
    label('suite', `persona ${persona.name}${persona.description ? ` — ${persona.description}` : ''}`),
    label('subSuite', scenario.ticket),
    label('persona', persona.name),
    label('scenario', scenario.id),
  ];
}

/**
 * Annotations whose type starts with `_` are not shown: Playwright's HTML report hides them, and so does the JUnit
 * report. allure-playwright still reads a label there, after the space.
 */
export const HIDDEN = '_ ';

/**
 * A sensitive persona's approval as an Allure parameter of the test, which only the runtime API sets (each call is
 * an attachment of the running test); nothing for a scenario without one.
 */
export async function approvalForAllure({ approval }: Scenario): Promise<void> {
  if (approval) await allure.parameter('approval', `${approval.approver} (${approval.reference})`);
}

import * as allure from 'allure-js-commons';
import type { Scenario } from '../model';

/**
 * A scenario's Allure metadata as Playwright annotations of its test, which allure-playwright reads when the test
 * is reported: labels (`@allure.label.<name>`), the ticket as the `issue` link, the `description`. They cost the
 * running test nothing, unlike calls to Allure's runtime API. The Suites tab groups by persona, then ticket
 * (parentSuite › suite › subSuite); allure-playwright keeps these suite labels instead of deriving them from the
 * file and the describe titles. Tags reach Allure from the Playwright test's own tags.
 */
export function allureAnnotations(scenario: Scenario): { type: string; description: string }[] {
  const { persona, approval } = scenario;
  const label = (name: string, value: string) => ({ type: `${ALLURE_LABEL}${name}`, description: value });
  const approvedBy = approval && `${approval.approver} (${approval.reference})`;
  return [
    label('parentSuite', 'persona-ux'),
    label('suite', `persona ${persona.name}${persona.description ? ` — ${persona.description}` : ''}`),
    label('subSuite', scenario.ticket),
    label('persona', persona.name),
    label('scenario', scenario.id),
    { type: 'issue', description: scenario.ticket },
    {
      type: 'description',
      description:
        `${scenario.reason}\n\nTicket: ${scenario.ticket}\n` +
        (approvedBy ? `Approved by ${approvedBy}\n` : '') +
        `Source: ${scenario.file}`,
    },
  ];
}

/**
 * A sensitive persona's approval as an Allure parameter of the test, which only the runtime API sets (each call is
 * an attachment of the running test); nothing for a scenario without one.
 */
export async function approvalForAllure({ approval }: Scenario): Promise<void> {
  if (approval) await allure.parameter('approval', `${approval.approver} (${approval.reference})`);
}

/** The annotation type that makes an Allure label; other reports leave these out. */
export const ALLURE_LABEL = '@allure.label.';

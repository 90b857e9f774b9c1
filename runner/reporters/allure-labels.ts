import * as allure from 'allure-js-commons';
import type { Scenario } from '../model';

/**
 * Allure labels of a scenario's test. The Suites tab groups by persona, then ticket (parentSuite › suite ›
 * subSuite); allure-playwright keeps suite labels set at run time instead of deriving them from the file and the
 * describe titles. Tags reach Allure from the Playwright test's own tags.
 */
export async function describeForAllure(scenario: Scenario): Promise<void> {
  const persona = scenario.persona;
  await allure.parentSuite('persona-ux');
  await allure.suite(`persona ${persona.name}${persona.description ? ` — ${persona.description}` : ''}`);
  await allure.subSuite(scenario.ticket);
  await allure.label('persona', persona.name);
  await allure.label('scenario', scenario.id);
  await allure.issue(scenario.ticket, scenario.ticket);
  const approval = scenario.approval;
  if (approval) await allure.parameter('approval', `${approval.approver} (${approval.reference})`);
  await allure.description(
    `${scenario.reason}\n\nTicket: ${scenario.ticket}\n` +
      (approval ? `Approved by ${approval.approver} (${approval.reference})\n` : '') +
      `Source: ${scenario.file}`,
  );
}

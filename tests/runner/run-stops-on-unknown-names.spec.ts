import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../e2e/cli-run';
import { scenarioDir, validScenario } from './scenario-files';

test('run stops with exit 2 before any Login-As when a scenario names a field the org does not have', async () => {
  const dir = scenarioDir({
    'a.yaml': `${validScenario()
      .map((line) => line.replace('visible: [Status]', 'visible: [Lead_Scor__c]'))
      .join('\n')}\n`,
  });
  const reports = test.info().outputPath('reports');
  const { code, output } = await runCli(['run', dir], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'a.yaml')}:13:17  steps[1].expect.visible[0]: Lead has no field Lead_Scor__c (or the admin cannot see it).`,
  );
  expect(output).toContain('Did you mean "Lead_Score__c"?');
  expect(output).toContain('No browser was started and nobody was impersonated.');
  expect(output).not.toContain('impersonation.start');
  // Nobody was impersonated: the audit log has nothing to record, not even the run's start.
  expect(existsSync(path.join(reports, 'audit'))).toBe(false);
});

test('run stops before any Login-As when a scenario names a field by its label, and names the API name to write', async () => {
  const lines = validScenario().map((line) =>
    line
      .replace('sobject: Lead', 'sobject: Account')
      .replace('fields: { LastName: Doe, Company: Acme }', 'fields: { Name: Acme }')
      .replace('visible: [Status]', 'visible: [Employees]'),
  );
  const dir = scenarioDir({ 'a.yaml': `${lines.join('\n')}\n` });
  const reports = test.info().outputPath('reports');
  const { code, output } = await runCli(['run', dir], { env: { PERSONA_UX_REPORTS_DIR: reports } });
  expect(code, output).toBe(2);
  expect(output).toContain(
    `${path.join(dir, 'a.yaml')}:13:17  steps[1].expect.visible[0]: "Employees" is the label of Account.NumberOfEmployees; write NumberOfEmployees.`,
  );
  expect(output).toContain('No browser was started and nobody was impersonated.');
});

import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureRunId } from '../config/run-context';
import {
  explainFieldAccess,
  explainRecordAccess,
  fieldAccess,
  type OrgConnection,
  type Personas,
  predictRecordPage,
  type TestData,
  test,
} from '../fixtures';
import { createTestData } from './create-test-data';
import type { FieldValue, Scenario, SourceLocation, Step } from './model';
import { describeForAllure } from './reporters/allure-labels';
import { runStep, type StepContext } from './steps';
import { renderTemplate, type TemplateVars } from './template';

export interface ScenarioFixtures {
  org: OrgConnection;
  page: Page;
  personas: Personas;
  testData: TestData;
}

/** One scenario, start to end: persona check, test data, Login-As, the steps. Logout and cleanup are fixtures'. */
export async function runScenario(
  scenario: Scenario,
  { org, page, personas, testData }: ScenarioFixtures,
): Promise<void> {
  await describeForAllure(scenario);
  const { persona } = scenario;

  const user = await test.step(
    `persona "${persona.name}" is ${persona.username ?? 'the user matching its declaration'}`,
    () => personas.resolve(persona),
    {
      location: at(scenario.location),
    },
  );

  // Records are created in dependency order and can refer to each other ({{data.account.Id}}).
  const { created: records, vars } = await createTestData(scenario.data, testData, {
    'run.id': ensureRunId(),
    'scenario.id': scenario.id,
    'persona.id': user.id,
    'persona.username': user.username,
    'persona.name': user.name,
  });

  await test.step(
    `log in as ${user.name} (${user.username}) — ${scenario.ticket}: ${scenario.reason}`,
    () =>
      personas.logInAs(persona, user, {
        reason: scenario.reason,
        ticket: scenario.ticket,
        ...(scenario.approval ? { approval: scenario.approval } : {}),
        scenario: { id: scenario.id, title: scenario.title, file: scenario.file },
      }),
    { location: at(scenario.location) },
  );

  const context: StepContext = {
    page,
    persona: { name: persona.name, user },
    records,
    explainField: (sobject, apiName, shown) =>
      fieldAccess(org, user.id, sobject, apiName)
        .then((access) => explainFieldAccess(access, apiName, shown))
        .catch(() => undefined),
    predictPage: (sobject, recordId) => predictRecordPage(org, user.id, sobject, recordId),
    explainRecord: (sobject, recordId) =>
      explainRecordAccess(org, user.id, sobject, recordId).catch(
        (error: Error) => `the org could not say why (${error.message})`,
      ),
  };
  for (const step of scenario.steps) {
    const rendered = withTemplates(step, vars);
    await test.step(step.title, () => runStep(rendered, context), { location: at(step.location) });
  }
}

/** Expected values and edited values may hold {{placeholders}} too. */
function withTemplates(step: Step, vars: TemplateVars): Step {
  const render = <T extends FieldValue>(values: Record<string, T>): Record<string, T> =>
    Object.fromEntries(
      Object.entries(values).map(([field, value]) => [field, renderTemplate(value, vars) as T]),
    );
  if (step.kind === 'expect') return { ...step, values: render(step.values) };
  if (step.kind === 'edit') return { ...step, fields: render(step.fields) };
  return step;
}

function at(location: SourceLocation) {
  return { ...location, file: path.resolve(location.file) };
}

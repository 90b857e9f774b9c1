import type { Page } from '@playwright/test';
import { ensureRunId } from '../config/run-context';
import {
  explainFieldAccess,
  explainRecordAccess,
  fieldAccess,
  type OrgConnection,
  type Personas,
  type PersonaUsers,
  predictRecordPage,
  type TestData,
  test,
} from '../fixtures';
import type { AdminBrowserSession } from '../fixtures/admin-session';
import { createTestData } from './create-test-data';
import type { FieldValue, Scenario, Step } from './model';
import {
  at,
  logInAsPersona,
  personaSwitcher,
  personaVars,
  refusedTitle,
  resolveCast,
} from './persona-journey';
import { approvalForAllure } from './reporters/scenario-annotations';
import { withStepScreenshot } from './reporters/step-screenshots';
import { WAITING } from './reporters/waiting-annotation';
import { pointedAtScenario } from './scenario-stack';
import { beforeDeadline, stepsDeadline } from './step-deadline';
import { runStep, type StepContext } from './steps';
import { adminContexts } from './steps/compare-with-admin-session';
import { renderCondition } from './steps/journey-templates';
import { renderTemplate, type TemplateVars } from './template';

export interface ScenarioFixtures {
  org: OrgConnection;
  page: Page;
  personas: Personas;
  personaUsers: PersonaUsers;
  testData: TestData;
  /** The admin's browser session, for compareWithAdmin. */
  adminSession?: AdminBrowserSession;
}

/** One scenario, start to end: persona check, test data, Login-As, the steps. Logout and cleanup are fixtures'. */
export async function runScenario(
  scenario: Scenario,
  { org, page, personas, personaUsers, testData, adminSession }: ScenarioFixtures,
): Promise<void> {
  const startedAt = performance.now();
  await approvalForAllure(scenario);
  const { persona } = scenario;

  // Every persona the scenario uses (`as:` steps, {{personas.<name>.*}}) is checked before any data or click.
  const { user, cast } = await resolveCast(scenario, personas);
  // No other scenario uses these users until this one's data is deleted and its Login-As ended.
  await personaUsers.reserve(
    [...cast.values()].map((member) => member.user),
    scenario.id,
  );
  // Read after the wait for the users, which the fixture adds to the test's timeout.
  const timeoutMs = test.info().timeout;
  const deadline = stepsDeadline(timeoutMs, startedAt);

  // Records are created in dependency order and can refer to each other ({{data.account.Id}}). The admin
  // creates them through the API while the browser logs in as the persona: neither waits for the other, and
  // a record the persona opens is read only once both are done.
  const creating = createTestData(scenario.data, testData, {
    'run.id': ensureRunId(),
    'scenario.id': scenario.id,
    'persona.id': user.id,
    'persona.username': user.username,
    'persona.name': user.name,
    personas: personaVars(cast),
  });
  const [data, login] = await Promise.allSettled([
    creating,
    test.step(
      `log in as ${user.name} (${user.username})${refusedTitle(scenario.loginRefused)} — ${scenario.ticket}: ${scenario.reason}`,
      () =>
        logInAsPersona(
          scenario,
          { org, personas },
          { persona, user, refused: scenario.loginRefused, switching: false },
        ).catch((error: unknown) => {
          throw pointedAtScenario(error, scenario.location);
        }),
      { location: at(scenario.location) },
    ),
  ]);
  // The data's failure first: it is where the scenario file went wrong before any step could run.
  if (data.status === 'rejected') throw data.reason;
  if (login.status === 'rejected') throw login.reason;
  const { created: records, vars } = data.value;

  const context: StepContext = {
    page,
    persona: { name: persona.name, user },
    records,
    org,
    trackCreated: (record) => testData.track(record),
    touched: (record, action) => personas.touched(record, action),
    ...(adminSession ? { adminContext: adminContexts(page, adminSession, org.instanceUrl) } : {}),
    // After an `as:` step these speak for the persona logged in then.
    explainField: (sobject, apiName, shown) =>
      fieldAccess(org, context.persona.user.id, sobject, apiName)
        .then((access) => explainFieldAccess(access, apiName, shown))
        .catch(() => undefined),
    predictPage: (sobject, recordId) => predictRecordPage(org, context.persona.user.id, sobject, recordId),
    explainRecord: (sobject, recordId) =>
      explainRecordAccess(org, context.persona.user.id, sobject, recordId).catch(
        (error: Error) => `the org could not say why (${error.message})`,
      ),
  };
  context.switchPersona = personaSwitcher(scenario, { org, personas }, cast, context);
  for (const [index, step] of scenario.steps.entries()) {
    const rendered = withTemplates(step, vars);
    const run = withStepScreenshot(
      () =>
        beforeDeadline(
          () => runStep(rendered, context),
          deadline,
          () => {
            // A timeout as Playwright reports one (status timedOut, in reports and the audit), its step named.
            test.info().status = 'timedOut';
            const waiting = test.info().annotations.findLast((note) => note.type === WAITING)?.description;
            return ranOutOfTime(rendered, test.info().project.timeout || timeoutMs, waiting);
          },
        ).catch((error: unknown) => {
          throw pointedAtScenario(error, step.location);
        }),
      () => context.page,
      index,
      rendered.title,
    );
    await test.step(rendered.title, run, { location: at(step.location) });
  }
}

function ranOutOfTime(step: Step, timeoutMs: number, waiting: string | undefined): string {
  const seconds = Math.round(timeoutMs / 1000);
  const waits =
    (step.kind === 'wait' || step.kind === 'expectApi') && 'withinMs' in step
      ? ` It waits up to ${Math.round(step.withinMs / 1000)} s (within:), longer than the scenario had left.`
      : '';
  return (
    `Step "${step.title}" (${step.location.file}:${step.location.line}) was still running when the scenario's time ran out` +
    `${waiting ? `, waiting for ${waiting}` : ''}: ` +
    `a scenario has ${seconds} s (--timeout ${seconds}), of which the last seconds are kept to end the Login-As and delete the test data.` +
    `${waits} Raise --timeout if the org is this slow${waiting ? '; if the page shows what it should not, correct the scenario or the org' : ''}.`
  );
}

/** Expected values and edited values may hold {{placeholders}} too; so does the title, which reports show. */
function withTemplates(step: Step, vars: TemplateVars): Step {
  return { ...withValuesRendered(step, vars), title: renderTemplate(step.title, vars) };
}

function withValuesRendered(step: Step, vars: TemplateVars): Step {
  const render = <T extends FieldValue>(values: Record<string, T>): Record<string, T> =>
    Object.fromEntries(
      Object.entries(values).map(([field, value]) => [field, renderTemplate(value, vars) as T]),
    );
  if (step.kind === 'expect') {
    const toast = step.toast && { ...step.toast, text: String(renderTemplate(step.toast.text, vars)) };
    return { ...step, values: render(step.values), ...(toast ? { toast } : {}) };
  }
  if (step.kind === 'edit') return { ...step, fields: render(step.fields) };
  if (step.kind === 'create') return { ...step, fields: render(step.fields) };
  if (step.kind === 'wait' || step.kind === 'expectApi') return renderCondition(step, vars);
  return step;
}

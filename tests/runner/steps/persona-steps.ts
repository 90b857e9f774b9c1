import { type Browser, expect, type Page } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';
import { explainFieldAccess, explainRecordAccess, fieldAccess, predictRecordPage } from '../../../fixtures';
import type { OrgConnection } from '../../../fixtures/org-connection';
import type { StepContext } from '../../../runner/steps';
import { adminConnection } from '../../e2e/cli-run';
import { failure } from '../../emulator/helpers';
import { signIn } from '../../emulator/navigation-helpers';
import { newTestContext } from '../../test-contexts';

/**
 * A step context as a scenario run builds it, for step tests against the emulator: the persona signed in
 * in `page`, the admin's API session for predictions and diagnoses, and the given test records.
 */
export async function personaStepContext(
  browser: Browser,
  emulator: RunningEmulator,
  username: string,
): Promise<{
  context: StepContext;
  org: OrgConnection;
  page: Page;
  records: Map<string, { sobject: string; id: string }>;
}> {
  // Page objects open paths relative to the org's instance, as the scenario fixtures set baseURL.
  const page = await (await newTestContext(browser, { baseURL: emulator.url })).newPage();
  const records = new Map<string, { sobject: string; id: string }>();
  const org = await adminConnection(emulator);
  const found = await org.conn.query<{ Id: string; Name: string }>(
    `SELECT Id, Name FROM User WHERE Username = '${username}'`,
  );
  const user = { id: found.records[0].Id, username, name: found.records[0].Name };
  await signIn(page, emulator, username, '/lightning/page/home');
  const context: StepContext = {
    page,
    persona: { name: username.split('.')[1]?.split('@')[0] ?? username, user },
    records,
    explainField: (sobject, apiName, shown) =>
      fieldAccess(org, user.id, sobject, apiName).then((access) =>
        explainFieldAccess(access, apiName, shown),
      ),
    explainRecord: (sobject, recordId) => explainRecordAccess(org, user.id, sobject, recordId),
    predictPage: (sobject, recordId) => predictRecordPage(org, user.id, sobject, recordId),
  };
  return { context, org, page, records };
}

/**
 * personaStepContext with test data `account`: an Account with revenue and a credit limit (the fields whose
 * access differs by persona), created as the admin.
 */
export async function personaWithAccount(
  browser: Browser,
  emulator: RunningEmulator,
  username: string,
  name: string,
): ReturnType<typeof personaStepContext> {
  const made = await personaStepContext(browser, emulator, username);
  const created = await made.org.conn.sobject('Account').create({
    Name: name,
    Industry: 'Technology',
    AnnualRevenue: 1200000,
    Credit_Limit__c: 50000,
  });
  made.records.set('account', { sobject: 'Account', id: (created as { id: string }).id });
  return made;
}

/** personaStepContext with the first record the admin's query finds as test data `key`; its id too. */
export async function personaWithRecord(
  browser: Browser,
  emulator: RunningEmulator,
  username: string,
  record: { key: string; sobject: string; soql: string },
): Promise<Awaited<ReturnType<typeof personaStepContext>> & { id: string }> {
  const made = await personaStepContext(browser, emulator, username);
  const id = await idOf(made.org, record.soql);
  made.records.set(record.key, { sobject: record.sobject, id });
  return { ...made, id };
}

/** The id of the first row a query returns, as the admin. */
export async function idOf(org: OrgConnection, soql: string): Promise<string> {
  return (await org.conn.query<{ Id: string }>(soql)).records[0].Id;
}

/**
 * The step fails as an expectation that does not hold (ExpectationError, not a crash or a refusal) with a
 * message that contains every phrase; the error, for the checks a test adds.
 */
export async function expectationFailure(run: PromiseLike<unknown>, says: string[] = []): Promise<Error> {
  const error = await failure(run);
  expect(error.name, error.message).toBe('ExpectationError');
  for (const phrase of says) expect(error.message).toContain(phrase);
  return error;
}

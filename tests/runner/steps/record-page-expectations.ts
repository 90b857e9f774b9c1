import type { Browser, Page } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';
import type { ExpectStep, Step } from '../../../runner/model';
import { runStep, type StepContext } from '../../../runner/steps';
import { personaWithRecord } from './persona-steps';

/** Steps and openings shared by the tests of what the record page offers a persona. */
const location = { file: 'scenario.yaml', line: 1, column: 1 };

export const USERS = {
  sdr: 'sam.sdr@acme-demo.example',
  ae: 'ava.ae@acme-demo.example',
  csm: 'casey.csm@acme-demo.example',
  manager: 'maya.manager@acme-demo.example',
} as const;

/** An expect step with only the given checks (record page, list, report, dashboard, Path…). */
export function expectPage(checks: Partial<Omit<ExpectStep, 'kind'>>): Step {
  return {
    kind: 'expect',
    title: 'expect',
    location,
    visible: [],
    hidden: [],
    readOnly: [],
    values: {},
    ...checks,
  };
}

/** Signs the persona in and opens the first record the query finds, as an `open` step does. */
export async function openAs(
  browser: Browser,
  emulator: RunningEmulator,
  username: string,
  sobject: string,
  soql: string,
  beforeOpen?: (page: Page) => Promise<unknown>,
): Promise<{ context: StepContext; id: string }> {
  const { context, id } = await personaWithRecord(browser, emulator, username, {
    key: 'record',
    sobject,
    soql,
  });
  await beforeOpen?.(context.page);
  await runStep({ kind: 'open', title: 'open', location, record: 'record' }, context);
  return { context, id };
}

import { test } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { StepContext } from '../../../runner/steps';
import { enterAsAdmin } from '../../emulator/helpers';
import { newTestContext } from '../../test-contexts';
import { type personaStepContext, personaWithAccount } from './persona-steps';

/** What compareWithAdmin tests share: the CSM on an account, with the admin's own browser context at hand. */
const CSM = 'casey.csm@acme-demo.example';

/** An `open` step of the account, compared with the admin's view of it. */
export const openCompared = (compareWithAdmin: true | { missing: string[] }): Step => ({
  kind: 'open',
  title: 'open',
  location: { file: 'compare.yaml', line: 12, column: 5 },
  record: 'account',
  compareWithAdmin,
});

/** The CSM's step context on an account of their own, and a way to open the admin's browser context. */
export async function csmOnAccount(
  browser: Parameters<typeof personaStepContext>[0],
  emulator: RunningEmulator,
): Promise<StepContext> {
  const { context, org } = await personaWithAccount(browser, emulator, CSM, 'Compared Account');
  context.org = org;
  context.adminContext = async () => {
    const admin = await newTestContext(browser, { baseURL: emulator.url });
    await enterAsAdmin(await admin.newPage(), emulator);
    return admin;
  };
  return context;
}

/** The comparison the step attached to the test, as Markdown. */
export function attachedDiff(): string {
  const attachment = test.info().attachments.find((a) => a.name.startsWith('compared with the admin'));
  return attachment?.body?.toString('utf8') ?? '';
}

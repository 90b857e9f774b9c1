import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { OpenTarget } from '../../../runner/model-views';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * `open: { tab }` against an org whose Sales Development Rep profile sets the Leads tab to Tab Hidden: the SDR
 * still reads leads, but neither the navigation bar nor the App Launcher offers the tab, so the step fails and
 * names the profile's setting, read from the org (docs/salesforce-facts.md#tab-settings).
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const open = (target: OpenTarget): Step => ({ kind: 'open', title: 'open', location, ...target });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  const org = demoOrg((definition) => {
    const sdr = definition.profiles.find((profile) => profile.name === 'Sales Development Rep');
    if (!sdr) throw new Error('the demo org has no Sales Development Rep profile');
    sdr.tabVisibilities = { Lead: 'Hidden', Contact: 'DefaultOff' };
  });
  emulator = await startEmulator({ port: 0, org });
});
test.afterAll(async () => emulator?.stop());

test("a tab the profile hides fails `open`, naming the profile's Tab Hidden; a Default Off tab opens from the App Launcher", async ({
  browser,
}) => {
  const { context, org, page } = await personaStepContext(browser, emulator, SDR);
  context.org = org;
  await expectationFailure(runStep(open({ tab: 'Leads' }), context), [
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) cannot open tab "Leads"',
    'the org grants Read on Lead, but profile "Sales Development Rep" sets its tab (standard-Lead) to Tab Hidden ' +
      'and none of their permission sets makes it Available or Visible',
  ]);
  await runStep(open({ tab: 'Contacts' }), context);
  await expect(page).toHaveURL(/\/lightning\/o\/Contact\/home/);
});

import { test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg } from '../../emulator/helpers';
import { expectationFailure, personaStepContext } from './persona-steps';

/**
 * A record a list view leaves out, which the persona can read, is explained by the part of the list view that
 * excludes it: a filter with the record's value of its field, or the view's scope with the record's owner
 * (read as the admin from the list view's describe).
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const myOpenLeads: Step = {
  kind: 'listView',
  title: 'list view',
  location,
  object: 'Lead',
  view: 'MyOpenLeads',
  includes: ['lead'],
  excludes: [],
} as Step;

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

async function sdrWithLead(
  running: RunningEmulator,
  browser: Parameters<typeof personaStepContext>[0],
  owner?: string,
) {
  const made = await personaStepContext(browser, running, SDR);
  made.context.org = made.org;
  const created = await made.org.conn.sobject('Lead').create({
    LastName: 'Listed',
    Company: 'Maple Leaf',
    Rating: 'Warm',
    OwnerId: owner ?? made.context.persona.user.id,
  });
  made.records.set('lead', { sobject: 'Lead', id: (created as { id: string }).id });
  return made;
}

test('a filter that excludes the record is named with the record’s value of its field', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const view = org.listViews.find((each) => each.developerName === 'MyOpenLeads');
      view?.filters.push({ field: 'Rating', operator: 'equals', value: 'Hot' });
    }),
  });
  const { context } = await sdrWithLead(emulator, browser);
  await expectationFailure(runStep(myOpenLeads, context), [
    "expected listed, but it is not — the persona can read it (object permission and sharing), so the list view's " +
      "filter Rating equals Hot (the record's Rating is Warm) leaves it out",
  ]);
});

test('a "My" scope that excludes the record says who owns it', async ({ browser }) => {
  emulator = await startEmulator({ port: 0 });
  const made = await personaStepContext(browser, emulator, SDR);
  const queue = await made.org.conn.query<{ Id: string }>(
    "SELECT Id FROM Group WHERE Type = 'Queue' AND DeveloperName = 'SDR_Queue'",
  );
  await made.context.page.context().close();
  const { context } = await sdrWithLead(emulator, browser, queue.records[0].Id);
  await expectationFailure(runStep(myOpenLeads, context), [
    'so the list view\'s scope "mine" (records the persona owns: the record is owned by queue SDR Queue, not Sam Rivera) leaves it out',
  ]);
});

test('a record the persona cannot read is explained by sharing, and by what the list view would leave out besides', async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const made = await personaStepContext(browser, emulator, SDR);
  const ae = await made.org.conn.query<{ Id: string }>(
    "SELECT Id FROM User WHERE Username = 'ava.ae@acme-demo.example'",
  );
  await made.context.page.context().close();
  const { context, org } = await sdrWithLead(emulator, browser, ae.records[0].Id);
  // Closed leads are not shared with the sales team: the SDR cannot read one the AE owns.
  await org.conn
    .sobject('Lead')
    .update({ Id: context.records.get('lead')?.id ?? '', Status: 'Closed - Not Converted' });
  await expectationFailure(runStep(myOpenLeads, context), [
    'expected listed, but it is not — the record is not shared with them: the org-wide default, role hierarchy, ' +
      'sharing rules and queues give no access; and even if they could read it, the list view\'s scope "mine" ' +
      '(records the persona owns: the record is owned by Ava Chen, not Sam Rivera); filter Status not equal to ' +
      "Closed - Converted, Closed - Not Converted (the record's Status is Closed - Not Converted) leaves it out",
  ]);
});

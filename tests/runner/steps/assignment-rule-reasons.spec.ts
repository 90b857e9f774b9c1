import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { TestData } from '../../../fixtures/test-data';
import type { Step } from '../../../runner/model';
import { runStep } from '../../../runner/steps';
import { demoOrg, failure } from '../../emulator/helpers';
import { personaStepContext } from './persona-steps';

/**
 * A wait on a record's owner that runs out walks the object's active assignment rule on the record, entry by
 * entry, as Salesforce would: the entry it meets and whom that assigns to (so a rule that did not run shows),
 * or that it meets none, each entry with the record's values — for formula entries and criteria items alike.
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const waitForQueue = {
  kind: 'wait',
  title: 'wait',
  location,
  record: 'lead',
  fields: { OwnerId: { queue: 'SDR_Queue' } },
  withinMs: 500,
} as unknown as Step;

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

async function waitOnLead(
  browser: Parameters<typeof personaStepContext>[0],
  fields: Record<string, unknown>,
): Promise<string> {
  const setup = await personaStepContext(browser, emulator as RunningEmulator, SDR);
  setup.context.org = setup.org;
  const lead = await new TestData(setup.org).create(
    'Lead',
    { LastName: 'Unrouted', Company: 'Globex', ...fields },
    { autoAssign: false },
  );
  setup.records.set('lead', lead);
  return (await failure(runStep(waitForQueue, setup.context))).message;
}

test('the entry the record meets names whom it assigns to, after the entries it does not meet', async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  const message = await waitOnLead(browser, { LeadSource: 'Web', Country: 'United States' });
  expect(message).toContain(
    'assignment rule "Standard Lead Routing": active, and the record meets entry 2 (formula ISPICKVAL(LeadSource, ' +
      '"Web"): the record\'s LeadSource is Web), which assigns it to queue SDR_Queue; the entries before it do not: ' +
      'entry 1 (formula Country = "Canada": the record\'s Country is United States) — check that the record was ' +
      'saved with the rules it needs (autoAssign)',
  );
});

test('a record that meets no entry keeps its owner, and each entry says why', async ({ browser }) => {
  emulator = await startEmulator({ port: 0 });
  const message = await waitOnLead(browser, { LeadSource: 'Phone Inquiry', Country: 'Mexico' });
  expect(message).toContain(
    'assignment rule "Standard Lead Routing": active, and the record meets none of its entries, so it keeps its ' +
      'owner: entry 1 (formula Country = "Canada": the record\'s Country is Mexico); entry 2 (formula ' +
      'ISPICKVAL(LeadSource, "Web"): the record\'s LeadSource is Phone Inquiry); entry 3 (formula ' +
      'ISPICKVAL(LeadSource, "Partner Referral"): the record\'s LeadSource is Phone Inquiry)',
  );
});

test('criteria items are judged with their filter logic, and the rule routes by them', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const rule = org.assignmentRules.find((each) => each.object === 'Lead');
      if (!rule) return;
      rule.entries = [
        {
          assignTo: 'SDR_Queue',
          criteriaItems: [
            { field: 'Lead.LeadSource', operation: 'equals', value: 'Web,Phone Inquiry' },
            { field: 'Lead.Country', operation: 'equals', value: 'Canada' },
          ],
          booleanFilter: '1 AND 2',
        },
      ];
    }),
  });
  const message = await waitOnLead(browser, { LeadSource: 'Web', Country: 'Mexico' });
  expect(message).toContain(
    'assignment rule "Standard Lead Routing": active, and the record meets none of its entries, so it keeps its ' +
      'owner: entry 1 (1. Lead.LeadSource equals "Web,Phone Inquiry" — met: the record has Web; 2. Lead.Country ' +
      'equals "Canada" — NOT met: the record has Mexico; filter logic 1 AND 2)',
  );
  // The emulator routes by the same items when the rules run.
  const setup = await personaStepContext(browser, emulator, SDR);
  const routed = await new TestData(setup.org).create(
    'Lead',
    { LastName: 'Routed', Company: 'Maple', LeadSource: 'Phone Inquiry', Country: 'Canada' },
    { autoAssign: true },
  );
  const kept = await new TestData(setup.org).create(
    'Lead',
    { LastName: 'Kept', Company: 'Globex', LeadSource: 'Web', Country: 'Mexico' },
    { autoAssign: true },
  );
  const ownerOf = async (id: string) =>
    (await setup.org.conn.query<{ OwnerId: string }>(`SELECT OwnerId FROM Lead WHERE Id = '${id}'`))
      .records[0]?.OwnerId;
  const queue = await setup.org.conn.query<{ Id: string }>(
    "SELECT Id FROM Group WHERE Type = 'Queue' AND DeveloperName = 'SDR_Queue'",
  );
  expect(await ownerOf(routed.id)).toBe(queue.records[0]?.Id);
  expect(await ownerOf(kept.id)).not.toBe(queue.records[0]?.Id);
});

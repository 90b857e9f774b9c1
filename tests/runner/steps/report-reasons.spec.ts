import { test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { ViewExpectations } from '../../../runner/model-views';
import { runStep } from '../../../runner/steps';
import { AE, demoOrg } from '../../emulator/helpers';
import { expectationFailure, idOf, personaStepContext } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * A record a report leaves out is explained by the part of the report that excludes it, read as the admin through
 * the Analytics REST API: a filter with the record's value as the report shows it, the filter logic with the
 * filters that do not keep it, or the report's "my records" scope with the record's owner.
 */
const SDR = 'sam.sdr@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const open = (report: string): Step => ({ kind: 'open', title: 'open', location, report });
const includesLead: Step = expectPage({
  report: { includes: ['lead'], excludes: [], columns: {}, values: {}, columnsAbsent: [] },
} as ViewExpectations);

let emulator: RunningEmulator | undefined;
test.afterEach(async () => emulator?.stop());

/** The SDR's step context, with a lead created as the admin (owned by `owner`, the SDR by default). */
async function sdrWithLead(
  running: RunningEmulator,
  browser: Parameters<typeof personaStepContext>[0],
  fields: Record<string, unknown> = {},
  owner?: (org: Awaited<ReturnType<typeof personaStepContext>>['org']) => Promise<string>,
) {
  const made = await personaStepContext(browser, running, SDR);
  made.context.org = made.org;
  const created = await made.org.conn.sobject('Lead').create(
    {
      LastName: 'Reported',
      Company: 'Maple Leaf',
      Rating: 'Warm',
      LeadSource: 'Phone Inquiry',
      OwnerId: owner ? await owner(made.org) : made.context.persona.user.id,
      ...fields,
    },
    { headers: { 'Sforce-Auto-Assign': 'FALSE' } },
  );
  made.records.set('lead', { sobject: 'Lead', id: (created as { id: string }).id });
  return made;
}

const allOpenLeadsWith = (change: (report: { filters: unknown[]; booleanFilter?: string }) => void) =>
  demoOrg((org) => {
    const report = org.reports.find((each) => each.developerName === 'All_Open_Leads');
    if (!report) throw new Error('the demo org has no All_Open_Leads report');
    change(report as { filters: unknown[]; booleanFilter?: string });
  });

test('a filter that leaves the record out is named with the record’s value as the report shows it', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    // Rating is not among the report's columns: its value is read in a run that shows it.
    org: allOpenLeadsWith((report) =>
      report.filters.push({ field: 'Rating', operator: 'equals', value: 'Hot' }),
    ),
  });
  const { context } = await sdrWithLead(emulator, browser);
  await runStep(open('All_Open_Leads'), context);
  await expectationFailure(runStep(includesLead, context), [
    "expected in the report, but it is not — the persona can read it (object permission and sharing), so the report's " +
      "filter Rating equals Hot (the record's Rating is Warm) leaves it out",
  ]);
});

test('a report none of whose columns carries its records’ Ids says its filters cannot be tried', async ({
  browser,
}) => {
  emulator = await startEmulator({
    port: 0,
    org: allOpenLeadsWith((report) => {
      report.filters.push({ field: 'Rating', operator: 'equals', value: 'Hot' });
      (report as unknown as { columns: string[] }).columns = ['Company', 'Status', 'OwnerId'];
    }),
  });
  const { context, org } = await sdrWithLead(emulator, browser);
  await org.conn.sobject('Lead').create({ LastName: 'Hot', Company: 'Listed', Rating: 'Hot' });
  await runStep(open('All_Open_Leads'), context);
  await expectationFailure(runStep(includesLead, context), [
    "so the report's filters or scope leave it out (which of them cannot be tried through the API: none of its columns carries its records' Ids, as the record name does)",
  ]);
});

test('filter logic that does not hold names the filters that do not keep the record', async ({ browser }) => {
  emulator = await startEmulator({
    port: 0,
    org: allOpenLeadsWith((report) => {
      report.filters.push(
        { field: 'Rating', operator: 'equals', value: 'Hot' },
        { field: 'LeadSource', operator: 'equals', value: 'Web' },
      );
      report.booleanFilter = '1 AND (2 OR 3)';
    }),
  });
  const { context } = await sdrWithLead(emulator, browser);
  await runStep(open('All_Open_Leads'), context);
  await expectationFailure(runStep(includesLead, context), [
    `so the report's filter logic "1 AND (2 OR 3)" does not hold: filter Rating equals Hot (the record's Rating is Warm); filter Lead Source equals Web (the record's Lead Source is Phone Inquiry) do not keep it`,
  ]);
});

test('a "my records" scope that leaves the record out says who owns it', async ({ browser }) => {
  emulator = await startEmulator({ port: 0 });
  // Open leads are shared with the sales team: the SDR reads one the AE owns.
  const { context } = await sdrWithLead(emulator, browser, {}, (org) =>
    idOf(org, `SELECT Id FROM User WHERE Username = '${AE.username}'`),
  );
  await runStep(open('My_Open_Leads'), context);
  await expectationFailure(runStep(includesLead, context), [
    `so the report's scope "user" (records the persona owns: the record is owned by ${AE.name}, not Sam Rivera) leaves it out`,
  ]);
});

test('a record the persona cannot read is explained by sharing, and by what the report would leave out besides', async ({
  browser,
}) => {
  emulator = await startEmulator({ port: 0 });
  // Closed leads are not shared with the sales team: the SDR cannot read one the AE owns.
  const { context } = await sdrWithLead(emulator, browser, { Status: 'Closed - Not Converted' }, (org) =>
    idOf(org, `SELECT Id FROM User WHERE Username = '${AE.username}'`),
  );
  await runStep(open('All_Open_Leads'), context);
  await expectationFailure(runStep(includesLead, context), [
    "the record is not shared with them: the org-wide default, role hierarchy, sharing rules and queues give no access; and even if they could read it, the report's filter Lead Status not equal to Closed - Converted, Closed - Not Converted (the record's Lead Status is Closed - Not Converted) leaves it out",
  ]);
});

test('a record the report shows that it must not says how the persona can read it', async ({ browser }) => {
  emulator = await startEmulator({ port: 0 });
  const { context } = await sdrWithLead(emulator, browser);
  await runStep(open('All_Open_Leads'), context);
  const excludesLead = expectPage({
    report: { includes: [], excludes: ['lead'], columns: {}, values: {}, columnsAbsent: [] },
  } as ViewExpectations);
  await expectationFailure(runStep(excludesLead, context), [
    'expected not in the report, but it is — they can read it: Read on Lead comes from profile "Sales Development Rep"; they own the record',
  ]);
});

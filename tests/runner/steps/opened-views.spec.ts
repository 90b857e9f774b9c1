import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import type { Step } from '../../../runner/model';
import type { OpenTarget, ViewExpectations } from '../../../runner/model-views';
import { runStep } from '../../../runner/steps';
import { demoOrg, documentLoads, failure } from '../../emulator/helpers';
import { waitAtMost } from '../../short-waits';
import { expectationFailure, idOf, personaStepContext } from './persona-steps';
import { expectPage } from './record-page-expectations';

/**
 * `open` of list views, object homes, tabs, related lists, reports and dashboards, and `expect` on what they show,
 * as demo personas against the emulator; failures name the persona, what was opened, expected, seen and why.
 */
const SDR = 'sam.sdr@acme-demo.example';
const AE = 'ava.ae@acme-demo.example';
const MANAGER = 'maya.manager@acme-demo.example';
const MOPS = 'riley.mops@acme-demo.example';
const location = { file: 'scenario.yaml', line: 1, column: 1 };
const open = (target: OpenTarget): Step => ({ kind: 'open', title: 'open', location, ...target });
const expectOn = (checks: ViewExpectations): Step => expectPage(checks);
const list = (checks: Partial<NonNullable<ViewExpectations['list']>>) =>
  expectOn({ list: { includes: [], excludes: [], ...checks } });
const reportOn = (checks: Partial<NonNullable<ViewExpectations['report']>>) =>
  expectOn({ report: { includes: [], excludes: [], columns: {}, values: {}, columnsAbsent: [], ...checks } });

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, latency: 'lightning' });
});
test.afterAll(async () => emulator?.stop());

/** The persona signed in, the admin's session on the context, and leads created as the admin. */
async function as(
  browser: Parameters<Parameters<typeof test>[2]>[0]['browser'],
  username: string,
  org: RunningEmulator = emulator,
) {
  const setup = await personaStepContext(browser, org, username);
  setup.context.org = setup.org;
  const lead = async (key: string, fields: Record<string, unknown>) => {
    // As test data is created: without the org's assignment rules (the REST API runs them by default).
    const created = await setup.org.conn
      .sobject('Lead')
      .create({ Company: 'Opened Views Co', ...fields }, { headers: { 'Sforce-Auto-Assign': 'FALSE' } });
    setup.records.set(key, { sobject: 'Lead', id: (created as { id: string }).id });
  };
  return { ...setup, lead };
}

test('a lead in the SDR queue is listed in the queue list view; expecting it absent fails', async ({
  browser,
}) => {
  const { context, org, lead } = await as(browser, SDR);
  const queue = await idOf(org, "SELECT Id FROM Group WHERE DeveloperName = 'SDR_Queue'");
  await lead('queued', { LastName: 'Queued', OwnerId: queue });
  await lead('mine', { LastName: 'Mine', OwnerId: context.persona.user.id });

  await runStep(open({ object: 'Lead', listView: 'SDR_Queue' }), context);
  await runStep(list({ includes: ['queued'], excludes: ['mine'], rows: { atLeast: 1 } }), context);

  const error = await expectationFailure(
    runStep(list({ includes: ['mine'], excludes: ['queued'] }), context),
    ['Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on list view Lead SDR_Queue'],
  );
  expect(error.message).toMatch(
    /Lead \w+ \(data "queued"\): expected not listed, but it is — they can read it: Read on Lead comes from profile "Sales Development Rep"; the record is owned by queue SDR_Queue, of which they are a member \(direct\)/,
  );
  expect(error.message).toMatch(
    /Lead \w+ \(data "mine"\): expected listed, but it is not — the persona can read it .*so the list view's scope "queue" \(records queue SDR Queue owns: the record is owned by Sam Rivera\) leaves it out/,
  );
});

test("a row count states expected and seen, with the list's own count as evidence", async ({ browser }) => {
  const { context, lead } = await as(browser, SDR);
  await lead('mine', { LastName: 'Counted', OwnerId: context.persona.user.id });
  await runStep(open({ object: 'Lead', listView: 'MyOpenLeads' }), context);
  const error = await failure(runStep(list({ rows: { exactly: 99 } }), context));
  expect(error.message).toMatch(
    /on list view Lead MyOpenLeads \(the list says "\d+ items? • [^"]*" and shows \d+ row\(s\)\):\n {2}- rows: expected 99, but it has \d+$/,
  );
  expect(error.message.match(/the list says/g), 'the evidence is stated once').toHaveLength(1);
});

test('an unknown list view is an error naming the nearest one; a list view not shared with the persona fails saying so', async ({
  browser,
}) => {
  const { context } = await as(browser, SDR);
  const unknown = await failure(runStep(open({ object: 'Lead', listView: 'SDR_Queu' }), context));
  expect(unknown.name).toBe('Error');
  expect(unknown.message).toContain('Lead has no list view "SDR_Queu".');
  expect(unknown.message).toContain('Did you mean "SDR_Queue"?');

  await expectationFailure(runStep(open({ object: 'Lead', listView: 'HotLeads_Managers' }), context), [
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) cannot open list view Lead HotLeads_Managers ("Hot Leads (Managers)")',
    'the org grants Read on Lead, so the list view itself is not shared with them',
  ]);
});

test('a list view answered with another list fails naming the list shown, never judging it as the one asked for', async ({
  browser,
}) => {
  const { context, page } = await as(browser, SDR);
  // Whether Lightning shows its error or another list for a list view the persona may not see is not known:
  // here the page and its list answer SDR_Queue with Recently Viewed.
  await page.route(/filterName=SDR_Queue/, (route) =>
    route.continue({ url: route.request().url().replace('filterName=SDR_Queue', 'filterName=Recent') }),
  );
  waitAtMost(page, 3_000);
  await expectationFailure(runStep(open({ object: 'Lead', listView: 'SDR_Queue' }), context), [
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) cannot open list view Lead SDR_Queue ("SDR Queue"): Lightning shows the list "Recently Viewed" instead',
    'the org grants Read on Lead, so the list view itself is not shared with them',
  ]);
});

test("an object home opens the object's default list; one the persona cannot read fails with the missing permission", async ({
  browser,
}) => {
  const { context, lead } = await as(browser, SDR);
  await lead('mine', { LastName: 'Recent', OwnerId: context.persona.user.id });
  await runStep(open({ object: 'Lead' }), context);
  // The emulator's Recently Viewed lists every visible record (it keeps no view history).
  await runStep(list({ includes: ['mine'] }), context);

  await expectationFailure(runStep(open({ object: 'Opportunity' }), context), [
    'cannot open Opportunity home',
    'no read access to Opportunity: neither the profile nor any permission set grants Read',
  ]);
});

test('a tab opens from the navigation bar or the App Launcher; a tab the persona lacks fails saying why', async ({
  browser,
}) => {
  const { context, page, lead } = await as(browser, SDR);
  await lead('mine', { LastName: 'Tabbed', OwnerId: context.persona.user.id });
  // Lightning opens tabs without loading a document, the page left kept in the DOM, hidden.
  const documentsLoaded = await documentLoads(page);
  await runStep(open({ tab: 'Leads' }), context);
  await expect(page).toHaveURL(/\/lightning\/o\/Lead\/home/);
  await runStep(list({ includes: ['mine'] }), context);

  await runStep(open({ tab: 'Campaigns' }), context); // not in the Sales app: found through the App Launcher
  await expect(page).toHaveURL(/\/lightning\/o\/Campaign\/home/);
  await runStep(list({ excludes: ['mine'] }), context);
  expect(documentsLoaded).toEqual([]);

  const missing = await failure(runStep(open({ tab: 'Opportunities' }), context));
  expect(missing.name).toBe('ExpectationError');
  expect(missing.message).toContain(
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) cannot open tab "Opportunities"',
  );
  expect(missing.message).toMatch(
    /the navigation bar shows Home, Leads, .*App Launcher search for "Opportunities" offers/,
  );
  expect(missing.message).toContain('no read access to Opportunity');

  const unknown = await failure(runStep(open({ tab: 'Leeds' }), context));
  expect(unknown.name).toBe('Error');
  expect(unknown.message).toContain('the org has no tab "Leeds".');
  expect(unknown.message).toContain('Did you mean "Leads"?');
});

test('a tab whose list never finishes loading fails saying what it waited for, as whom and where', async ({
  browser,
}) => {
  const { context, page } = await as(browser, SDR);
  // The Campaigns home (and its list, when it comes later) arrives without its status line ("n items"), the
  // list's sign of having loaded.
  await page.route(/\/(lightning\/o|aura\/navigation\/listview)\/Campaign\b/, async (route) => {
    const answer = await route.fetch();
    const body = (await answer.text()).replaceAll('countSortedByFilteredBy', 'notYetCountedStatusLine');
    await route.fulfill({ response: answer, body });
  });
  waitAtMost(page, 3_000);
  const stalled = await failure(runStep(open({ tab: 'Campaigns' }), context));
  expect(stalled.message).toMatch(
    /^Persona "sdr" \(Sam Rivera, sam\.sdr@acme-demo\.example\): Campaign home from tab "Campaigns" \(its status line "n items" shown, any list shown before gone\) did not happen \(now at .+\/lightning\/o\/Campaign\/home, .+\)\. Likely cause: the list did not finish loading, or Campaign is not readable to them\./,
  );
});

test('a list still shown a moment after a tab opened another object is never read as the new one', async ({
  browser,
}) => {
  const { context, page, lead } = await as(browser, SDR);
  await lead('mine', { LastName: 'Lingering', OwnerId: context.persona.user.id });
  await runStep(open({ tab: 'Leads' }), context);
  await runStep(list({ includes: ['mine'] }), context);
  // Whether Lightning can show the new address while the page it leaves still shows is not known: here each
  // page hidden stays shown 1.5 s longer, ahead of the new one.
  await page.evaluate(() => {
    const lingered = new WeakSet<Element>();
    new MutationObserver((changes) => {
      for (const { target } of changes) {
        if (!(target instanceof HTMLElement) || !target.hidden || lingered.has(target)) continue;
        lingered.add(target);
        target.hidden = false;
        setTimeout(() => {
          target.hidden = true;
        }, 1_500);
      }
    }).observe(document.body, { attributes: true, attributeFilter: ['hidden'], subtree: true });
  });
  await runStep(open({ tab: 'Campaigns' }), context);
  await runStep(list({ excludes: ['mine'] }), context);
});

test("a report shows the persona's own rows; the same report is blank for the manager and says why", async ({
  browser,
}) => {
  const sdr = await as(browser, SDR);
  await sdr.lead('mine', { LastName: 'Reported', OwnerId: sdr.context.persona.user.id });
  await runStep(open({ report: 'My_Open_Leads' }), sdr.context);
  await runStep(reportOn({ includes: ['mine'], rows: { atLeast: 1 } }), sdr.context);
  const wrong = await failure(runStep(reportOn({ columns: { Company: ['Nobody'] } }), sdr.context));
  expect(wrong.message).toContain('on report "My Open Leads" (My_Open_Leads, folder Sales Reports)');
  expect(wrong.message).toMatch(
    /column "Company": expected \["Nobody"\], but it shows \[.*"Opened Views Co".*\]/,
  );

  const manager = await as(browser, MANAGER);
  await runStep(open({ report: 'My_Open_Leads' }), manager.context);
  const blank = await failure(runStep(reportOn({ rows: { atLeast: 1 } }), manager.context));
  expect(blank.name).toBe('ExpectationError');
  expect(blank.message).toContain(
    'Persona "manager" (Maya Patel, maya.manager@acme-demo.example) on report "My Open Leads"',
  );
  expect(blank.message).toContain('rows: expected at least 1, but it has 0');
  expect(blank.message).toContain("reports run with the viewer's sharing");
  expect(blank.message).toContain('Maya Patel has role Sales Manager and profile Sales Manager');
});

test("a report row shows the persona's values; a column on a field they cannot read is left out and says so", async ({
  browser,
}) => {
  const { context, lead } = await as(browser, 'riley.mops@acme-demo.example');
  await lead('lead', {
    LastName: 'Attributed',
    LeadSource: 'Web',
    Lead_Score__c: 80,
    Internal_Revenue__c: 5000,
    OwnerId: context.persona.user.id,
  });
  await runStep(open({ report: 'Lead_Attribution' }), context);
  await runStep(
    reportOn({ values: { lead: { Company: 'Opened Views Co', 'Lead Source': 'Web', 'Lead Score': '80' } } }),
    context,
  );
  const error = await failure(
    runStep(
      reportOn({
        values: { lead: { 'Lead Source': 'Partner Referral', 'Internal Revenue': '$5,000.00' } },
        columns: { 'Lead Sorce': ['Web'] },
      }),
      context,
    ),
  );
  expect(error.message).toContain('Persona "mops" (Riley');
  expect(error.message).toContain(
    'on report "Lead Attribution" (Lead_Attribution, folder Marketing Reports)',
  );
  expect(error.message).toContain(
    'lead: column "Lead Source": expected "Partner Referral", but it shows "Web"',
  );
  expect(error.message).toContain(
    'lead: column "Internal Revenue" is not in the report as they see it (columns: Name, Company, Lead Source, Lead Score) — ' +
      'the report has this column (described as the admin), and their run leaves it out: a report drops the columns of fields the viewer cannot read (field-level security)',
  );
  expect(error.message).toContain(
    'column "Lead Sorce": not in the report as they see it (columns: Name, Company, Lead Source, Lead Score) — ' +
      'the report has no column "Lead Sorce" (described as the admin: Name, Company, Lead Source, Lead Score, Internal Revenue). Did you mean "Lead Source"?',
  );
});

test('a column on a field the persona cannot read is proven absent from their run; a label the report lacks even as the admin fails', async ({
  browser,
}) => {
  const { context, lead } = await as(browser, MOPS);
  await lead('lead', { LastName: 'Unexposed', Internal_Revenue__c: 5000, OwnerId: context.persona.user.id });
  await runStep(open({ report: 'Lead_Attribution' }), context);
  await runStep(reportOn({ includes: ['lead'], columnsAbsent: ['Internal Revenue'] }), context);

  const error = await failure(runStep(reportOn({ columnsAbsent: ['Internal Revenu'] }), context));
  expect(error.message).toContain(
    'column "Internal Revenu": expected absent, but the report has no such column even as the admin ' +
      '(described as the admin: Name, Company, Lead Source, Lead Score, Internal Revenue), so its absence proves nothing about what they can read. Did you mean "Internal Revenue"?',
  );
});

test('a column whose field was relabelled is named by its API name, with the label to write instead', async ({
  browser,
}) => {
  const relabelled = await startEmulator({
    port: 0,
    org: demoOrg((org) => {
      const field = org.objects.Lead?.fields.Lead_Score__c;
      if (!field) throw new Error('the demo org has no Lead.Lead_Score__c');
      field.label = 'Engagement';
    }),
  });
  try {
    const { context, lead } = await as(browser, MOPS, relabelled);
    await lead('lead', { LastName: 'Relabelled', Lead_Score__c: 80, OwnerId: context.persona.user.id });
    await runStep(open({ report: 'Lead_Attribution' }), context);
    const meant =
      ' Its column Lead.Lead_Score__c, whose field\'s API name reads "Lead Score", is labelled "Engagement": was the field relabelled? Write "Engagement".';
    const shown = await failure(runStep(reportOn({ values: { lead: { 'Lead Score': '80' } } }), context));
    expect(shown.message).toContain(
      'the report has no column "Lead Score" (described as the admin: Name, Company, Lead Source, Engagement, Internal Revenue).' +
        meant,
    );
    const absent = await failure(runStep(reportOn({ columnsAbsent: ['Lead Score'] }), context));
    expect(absent.message).toContain(`so its absence proves nothing about what they can read.${meant}`);
  } finally {
    await relabelled.stop();
  }
});

test('a column expected absent that field-level security now lets the persona read fails naming the column, its cell and the granting profile', async ({
  browser,
}) => {
  const exposed = await startEmulator({
    port: 0,
    latency: 'lightning',
    org: demoOrg((org) => {
      const profile = org.profiles.find((candidate) => candidate.name === 'Marketing Operations');
      if (profile)
        profile.fieldPermissions.Lead = { ...profile.fieldPermissions.Lead, Internal_Revenue__c: 'read' };
    }),
  });
  try {
    const { context, lead } = await as(browser, MOPS, exposed);
    await lead('lead', { LastName: 'Exposed', Internal_Revenue__c: 5000, OwnerId: context.persona.user.id });
    await runStep(open({ report: 'Lead_Attribution' }), context);
    const error = await failure(
      runStep(reportOn({ includes: ['lead'], columnsAbsent: ['Internal Revenue', 'Lead Score'] }), context),
    );
    expect(error.message).toContain(
      'on report "Lead Attribution" (Lead_Attribution, folder Marketing Reports)',
    );
    expect(error.message).toMatch(
      /column "Internal Revenue": expected absent, but the report shows it to them \(columns: Name, Company, Lead Source, Lead Score, Internal Revenue\); lead's row shows "[^"]*5,?000[^"]*" — the report has this column \(described as the admin: Lead\.Internal_Revenue__c\), and field-level security grants Read via [^\n]*Marketing Operations/,
    );
    expect(error.message).toMatch(
      /column "Lead Score": expected absent, but the report shows it to them[^\n]*field-level security grants Read via/,
    );
  } finally {
    await exposed.stop();
  }
});

test('a report on an object the persona cannot read fails with the missing permission; an unknown report is an error', async ({
  browser,
}) => {
  const { context, org, records } = await as(browser, SDR);
  records.set('deal', { sobject: 'Opportunity', id: await idOf(org, 'SELECT Id FROM Opportunity LIMIT 1') });
  await runStep(open({ report: 'Open_Pipeline' }), context);
  const error = await failure(runStep(reportOn({ excludes: ['deal'] }), context));
  expect(error.message).toContain('on report "Open Pipeline" (Open_Pipeline, folder Sales Reports)');
  expect(error.message).toContain(
    'the report did not run for them: it says "You don\'t have sufficient privileges',
  );
  expect(error.message).toContain('no read access to Opportunity');

  const unknown = await failure(runStep(open({ report: 'Open_Pipline' }), context));
  expect(unknown.message).toContain('the org has no report "Open_Pipline".');
  expect(unknown.message).toContain('Did you mean "Open_Pipeline"?');
});

test('a summary report is counted from its Total Records and its header read for columns; checks that read its rows are refused, saying why and what to write instead', async ({
  browser,
}) => {
  const { context, org, records } = await as(browser, MANAGER);
  const globex = "SELECT Id FROM Opportunity WHERE Name = 'Globex Expansion'";
  records.set('deal', { sobject: 'Opportunity', id: await idOf(org, globex) });
  // The report groups by owner: the owner's group row links the owner's user record.
  records.set('owner', {
    sobject: 'User',
    id: await idOf(org, `SELECT Id FROM User WHERE Username = '${AE}'`),
  });
  await runStep(open({ report: 'Pipeline_By_Owner' }), context);
  await runStep(reportOn({ rows: { exactly: 3 } }), context);
  // Its header row is read whatever the format: a column it shows is seen there.
  const amount = await failure(runStep(reportOn({ columnsAbsent: ['Amount'] }), context));
  expect(amount.message).toContain(
    'column "Amount": expected absent, but the report shows it to them (columns: ',
  );
  expect(amount.message).not.toContain('cannot be read from this report');

  const refused = await failure(
    runStep(reportOn({ includes: ['deal', 'owner'], columns: { Amount: ['$45,000.00'] } }), context),
  );
  expect(refused.name).toBe('ExpectationError');
  expect(refused.message).toContain(
    'Persona "manager" (Maya Patel, maya.manager@acme-demo.example) on report "Pipeline by Owner" (Pipeline_By_Owner, folder Sales Reports):',
  );
  expect(refused.message).toContain(
    'includes, columns: cannot be read from this report — it is a summary report (rows grouped, with subtotals) (Report.Format Summary).',
  );
  expect(refused.message).toContain(
    'Instead check rows: (read from its "Total Records"), or open a tabular report',
  );

  const count = await failure(runStep(reportOn({ rows: { atLeast: 4 } }), context));
  expect(count.message).toContain(
    'rows: expected at least 4, but it has 3 (the report says Total Records 3)',
  );
});

test('a report or dashboard in a folder not shared with the persona fails naming the folder; Finance opens them', async ({
  browser,
}) => {
  const { context, org, records } = await as(browser, SDR);
  records.set('account', {
    sobject: 'Account',
    id: await idOf(org, "SELECT Id FROM Account WHERE Name = 'Initech'"),
  });
  await runStep(open({ report: 'Credit_Limits' }), context);
  const report = await failure(runStep(reportOn({ excludes: ['account'] }), context));
  expect(report.message).toContain('on report "Credit Limits" (Credit_Limits, folder Finance Reports)');
  expect(report.message).toContain(
    'the report did not run for them: it says "You don\'t have sufficient privileges to perform this operation." — ' +
      'reports run with the viewer\'s access: its folder "Finance Reports" is not shared with them',
  );
  const dashboard = await failure(runStep(open({ dashboard: 'Credit_Exposure' }), context));
  expect(dashboard.name).toBe('ExpectationError');
  expect(dashboard.message).toContain(
    'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) cannot open dashboard "Credit Exposure" (Credit_Exposure)',
  );
  expect(dashboard.message).toContain(
    'it exists in folder "Finance Dashboards", which is not shared with them',
  );

  const finance = await as(browser, 'fiona.finance@acme-demo.example');
  finance.records.set('account', records.get('account') as { sobject: string; id: string });
  await runStep(open({ report: 'Credit_Limits' }), finance.context);
  await runStep(reportOn({ includes: ['account'] }), finance.context);
  await runStep(open({ dashboard: 'Credit_Exposure' }), finance.context);
  const value = await failure(
    runStep(expectOn({ dashboard: { 'Total Credit Limit': 'none' } }), finance.context),
  );
  expect(value.message).toContain('it shows data as its running user Fiona');
});

test("a dashboard with a fixed running user shows the manager's values to the SDR, and a failure names that user", async ({
  browser,
}) => {
  const { context } = await as(browser, SDR);
  await runStep(open({ dashboard: 'Sales_Pipeline' }), context);
  // "My Open Leads" runs as Maya Patel, who owns no open lead.
  await runStep(expectOn({ dashboard: { 'My Open Leads': '0' } }), context);
  await expectationFailure(
    runStep(expectOn({ dashboard: { 'My Open Leads': '2', 'Open Leeds': '3' } }), context),
    [
      'Persona "sdr" (Sam Rivera, sam.sdr@acme-demo.example) on dashboard "Sales Pipeline" (Sales_Pipeline)',
      'it shows data as its running user Maya Patel (a fixed running user, set in the org), not as the persona',
      'component "My Open Leads": expected "2", but it shows "0"',
      'component "Open Leeds": not on the dashboard',
      'Did you mean "Open Leads"?',
    ],
  );
});

test("a dynamic dashboard shows the viewer's own values; currency compares by amount", async ({
  browser,
}) => {
  const manager = await as(browser, MANAGER);
  await runStep(open({ dashboard: 'Sales_Pipeline' }), manager.context);
  const pipeline = await failure(runStep(expectOn({ dashboard: { 'Open Pipeline': '1' } }), manager.context));
  const shown =
    /component "Open Pipeline": expected "1", but it shows "([^"]+)"/.exec(pipeline.message)?.[1] ?? '';
  expect(shown).toMatch(/^\$[\d,]+\.\d\d$/);
  await runStep(expectOn({ dashboard: { 'Open Pipeline': shown.replace(/[$,]/g, '') } }), manager.context);

  const { context } = await as(browser, SDR);
  await runStep(open({ dashboard: 'My_Pipeline' }), context);
  const error = await failure(runStep(expectOn({ dashboard: { 'My Open Leads': '-1' } }), context));
  expect(error.message).toContain('it is a dynamic dashboard: it shows data as the viewer, Sam Rivera');
  const unknown = await failure(runStep(open({ dashboard: 'My_Pipelin' }), context));
  expect(unknown.message).toContain('Did you mean "My_Pipeline"?');
});

test('a record a related list does not show is explained by where its lookup points', async ({ browser }) => {
  const { context, org, records } = await as(browser, AE);
  const initech = await idOf(org, "SELECT Id FROM Account WHERE Name = 'Initech'");
  const other = await org.conn.sobject('Account').create({ Name: 'Initrode' });
  const contact = await org.conn.sobject('Contact').create({
    LastName: 'Misplaced',
    AccountId: (other as { id: string }).id,
    OwnerId: context.persona.user.id,
  });
  records.set('account', { sobject: 'Account', id: initech });
  records.set('contact', { sobject: 'Contact', id: (contact as { id: string }).id });

  await runStep(open({ record: 'account', relatedList: 'Contacts' }), context);
  await expectationFailure(runStep(list({ includes: ['contact'] }), context), [
    'expected listed, but it is not — the persona can read it (object permission and sharing), so the related list ' +
      `shows the Contact records whose AccountId is this Account, and the record's AccountId is Account "Initrode" (${(other as { id: string }).id})`,
  ]);
});

test("a related list of the opened record lists its children; a related list not on the persona's layout fails with the ones shown", async ({
  browser,
}) => {
  const { context, org, records } = await as(browser, AE);
  const account = await idOf(org, "SELECT Id FROM Account WHERE Name = 'Initech'");
  const contact = await org.conn.sobject('Contact').create({ LastName: 'Lumbergh', AccountId: account });
  records.set('account', { sobject: 'Account', id: account });
  records.set('contact', { sobject: 'Contact', id: (contact as { id: string }).id });

  await runStep(open({ record: 'account', relatedList: 'Contacts' }), context);
  await runStep(list({ includes: ['contact'], rows: { atLeast: 1 } }), context);
  const listed = await failure(runStep(list({ excludes: ['contact'] }), context));
  expect(listed.message).toContain(`on related list "Contacts" of Account ${account}`);
  expect(listed.message).toMatch(/Contact \w+ \(data "contact"\): expected not listed, but it is/);

  const missing = await failure(runStep(open({ relatedList: 'Contactz' }), context));
  expect(missing.name).toBe('ExpectationError');
  expect(missing.message).toContain('no related list "Contactz" on the Related tab (it shows: ');
  expect(missing.message).toContain('Did you mean "Contacts"?');
});

test('expecting a list on a report is an error saying what to open first', async ({ browser }) => {
  const { context } = await as(browser, SDR);
  await runStep(open({ report: 'My_Open_Leads' }), context);
  const error = await failure(runStep(list({ rows: { exactly: 1 } }), context));
  expect(error.message).toContain('Nothing to check "list" on: the last open step opened a report.');
});

/** An account of the AE's with `count` contacts (data "c1"…), and a contact of another account ("elsewhere"). */
async function accountWithContacts(setup: Awaited<ReturnType<typeof as>>, name: string, count: number) {
  const { org, records, context } = setup;
  const account = await org.conn.sobject('Account').create({ Name: name, OwnerId: context.persona.user.id });
  records.set('account', { sobject: 'Account', id: (account as { id: string }).id });
  const contacts = Array.from({ length: count }, (_, index) => ({
    LastName: `${name} ${index + 1}`,
    AccountId: (account as { id: string }).id,
  }));
  const created = await org.conn.sobject('Contact').create(contacts, { allOrNone: true });
  created.forEach((result, index) => {
    records.set(`c${index + 1}`, { sobject: 'Contact', id: (result as { id: string }).id });
  });
  const initech = await idOf(org, "SELECT Id FROM Account WHERE Name = 'Initech'");
  const elsewhere = await org.conn.sobject('Contact').create({ LastName: 'Elsewhere', AccountId: initech });
  records.set('elsewhere', { sobject: 'Contact', id: (elsewhere as { id: string }).id });
}

test('a related list holding more rows than its card shows is judged from its View All page, then the record page is shown again', async ({
  browser,
}) => {
  const setup = await as(browser, AE);
  const { context, page } = setup;
  await accountWithContacts(setup, 'Eight Contacts Co', 8);

  await runStep(open({ record: 'account', relatedList: 'Contacts' }), context);
  // The card shows six rows and "(6+)": c8, the absence of "elsewhere" and the count are only on View All.
  await runStep(list({ includes: ['c8'], excludes: ['elsewhere'], rows: { exactly: 8 } }), context);
  const listed = await expectationFailure(runStep(list({ excludes: ['c7'] }), context), [
    'on related list "Contacts" of Account',
  ]);
  expect(listed.message).toMatch(/Contact \w+ \(data "c7"\): expected not listed, but it is/);

  await expect(page).toHaveURL(/\/lightning\/r\/Account\/\w+\/view$/);
  await runStep(open({ relatedList: 'Contacts' }), context);
  await runStep(list({ includes: ['c1'] }), context);
});

test('a View All page that never shows its count fails saying the card was partial and what was tried', async ({
  browser,
}) => {
  const setup = await as(browser, AE);
  const { context, page } = setup;
  await accountWithContacts(setup, 'Stalled View All Co', 7);
  await runStep(open({ record: 'account', relatedList: 'Contacts' }), context);
  // The View All page (and its list, when it comes later) arrives without its status line ("n items").
  await page.route(/\/(lightning\/r\/Account\/\w+\/related|aura\/relatedlist)\//, async (route) => {
    const answer = await route.fetch();
    const body = (await answer.text()).replaceAll('countSortedByFilteredBy', 'notYetCountedStatusLine');
    await route.fulfill({ response: answer, body });
  });
  waitAtMost(page, 3_000);
  const error = await expectationFailure(runStep(list({ excludes: ['elsewhere'] }), context));
  expect(error.message).toContain(
    'expected not listed, but absence cannot be proven: the list shows "(6+)" and did not load more within 3 s when its View All was opened (6 row(s) loaded)',
  );
  await expect(page).toHaveURL(/\/lightning\/r\/Account\/\w+\/view$/);
});

test("report cells and dashboard values are shown in the persona's locale and compared by value", async ({
  browser,
}) => {
  const german = await startEmulator({
    org: demoOrg((org) => {
      for (const user of org.users) if (user.username === AE || user.username === SDR) user.locale = 'de_DE';
    }),
  });
  try {
    const ae = await personaStepContext(browser, german, AE);
    ae.context.org = ae.org;
    ae.records.set('deal', {
      sobject: 'Opportunity',
      id: await idOf(ae.org, "SELECT Id FROM Opportunity WHERE Name = 'Acme Strategic Deal'"),
    });
    await runStep(open({ report: 'Open_Pipeline' }), ae.context);
    await runStep(
      reportOn({ values: { deal: { Amount: '250000', 'Close Date': '2027-01-31' } } }),
      ae.context,
    );
    const report = await failure(
      runStep(reportOn({ values: { deal: { Amount: '25000', 'Close Date': '2027-01-30' } } }), ae.context),
    );
    expect(report.message).toMatch(/deal: column "Amount": expected "25000", but it shows "250\.000,00\s\$"/);
    expect(report.message).toContain(
      'deal: column "Close Date": expected "2027-01-30", but it shows "31.1.2027"',
    );

    const sdr = await personaStepContext(browser, german, SDR);
    sdr.context.org = sdr.org;
    await runStep(open({ dashboard: 'Sales_Pipeline' }), sdr.context);
    await runStep(expectOn({ dashboard: { 'Open Pipeline': '415000' } }), sdr.context);
    const dashboard = await failure(
      runStep(expectOn({ dashboard: { 'Open Pipeline': '415' } }), sdr.context),
    );
    expect(dashboard.message).toMatch(
      /component "Open Pipeline": expected "415", but it shows "415\.000,00\s\$"/,
    );
  } finally {
    await german.stop();
  }
});

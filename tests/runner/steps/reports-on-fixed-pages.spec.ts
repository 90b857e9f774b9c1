import { type Browser, expect, type Page, test } from '@playwright/test';
import type { OrgConnection } from '../../../fixtures';
import type { Step } from '../../../runner/model';
import type { DashboardExpectation, ReportExpectation } from '../../../runner/model-views';
import { runStep, type StepContext } from '../../../runner/steps';
import { failure } from '../../emulator/helpers';
import { newTestContext } from '../../test-contexts';
import {
  DASHBOARD_APP_PATH,
  dashboardAppHtml,
  type FixedReportRow,
  lightningPageWithFrame,
  REPORT_VIEWER_PATH,
  reportViewerHtml,
} from './fixed-analytics-pages';
import { expectPage } from './record-page-expectations';

/**
 * `open` and `expect` of a report and a dashboard against fixed markup as real Lightning serves it: the Lightning
 * page holds an iframe, and the run is read in the iframe's own document. The org's answers are given.
 */
const ORIGIN = 'https://acme.my.salesforce.example';
const REPORT = '00O000000000001AAA';
const DASHBOARD = '01Z000000000001AAA';
const LEAD = '00Q000000000001AAA';
const OTHER = '00Q000000000002AAA';
const location = { file: 'scenario.yaml', line: 3, column: 5 };
const COLUMNS = ['Name', 'Company'];
const ROWS: FixedReportRow[] = [
  // Report cells link records as /lightning/r/{id}/view, here with the 15-character id.
  { id: LEAD.slice(0, 15), cells: ['Jane Doe', 'Acme'] },
  { id: '00Q000000000003AAA', cells: ['John Roe', 'Globex'] },
];

/** The admin's API answers for the report (of this format) and dashboard names. */
const orgWith = (format: string) =>
  ({
    conn: {
      query: async (soql: string) => ({
        records: soql.includes('FROM Report')
          ? [
              {
                Id: REPORT,
                DeveloperName: 'Open_Leads',
                Name: 'Open Leads',
                FolderName: 'Sales Reports',
                Format: format,
              },
            ]
          : [
              {
                Id: DASHBOARD,
                DeveloperName: 'Sales_Pipeline',
                Title: 'Sales Pipeline',
                FolderName: 'Sales Dashboards',
                Type: 'LoggedInUser',
                RunningUser: null,
              },
            ],
      }),
    },
  }) as unknown as OrgConnection;

async function fixedAnalytics(
  browser: Browser,
  report: { rows: FixedReportRow[]; totalRecords?: number; format?: string; notice?: string },
): Promise<{ page: Page; context: StepContext }> {
  const page = await (await newTestContext(browser, { baseURL: ORIGIN })).newPage();
  await page.route(`${ORIGIN}/lightning/r/Report/*/view`, (route) =>
    route.fulfill({ contentType: 'text/html', body: lightningPageWithFrame('report', REPORT) }),
  );
  await page.route(`${ORIGIN}${REPORT_VIEWER_PATH}?*`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: reportViewerHtml(COLUMNS, report.rows, report.totalRecords, report.notice),
    }),
  );
  await page.route(`${ORIGIN}/lightning/r/Dashboard/*/view`, (route) =>
    route.fulfill({ contentType: 'text/html', body: lightningPageWithFrame('dashboard', DASHBOARD) }),
  );
  await page.route(`${ORIGIN}${DASHBOARD_APP_PATH}?*`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: dashboardAppHtml({ 'Open Leads': '12', 'Pipeline by Stage': 'Prospecting 3' }),
    }),
  );
  page.setDefaultTimeout(5_000);
  const context: StepContext = {
    page,
    org: orgWith(report.format ?? 'Tabular'),
    persona: {
      name: 'rep',
      user: { id: '005000000000001AAA', username: 'rep@acme.example', name: 'Riley Rep' },
    },
    records: new Map([
      ['lead', { sobject: 'Lead', id: LEAD }],
      ['other', { sobject: 'Lead', id: OTHER }],
    ]),
    explainField: async () => undefined,
    explainRecord: async () => 'no read access to Lead',
    predictPage: async () => {
      throw new Error('no record page in these tests');
    },
  };
  return { page, context };
}

const openReport: Step = { kind: 'open', title: 'open', location, report: 'Open_Leads' };
const openDashboard: Step = { kind: 'open', title: 'open', location, dashboard: 'Sales_Pipeline' };
const reportOn = (checks: Partial<ReportExpectation>): Step =>
  expectPage({
    report: { includes: [], excludes: [], columns: {}, values: {}, columnsAbsent: [], ...checks },
  });
const dashboardOn = (checks: DashboardExpectation): Step => expectPage({ dashboard: checks });

test('a report is read in its Report Viewer frame: rows, record links by id and values', async ({
  browser,
}) => {
  const { context } = await fixedAnalytics(browser, { rows: ROWS, totalRecords: 2 });
  await runStep(openReport, context);
  await runStep(
    reportOn({
      includes: ['lead'],
      excludes: ['other'],
      rows: { exactly: 2 },
      values: { lead: { Company: 'Acme' } },
      columns: { Name: ['Jane Doe', 'John Roe'] },
    }),
    context,
  );
  const wrong = await failure(runStep(reportOn({ excludes: ['lead'] }), context));
  expect(wrong.message).toContain(
    'Persona "rep" (Riley Rep, rep@acme.example) on report "Open Leads" (Open_Leads, folder Sales Reports):',
  );
  expect(wrong.message).toContain(`Lead ${LEAD} (data "lead"): expected not in the report, but it is`);
});

test('a report whose Total Records cannot be read is not complete: absence and counts fail saying why', async ({
  browser,
}) => {
  const { context } = await fixedAnalytics(browser, { rows: ROWS });
  await runStep(openReport, context);
  const error = await failure(
    runStep(
      reportOn({ excludes: ['other'], rows: { exactly: 2 }, columns: { Company: ['Acme', 'Globex'] } }),
      context,
    ),
  );
  expect(error.name).toBe('ExpectationError');
  expect(error.message).toContain(
    'Persona "rep" (Riley Rep, rep@acme.example) on report "Open Leads" (Open_Leads, folder Sales Reports):',
  );
  expect(error.message).toContain(
    `Lead ${OTHER} (data "other"): expected not in the report, but its absence cannot be proven: the report's "Total Records" could not be read`,
  );
  expect(error.message).toContain('rows: expected 2, but it has 2+');
  expect(error.message).toContain('column "Company": its values cannot be proven complete');
  expect(error.message).toContain('; the 2 row(s) shown may be only part of the report');
  // What the rows shown prove holds without the count: the record is there, and there are at least that many.
  await runStep(
    reportOn({ includes: ['lead'], rows: { atLeast: 2 }, values: { lead: { Company: 'Acme' } } }),
    context,
  );
});

test('a report that shows its rows ran: an alert beside them is not read as the run refused', async ({
  browser,
}) => {
  const notice = '<div role="alert">This report has unsaved filter changes.</div>';
  const { context } = await fixedAnalytics(browser, { rows: ROWS, totalRecords: 2, notice });
  await runStep(openReport, context);
  await runStep(reportOn({ includes: ['lead'], rows: { exactly: 2 } }), context);
});

test('a grouped report is counted from its Total Records; checks that read its rows are refused, saying why', async ({
  browser,
}) => {
  // The grid looks like a tabular one: only the org's Report.Format tells that its rows are not all records.
  const { context } = await fixedAnalytics(browser, { rows: ROWS, totalRecords: 2, format: 'Matrix' });
  await runStep(openReport, context);
  await runStep(reportOn({ rows: { exactly: 2 } }), context);
  const refused = await failure(
    runStep(
      reportOn({ includes: ['lead'], excludes: ['other'], values: { lead: { Company: 'Acme' } } }),
      context,
    ),
  );
  expect(refused.name).toBe('ExpectationError');
  expect(refused.message).toContain(
    'Persona "rep" (Riley Rep, rep@acme.example) on report "Open Leads" (Open_Leads, folder Sales Reports):',
  );
  expect(refused.message).toContain(
    'includes, excludes, values: cannot be read from this report — it is a matrix report (rows and columns grouped) (Report.Format Matrix).',
  );

  const uncounted = await fixedAnalytics(browser, { rows: ROWS, format: 'Summary' });
  await runStep(openReport, uncounted.context);
  const error = await failure(runStep(reportOn({ rows: { atLeast: 1 } }), uncounted.context));
  expect(error.message).toContain(
    'rows: cannot be counted — the report\'s "Total Records" could not be read',
  );
  expect(error.message).toContain(
    'and the rows of a summary report (rows grouped, with subtotals) (Report.Format Summary) are not all records',
  );
});

test('a dashboard is read in its dashboard frame', async ({ browser }) => {
  const { context } = await fixedAnalytics(browser, { rows: ROWS, totalRecords: 2 });
  // Everything here happens: a loaded machine gets the time a run gives, not the short wait of the failing cases.
  context.page.setDefaultTimeout(30_000);
  await runStep(openDashboard, context);
  await runStep(dashboardOn({ 'Open Leads': '12' }), context);
  const wrong = await failure(runStep(dashboardOn({ 'Open Leads': '3' }), context));
  expect(wrong.message).toContain('component "Open Leads": expected "3", but it shows "12"');
});

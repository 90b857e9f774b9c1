import { expect, test } from '@playwright/test';
import type { OrgConnection } from '../../../fixtures';
import { whyNotInReport } from '../../../runner/steps/why-not-in-report';

/**
 * The report verdict over Analytics REST API answers shaped as a real org gives them (standard report types name
 * standard columns STAGE_NAME, CLOSE_DATE): the parts the emulator's reports do not have — report types that
 * require related records, date filters, "team" scopes.
 */
const DEAL = '006000000000001AAA';
const persona = { id: '005000000000001AAA', name: 'Ava Chen' };

function orgAnswering(
  metadata: Record<string, unknown>,
  // 'cut': the run answers only its first 2,000 rows (allData false), and the record is not among them.
  listed: (body: { reportFilters: unknown[]; crossFilters: unknown[] }) => boolean | 'cut',
) {
  const runs: unknown[] = [];
  const row = {
    dataCells: [
      { label: 'Renewal', value: DEAL },
      { label: 'Prospecting', value: 'Prospecting' },
    ],
  };
  const otherRow = { dataCells: [{ label: 'Another', value: '006000000000002AAA' }, row.dataCells[1]] };
  const conn = {
    version: '62.0',
    request: async () => ({
      reportMetadata: { detailColumns: ['OPPORTUNITY_NAME', 'STAGE_NAME'], reportFilters: [], ...metadata },
      reportExtendedMetadata: {
        detailColumnInfo: { OPPORTUNITY_NAME: { label: 'Opportunity Name' }, STAGE_NAME: { label: 'Stage' } },
      },
      reportTypeMetadata: { categories: [{ columns: { CLOSE_DATE: { label: 'Close Date' } } }] },
    }),
    requestPost: async (
      _url: string,
      body: { reportMetadata: { reportFilters: unknown[]; crossFilters: unknown[] } },
    ) => {
      runs.push(body.reportMetadata);
      const answer = listed(body.reportMetadata);
      if (answer === 'cut') return { allData: false, factMap: { 'T!T': { rows: [otherRow] } } };
      return { allData: true, factMap: { 'T!T': { rows: answer ? [row] : [] } } };
    },
  };
  return { org: { conn } as unknown as OrgConnection, runs };
}

const record = { sobject: 'Opportunity', id: DEAL };

test('a record even an unfiltered run leaves out is left out by the report type or its date filter', async () => {
  const { org, runs } = orgAnswering(
    {
      reportType: { label: 'Opportunities with Products' },
      standardDateFilter: { column: 'CLOSE_DATE', durationValue: 'THIS_FISCAL_QUARTER' },
    },
    () => false,
  );
  expect(await whyNotInReport(org, record, '00O000000000001AAA', persona)).toEqual({
    leftOutBy:
      'the report\'s type "Opportunities with Products" or its date filter on Close Date (THIS_FISCAL_QUARTER) leaves it out: run as the admin through the API with no filter, it does not list it (a report type can require related records)',
  });
  expect(runs).toEqual([expect.objectContaining({ reportFilters: [], scope: 'organization' })]);
});

test('filters that each keep the record, in an all-records scope, keep it: the report shown disagrees', async () => {
  const filter = { column: 'STAGE_NAME', operator: 'notEqual', value: 'Closed Won' };
  const { org, runs } = orgAnswering({ reportFilters: [filter], scope: 'organization' }, () => true);
  expect(await whyNotInReport(org, record, '00O000000000001AAA', persona)).toEqual({
    keptBy:
      'the report\'s scope "organization" and its filter Stage not equal to Closed Won (the record\'s Stage is Prospecting) keep it (tried on the record through the API)',
  });
  // One run with no filter, then one with each filter alone.
  expect(runs).toEqual([
    expect.objectContaining({ reportFilters: [] }),
    expect.objectContaining({ reportFilters: [filter], reportBooleanFilter: null }),
  ]);
});

test('a cross filter that leaves the record out is named; the other filters are run without it', async () => {
  const { org, runs } = orgAnswering(
    { crossFilters: [{ includesObject: true, relatedEntity: 'Opportunities', criteria: [] }] },
    (body) => body.crossFilters.length === 0,
  );
  expect(await whyNotInReport(org, record, '00O000000000001AAA', persona)).toEqual({
    leftOutBy: "the report's cross filter with Opportunities leaves it out",
  });
  expect(runs).toEqual([
    expect.objectContaining({ crossFilters: [] }),
    expect.objectContaining({ crossFilters: [expect.objectContaining({ relatedEntity: 'Opportunities' })] }),
  ]);
});

test('a scope that cannot be tried on the record is named as what may leave it out', async () => {
  const { org } = orgAnswering({ scope: 'team' }, () => true);
  expect(await whyNotInReport(org, record, '00O000000000001AAA', persona)).toEqual({
    leftOutBy:
      'the report\'s scope "team", which cannot be tried on the record through the API, may leave it out',
  });
});

test('a run cut at 2,000 rows without the record proves nothing: what may leave it out is named as such', async () => {
  const filter = { column: 'STAGE_NAME', operator: 'notEqual', value: 'Closed Won' };
  const everyRunCut = orgAnswering({ reportFilters: [filter] }, () => 'cut');
  expect(await whyNotInReport(everyRunCut.org, record, '00O000000000001AAA', persona)).toEqual({
    leftOutBy:
      "the report's filters or scope may leave it out, or its type: which cannot be read, as a run with no filter has more rows than the API answers (2,000 detail rows, allData false)",
  });
  const filteredRunCut = orgAnswering({ reportFilters: [filter] }, (body) =>
    body.reportFilters.length === 0 ? true : 'cut',
  );
  expect(await whyNotInReport(filteredRunCut.org, record, '00O000000000001AAA', persona)).toEqual({
    leftOutBy:
      "the report's filter Stage not equal to Closed Won (the record's Stage is Prospecting) may leave it out: a run with it alone has more rows than the API answers (2,000 detail rows, allData false)",
  });
});

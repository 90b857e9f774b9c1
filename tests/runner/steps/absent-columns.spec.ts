import { expect, test } from '@playwright/test';
import type { OrgConnection } from '../../../fixtures';
import type { ReportRunShown } from '../../../pages/report-page';
import type { StepContext } from '../../../runner/steps';
import { describedColumns } from '../../../runner/steps/why-column-missing';
import { shownColumnProblems } from '../../../runner/steps/why-column-shown';

/** A column's absence is concluded only from a run read across its whole width, with the admin's describe at hand. */
const REPORT = '00O000000000001AAA';
const run = (columns: string[], allColumns: boolean): Extract<ReportRunShown, { ok: true }> => ({
  ok: true,
  title: 'Lead Attribution',
  totalRecords: 0,
  columns,
  allColumns,
  rows: [],
});
const context = {
  org: {
    conn: {
      version: '62.0',
      request: async () => ({
        reportMetadata: { detailColumns: ['Lead.Name', 'Lead.Internal_Revenue__c'] },
        reportExtendedMetadata: {
          detailColumnInfo: {
            'Lead.Name': { label: 'Name' },
            'Lead.Internal_Revenue__c': { label: 'Internal Revenue' },
          },
        },
      }),
    },
  } as unknown as OrgConnection,
  explainField: async () => undefined,
} as unknown as StepContext;

test('a column not among those read holds as absent only when the grid was read to its right edge', async () => {
  expect(
    await shownColumnProblems(
      ['Internal Revenue'],
      run(['Name'], true),
      describedColumns(context.org, REPORT),
      context,
    ),
  ).toEqual([]);
  expect(
    await shownColumnProblems(
      ['Internal Revenue'],
      run(['Name'], false),
      describedColumns(context.org, REPORT),
      context,
    ),
  ).toEqual([
    'column "Internal Revenue": expected absent, but its absence cannot be proven: the grid, which renders only the columns in view, could not be read to its right edge (its rows carry no place to merge what each scroll position shows) (columns read: Name)',
  ]);
});

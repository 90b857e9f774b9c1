import { expect, test } from '@playwright/test';
import { expectLoadError, loadOne, validScenario } from './scenario-files';

/** The valid scenario (the sdr, a lead) with these steps, each a `  - …` line from line 11 on. */
const withSteps = (...steps: string[]) => [...validScenario().slice(0, 10), ...steps];

test('field checks after a report was opened name the step that opened it', () => {
  expectLoadError(withSteps('  - open: { report: Open_Leads }', '  - expect:', '      hidden: [Rating]'), {
    at: '13:15',
    path: 'steps[1].expect.hidden',
    says: [
      '"hidden" checks a record page, but steps[0] opened report Open_Leads',
      '- open: { record: lead }',
    ],
  });
});

test('a list check after a record was opened says what to open instead', () => {
  expectLoadError(
    withSteps('  - open: { record: lead }', '  - expect:', '      list: { includes: [lead] }'),
    {
      at: '13:13',
      path: 'steps[1].expect.list',
      says: ['Nothing to check "list" on: steps[0] opened record "lead"', 'open: { object: Lead, listView:'],
    },
  );
});

test('a report check after a list view was opened is refused; a list check after a tab is not', () => {
  expectLoadError(
    withSteps('  - open: { object: Lead, listView: MyOpenLeads }', '  - expect: { report: { rows: 0 } }'),
    {
      at: '12:23',
      path: 'steps[1].expect.report',
      says: ['Nothing to check "report" on: steps[0] opened list view MyOpenLeads', 'open: { report:'],
    },
  );
  const tab = loadOne(withSteps('  - open: { tab: Leads }', '  - expect: { list: { includes: [lead] } }'));
  expect(tab.errors).toEqual([]);
});

test('a record and its related list serve both field and list checks', () => {
  const { errors } = loadOne(
    withSteps(
      '  - open: { record: lead, relatedList: Activities }',
      '  - expect: { visible: [Status], list: { rows: 0 } }',
    ),
  );
  expect(errors).toEqual([]);
});

test('list, report and dashboard in one expect step are refused at the second', () => {
  expectLoadError(
    withSteps(
      '  - open: { object: Lead, listView: MyOpenLeads }',
      '  - expect:',
      '      list: { includes: [lead] }',
      '      report: { rows: 3 }',
    ),
    {
      at: '14:15',
      path: 'steps[1].expect.report',
      says: ['"list" and "report" in one expect step', 'open: { report: Open_Pipeline }'],
    },
  );
});

test('an edit after a create that was expected to be refused has no record to edit', () => {
  expectLoadError(
    withSteps(
      '  - create: { sobject: Lead, fields: { LastName: Doe }, expectError: Company }',
      '  - edit: { fields: { Rating: Warm } }',
    ),
    {
      at: '12:5',
      path: 'steps[1]',
      says: [
        "steps[0]'s New form was refused as expected, so no record was opened",
        '- open: { record: lead }',
      ],
    },
  );
});

test('a created record is the opened one; Items to Approve leaves it', () => {
  expect(
    loadOne(
      withSteps(
        '  - create: { sobject: Lead, fields: { LastName: Doe, Company: Acme }, record: made }',
        '  - expect: { visible: [Status] }',
      ),
    ).errors,
  ).toEqual([]);
  expectLoadError(
    withSteps(
      '  - open: { record: lead }',
      '  - itemsToApprove: { includes: [lead] }',
      '  - expect: { visible: [Status] }',
    ),
    {
      at: '13:5',
      path: 'steps[2]',
      says: ['Expected an open step before this expect step: steps[1] went to Items to Approve'],
    },
  );
});

test('a toast check reads whatever page the last save left', () => {
  const { errors } = loadOne(
    withSteps(
      '  - create: { sobject: Lead, fields: { LastName: Doe }, expectError: Company }',
      '  - expect: { toast: { error: Company } }',
    ),
  );
  expect(errors).toEqual([]);
});

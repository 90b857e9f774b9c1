import { expect, test } from '@playwright/test';
import { expectOneError, loadOne, validScenario } from './scenario-files';

// The YAML of `open` targets and of the list, report and dashboard expectations: the model each gives, and
// the error (file:line:column, path, what to write) for each mistake.
const withSteps = (...lines: string[]) => loadOne([...validScenario().slice(0, 11), ...lines]);

test('each open target loads as its own step, with a title naming it', () => {
  const { scenarios, errors } = withSteps(
    '  - open: { object: Lead, listView: SDR_Queue }',
    '  - open: { object: Lead }',
    '  - open: { report: All_Open_Leads }',
    '  - open: { dashboard: Sales_Pipeline }',
    '  - open: { tab: Leads }',
    '  - open: { record: lead, relatedList: Activity History }',
    '  - open: { relatedList: Open Activities }',
  );
  expect(errors).toEqual([]);
  expect(scenarios[0]?.steps.slice(1).map((step) => step.title)).toEqual([
    'open list view Lead SDR_Queue',
    'open Lead home',
    'open report All_Open_Leads',
    'open dashboard Sales_Pipeline',
    'open tab "Leads"',
    'open record "lead", related list Activity History',
    'open related list "Open Activities"',
  ]);
  expect(scenarios[0]?.steps[1]).toMatchObject({ kind: 'open', object: 'Lead', listView: 'SDR_Queue' });
});

test('an open step with nothing, or two things, to open says what it takes', () => {
  const none = withSteps('  - open: {}');
  expectOneError(none.errors, {
    file: none.file,
    line: 12,
    column: 11,
    path: 'steps[1].open',
    says: ['Expected one thing to open', 'object with listView', 'open: { report: Open_Pipeline }'],
  });
  const two = withSteps('  - open: { report: Open_Pipeline, dashboard: Sales_Pipeline }');
  expect(two.errors[0]?.message).toContain(
    'Expected one thing to open, but got report and dashboard. Give each its own open step.',
  );
  const viewAlone = withSteps('  - open: { listView: SDR_Queue }');
  expect(viewAlone.errors[0]?.message).toContain(
    'a list view needs its object: open: { object: Lead, listView: SDR_Queue }',
  );
  const label = withSteps('  - open: { report: All Open Leads }');
  expect(label.errors[0]).toMatchObject({ path: 'steps[1].open.report' });
  expect(label.errors[0]?.message).toContain(
    "Expected the report's developer name (e.g. Open_Pipeline), not a label",
  );
});

test('list, report and dashboard expectations load with their defaults; bad shapes name the key and an example', () => {
  const { scenarios, errors } = withSteps(
    '  - open: { object: Lead, listView: SDR_Queue }',
    '  - expect: { list: { includes: [lead], rows: 3 } }',
    '  - open: { report: All_Open_Leads }',
    '  - expect: { report: { rows: { atLeast: 1 }, values: { lead: { Lead Source: Web } } } }',
    '  - open: { dashboard: Sales_Pipeline }',
    '  - expect: { dashboard: { My Open Leads: 0 } }',
  );
  expect(errors).toEqual([]);
  const [, , list, , report, , dashboard] = scenarios[0]?.steps ?? [];
  expect(list).toMatchObject({ list: { includes: ['lead'], excludes: [], rows: { exactly: 3 } } });
  expect(list?.title).toBe('expect list includes lead; rows 3');
  expect(report).toMatchObject({
    report: { includes: [], rows: { atLeast: 1 }, columns: {}, values: { lead: { 'Lead Source': 'Web' } } },
  });
  expect(dashboard).toMatchObject({ dashboard: { 'My Open Leads': '0' } });
  expect(dashboard?.title).toBe('expect dashboard My Open Leads = "0"');

  const rows = withSteps('  - expect: { list: { rows: some } }');
  expect(rows.errors[0]).toMatchObject({ path: 'steps[1].expect.list.rows' });
  expect(rows.errors[0]?.message).toContain(
    'Expected a row count: a number (rows: 3) or bounds (rows: { atLeast: 1 })',
  );
  const empty = withSteps('  - expect: { list: {} }');
  expect(empty.errors[0]?.message).toContain('Expected includes, excludes or rows.');
  const unknownKey = withSteps('  - expect: { report: { include: [lead] } }');
  expect(unknownKey.errors[0]?.message).toContain('Did you mean "includes"?');
  const unknownRecord = withSteps(
    '  - open: { object: Lead, listView: SDR_Queue }',
    '  - expect: { list: { includes: [leed] } }',
  );
  expect(unknownRecord.errors[0]).toMatchObject({ path: 'steps[2].expect.list.includes[0]' });
  expect(unknownRecord.errors[0]?.message).toContain('no data record "leed"');
});

test('a report expectation lists columns it must not show; one also expected to show values is refused where it is listed absent', () => {
  const { scenarios, errors } = withSteps(
    '  - open: { report: Lead_Attribution }',
    '  - expect: { report: { includes: [lead], columnsAbsent: [Internal Revenue, Annual Revenue] } }',
  );
  expect(errors).toEqual([]);
  const report = scenarios[0]?.steps[2];
  expect(report).toMatchObject({
    report: { includes: ['lead'], columnsAbsent: ['Internal Revenue', 'Annual Revenue'] },
  });
  expect(report?.title).toBe(
    'expect report includes lead; no column Internal Revenue; no column Annual Revenue',
  );
  const alone = withSteps(
    '  - open: { report: Lead_Attribution }',
    '  - expect: { report: { columnsAbsent: [Internal Revenue] } }',
  );
  expect(alone.errors).toEqual([]);
  expect(alone.scenarios[0]?.steps[2]).toMatchObject({
    report: { includes: [], columns: {}, columnsAbsent: ['Internal Revenue'] },
  });

  const inValues = withSteps(
    '  - open: { report: Lead_Attribution }',
    '  - expect:',
    '      report:',
    '        values: { lead: { Internal Revenue: 25000 } }',
    '        columnsAbsent: [Lead Score, Internal Revenue]',
  );
  expectOneError(inValues.errors, {
    file: inValues.file,
    line: 16,
    column: 37,
    path: 'steps[2].expect.report.columnsAbsent[1]',
    says: [
      `column "Internal Revenue" is expected both in lead's values and in columnsAbsent, so the check could never pass. Keep it in only one of them.`,
    ],
  });
  const inColumns = withSteps(
    '  - open: { report: Lead_Attribution }',
    '  - expect: { report: { columns: { Company: [Acme] }, columnsAbsent: [Company] } }',
  );
  expect(inColumns.errors.map((error) => [error.path, error.message])).toEqual([
    [
      'steps[2].expect.report.columnsAbsent[0]',
      'column "Company" is expected both in columns and in columnsAbsent, so the check could never pass. Keep it in only one of them.',
    ],
  ]);
  const notAList = withSteps(
    '  - open: { report: Lead_Attribution }',
    '  - expect: { report: { columnsAbsent: { Internal Revenue: true } } }',
  );
  expect(notAList.errors[0]).toMatchObject({ path: 'steps[2].expect.report.columnsAbsent' });
  expect(notAList.errors[0]?.message).toContain('Expected a list of column labels, but got');
  expect(notAList.errors[0]?.message).toContain('write columnsAbsent: [Internal Revenue]');
});

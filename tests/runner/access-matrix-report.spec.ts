import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import { wrapLines } from '../../fixtures/wrapped-lines';
import AccessMatrixReporter from '../../runner/reporters/access-matrix-reporter';
import {
  MATRIX_COLUMN_ATTACHMENT,
  type MatrixColumn,
  matrixAnnotations,
} from '../../runner/reporters/access-matrix-table';
import { printedDuring } from './console-output';

/** The run's table of a matrix scenario, joined from its persona tests as Playwright reports them. */
type Level = 'hidden' | 'read' | 'edit';
/** The matrix's personas in the order its table names them. */
const ORDER = ['finance', 'ae', 'csm', 'sdr'];

function columnTest(
  persona: string,
  expected: Record<string, Level>,
  seen?: Record<string, Level>,
  error?: string,
): [TestCase, TestResult] {
  const annotations = matrixAnnotations({
    persona: { name: persona },
    steps: [
      {
        kind: 'fieldAccess',
        matrix: 'account-fields',
        record: 'account',
        expected,
        personas: ORDER,
      } as never,
    ],
  });
  const column: MatrixColumn | undefined = seen && {
    matrix: 'account-fields',
    persona,
    record: 'Account 001A',
    cells: Object.entries(expected).map(([field, level]) => ({
      field,
      expected: level,
      seen: seen[field],
      why:
        seen[field] === 'hidden'
          ? 'not on the page; field-level security hides it'
          : 'the Edit form has an input for it',
    })),
  };
  const result = {
    status: error || column?.cells.some((cell) => cell.seen !== cell.expected) ? 'failed' : 'passed',
    startTime: new Date('2026-11-30T06:00:00Z'),
    duration: 1500,
    error: error ? { message: error } : undefined,
    attachments: column
      ? [
          {
            name: MATRIX_COLUMN_ATTACHMENT,
            contentType: 'application/json',
            body: Buffer.from(JSON.stringify(column)),
          },
        ]
      : [],
  } as unknown as TestResult;
  const testCase = {
    title: 'account-fields — Who sees the credit limit',
    location: { file: 'runner/scenarios.spec.ts', line: 1, column: 1 },
    annotations,
  } as unknown as TestCase;
  return [testCase, result];
}

function report(tests: [TestCase, TestResult][]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-matrix-'));
  const reporter = new AccessMatrixReporter({
    outputDir: path.join(dir, 'access-matrix'),
    allureResultsDir: path.join(dir, 'allure-results'),
  });
  for (const [testCase, result] of tests) reporter.onTestEnd(testCase, result);
  const printed = printedDuring(() => reporter.onEnd({ status: 'failed' } as FullResult));
  const allureDir = path.join(dir, 'allure-results');
  const results = readdirSync(allureDir).filter((name) => name.endsWith('-result.json'));
  const allure = results.map((name) => JSON.parse(readFileSync(path.join(allureDir, name), 'utf8')));
  const attachment = (name: string) => readFileSync(path.join(allureDir, name), 'utf8');
  return { terminal: printed.join('\n'), allure, attachment, dir };
}

test('columns from separate persona tests make one table: expected, ✓ or ✘ with what was seen, and why', () => {
  // The csm's test ends first; the table keeps the matrix's column order.
  const { terminal, allure, attachment, dir } = report([
    columnTest(
      'csm',
      { Credit_Limit__c: 'hidden', AnnualRevenue: 'read' },
      { Credit_Limit__c: 'edit', AnnualRevenue: 'read' },
    ),
    columnTest(
      'finance',
      { Credit_Limit__c: 'edit', AnnualRevenue: 'read' },
      { Credit_Limit__c: 'edit', AnnualRevenue: 'read' },
    ),
  ]);
  expect(terminal).toContain('access matrix account-fields: differences found');
  expect(terminal).toContain(
    [
      '| field           | finance | csm           |',
      '|-----------------|---------|---------------|',
      '| Credit_Limit__c | edit ✓  | hidden ✘ edit |',
      '| AnnualRevenue   | read ✓  | read ✓        |',
    ].join('\n'),
  );
  expect(terminal).toContain(
    '✘ csm · Credit_Limit__c: expected hidden, seen edit — the Edit form has an input for it',
  );

  expect(allure).toHaveLength(1);
  expect(allure[0]).toMatchObject({
    name: 'access matrix account-fields',
    status: 'failed',
    labels: expect.arrayContaining([{ name: 'suite', value: 'access matrices' }]),
  });
  const html = attachment(allure[0].attachments[0].source);
  expect(html).toContain('<th>Credit_Limit__c</th>');
  expect(html).toContain('hidden ✘ edit');
  expect(readFileSync(path.join(dir, 'access-matrix', 'account-fields.md'), 'utf8')).toContain(
    '| Credit_Limit__c | edit ✓  | hidden ✘ edit |',
  );
});

test('a persona test that stopped before reading the page leaves its cells "not checked", never passed', () => {
  const { terminal, allure } = report([
    columnTest('finance', { Credit_Limit__c: 'edit' }, { Credit_Limit__c: 'edit' }),
    columnTest(
      'sdr',
      { Credit_Limit__c: 'hidden' },
      undefined,
      'LoginAsError: No Login button on Sam Rivera’s user page\nmore',
    ),
  ]);
  expect(terminal).toContain('| Credit_Limit__c | edit ✓  | hidden ? not checked |');
  expect(terminal).toContain(
    'sdr · Credit_Limit__c: expected hidden, not checked — the test stopped before the page was read: LoginAsError: No Login button',
  );
  expect(allure[0]?.status).toBe('broken');
});

test('a stopped persona test gives its cells the first line of its error as written, though the reports wrap it', () => {
  const why = `LoginAsError: No Login button on Sam Rivera’s user page: ${'the profile lacks Login-As '.repeat(4).trim()}`;
  const { terminal } = report([
    columnTest('sdr', { Credit_Limit__c: 'hidden' }, undefined, `${wrapLines(why)}\nmore`),
  ]);
  expect(wrapLines(why)).not.toBe(why);
  expect(terminal).toContain(`the test stopped before the page was read: ${why}\n`);
});

test('a matrix whose every cell holds says so and passes in Allure', () => {
  const { terminal, allure } = report([
    columnTest('finance', { Credit_Limit__c: 'edit' }, { Credit_Limit__c: 'edit' }),
    columnTest('ae', { Credit_Limit__c: 'hidden' }, { Credit_Limit__c: 'hidden' }),
  ]);
  expect(terminal).toContain('access matrix account-fields: every cell holds');
  expect(terminal).not.toContain('✘');
  expect(allure[0]?.status).toBe('passed');
});

test('tests of one-persona scenarios carry no matrix annotation and make no table', () => {
  expect(
    matrixAnnotations({ persona: { name: 'sdr' }, steps: [{ kind: 'open' }, { kind: 'expect' }] }),
  ).toEqual([]);
  const reporter = new AccessMatrixReporter({});
  const printed = printedDuring(() => reporter.onEnd({ status: 'passed' } as FullResult));
  expect(printed).toEqual([]);
});

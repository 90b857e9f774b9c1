import { z } from 'zod';
import type { DashboardExpectation, ReportExpectation, RowCount, ViewExpectations } from '../../model-views';
import { list, mapping, notBothIncludedAndExcluded, onlyIfValidSoFar, referenceName } from '../common';
import { keyedRecord } from '../keyed-record';
import { describeValue } from '../wording';

/** The `list`, `report` and `dashboard` keys of an expect step: what the list, report or dashboard opened shows. */

const count = z
  .int({ error: (issue) => `Expected a whole number of rows, but got ${describeValue(issue.input)}.` })
  .min(0);

export const rowCountSchema = z
  .union(
    [
      count,
      mapping(
        { atLeast: count.optional(), atMost: count.optional() },
        {
          what: 'a row count (a number, or a mapping with atLeast, atMost)',
          example: 'rows: { atLeast: 1 }',
        },
      ).refine((bounds) => bounds.atLeast !== undefined || bounds.atMost !== undefined, {
        error: 'Expected atLeast or atMost, e.g. rows: { atLeast: 1 }',
      }),
    ],
    {
      error: (issue) =>
        `Expected a row count: a number (rows: 3) or bounds (rows: { atLeast: 1 }), but got ${describeValue(issue.input)}.`,
    },
  )
  .transform((rows): RowCount => (typeof rows === 'number' ? { exactly: rows } : rows))
  .optional();

const dataKeys = (key: string) =>
  list(key, referenceName('data key', 'lead'), { what: 'data keys', example: 'lead' });
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const listExpectationSchema = mapping(
  { includes: dataKeys('includes'), excludes: dataKeys('excludes'), rows: rowCountSchema },
  {
    what: 'what the list shows (a mapping with includes, excludes, rows)',
    example: 'list: { includes: [lead], rows: { atLeast: 1 } }',
  },
)
  .refine((step) => step.includes.length + step.excludes.length > 0 || step.rows !== undefined, {
    error: 'Expected includes, excludes or rows. For example: list: { includes: [lead] }',
    ...onlyIfValidSoFar,
  })
  .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar);

export const reportExpectationSchema = mapping(
  {
    includes: dataKeys('includes'),
    excludes: dataKeys('excludes'),
    rows: rowCountSchema,
    columns: keyedRecord(
      z.string().min(1),
      z.array(text, { error: "Expected the column's values as a list, e.g. Company: [Acme, Globex]" }),
      {
        error: (issue) =>
          issue.input === undefined
            ? undefined
            : `Expected column labels mapped to their values, but got ${describeValue(issue.input)}. For example: columns: { Company: [Acme] }`,
      },
    )
      .nullish()
      .transform((columns) => columns ?? {}),
    // The row of a test record: column label → the text it shows there.
    values: keyedRecord(referenceName('data key', 'lead'), keyedRecord(z.string().min(1), text), {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `Expected data keys mapped to column labels and the text each shows, but got ${describeValue(issue.input)}. ` +
            'For example: values: { lead: { Lead Source: Web } }',
    })
      .nullish()
      .transform((values) => values ?? {}),
    columnsAbsent: list('columnsAbsent', z.string().min(1), {
      what: 'column labels',
      example: 'Internal Revenue',
    }),
  },
  {
    what: 'what the report shows (a mapping with includes, excludes, rows, columns, values, columnsAbsent)',
    example: 'report: { rows: 0 }',
  },
)
  .refine(
    (step) =>
      step.includes.length +
        step.excludes.length +
        Object.keys(step.columns).length +
        Object.keys(step.values).length +
        step.columnsAbsent.length >
        0 || step.rows !== undefined,
    {
      error:
        'Expected includes, excludes, rows, columns, values or columnsAbsent. For example: report: { rows: 0 }',
      ...onlyIfValidSoFar,
    },
  )
  .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar)
  .superRefine(notBothShownAndAbsent, onlyIfValidSoFar);

/** A column expected to show values (columns, values) and also expected absent could never pass. */
function notBothShownAndAbsent(
  report: Pick<ReportExpectation, 'columns' | 'values' | 'columnsAbsent'>,
  context: z.RefinementCtx,
): void {
  const shown = new Map<string, string>(Object.keys(report.columns).map((column) => [column, 'columns']));
  for (const [key, cells] of Object.entries(report.values))
    for (const column of Object.keys(cells)) if (!shown.has(column)) shown.set(column, `${key}'s values`);
  report.columnsAbsent.forEach((column, index) => {
    const where = shown.get(column);
    if (!where) return;
    context.addIssue({
      code: 'custom',
      path: ['columnsAbsent', index],
      input: column,
      message: `column "${column}" is expected both in ${where} and in columnsAbsent, so the check could never pass. Keep it in only one of them.`,
    });
  });
}

export const dashboardExpectationSchema = keyedRecord(z.string().min(1), text, {
  error: (issue) =>
    issue.input === undefined
      ? undefined
      : `Expected component titles mapped to the value each shows, but got ${describeValue(issue.input)}. ` +
        'For example: dashboard: { Open Pipeline: "$415,000.00" }',
}).refine((components) => Object.keys(components).length > 0, {
  error: 'Expected at least one component. For example: dashboard: { Open Leads: 3 }',
});

export const viewExpectationShape = {
  list: listExpectationSchema.optional(),
  report: reportExpectationSchema.optional(),
  dashboard: dashboardExpectationSchema.optional() as z.ZodOptional<z.ZodType<DashboardExpectation>>,
};

export function hasViewExpectations(step: ViewExpectations): boolean {
  return step.list !== undefined || step.report !== undefined || step.dashboard !== undefined;
}

function rowsTitle(rows: RowCount | undefined): string[] {
  if (!rows) return [];
  if ('exactly' in rows) return [`rows ${rows.exactly}`];
  return [
    rows.atLeast !== undefined ? `at least ${rows.atLeast} rows` : '',
    rows.atMost !== undefined ? `at most ${rows.atMost} rows` : '',
  ].filter(Boolean);
}

/** e.g. ['list includes lead; rows 3', 'dashboard Open Leads = "3"'] */
export function viewExpectationTitles(step: ViewExpectations): string[] {
  const parts: string[] = [];
  for (const [name, expected] of [
    ['list', step.list],
    ['report', step.report],
  ] as const) {
    if (!expected) continue;
    const items = [
      expected.includes.length > 0 ? `includes ${expected.includes.join(', ')}` : '',
      expected.excludes.length > 0 ? `excludes ${expected.excludes.join(', ')}` : '',
      ...rowsTitle(expected.rows),
      ...('columns' in expected ? Object.keys(expected.columns).map((column) => `column ${column}`) : []),
      ...('values' in expected ? Object.keys(expected.values).map((key) => `${key}'s row`) : []),
      ...('columnsAbsent' in expected ? expected.columnsAbsent.map((column) => `no column ${column}`) : []),
    ].filter(Boolean);
    parts.push(`${name} ${items.join('; ')}`);
  }
  if (step.dashboard) {
    parts.push(
      `dashboard ${Object.entries(step.dashboard)
        .map(([title, value]) => `${title} = "${value}"`)
        .join(', ')}`,
    );
  }
  return parts;
}

import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { unwrapLines } from '../../fixtures/wrapped-lines';
import {
  htmlTable,
  MATRIX_ANNOTATION,
  MATRIX_COLUMN_ATTACHMENT,
  type MatrixColumn,
  markdownTable,
  matrixHolds,
  mismatches,
} from './access-matrix-table';

export interface AccessMatrixReporterOptions {
  /** Where each matrix's table is written as HTML and markdown (<dir>/<matrix id>.html, .md). */
  outputDir?: string;
  /** allure-playwright's results directory: each matrix becomes one Allure result with its table attached. */
  allureResultsDir?: string;
  configDir?: string;
}

/** Allure files of a matrix table: a shard's partial table is left out when `persona-ux merge` joins the shards. */
export const ALLURE_FILE_PREFIX = 'access-matrix-';

/**
 * Joins the columns of each matrix scenario — one test per persona, possibly in different workers — into one
 * table of expected vs seen access per field × persona: printed at the end of the run, written as HTML and
 * markdown, and attached to one Allure result per matrix. A column whose test stopped before reading the page
 * (Login-As refused, test data refused) shows its cells as "not checked", never as a pass.
 */
export default class AccessMatrixReporter implements Reporter {
  private readonly columns = new Map<string, Map<string, MatrixColumn>>();
  private readonly started = new Map<string, { start: number; stop: number; title: string; file: string }>();
  private readonly outputDir?: string;
  private readonly allureResultsDir?: string;

  constructor(options: AccessMatrixReporterOptions = {}) {
    const base = options.configDir ?? process.cwd();
    // `persona-ux merge` sets them in the environment (merge-reports takes no reporter options).
    const outputDir = options.outputDir ?? process.env.PERSONA_UX_ACCESS_MATRIX_DIR;
    const allureResultsDir = options.allureResultsDir ?? process.env.PERSONA_UX_ACCESS_MATRIX_ALLURE_DIR;
    if (outputDir) this.outputDir = path.resolve(base, outputDir);
    if (allureResultsDir) this.allureResultsDir = path.resolve(base, allureResultsDir);
  }

  /** It prints the tables at the end of the run (nothing when the run had no matrix). */
  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const declared = test.annotations.find((annotation) => annotation.type === MATRIX_ANNOTATION);
    if (!declared?.description) return;
    const expected = JSON.parse(declared.description) as MatrixColumn;
    const attached = result.attachments.find((attachment) => attachment.name === MATRIX_COLUMN_ATTACHMENT);
    const seen = attached?.body ? (JSON.parse(attached.body.toString('utf8')) as MatrixColumn) : undefined;
    const column: MatrixColumn = seen
      ? { ...seen, order: expected.order }
      : {
          ...expected,
          cells: expected.cells.map(({ field, expected: level }) => ({
            field,
            expected: level,
            why: `the test stopped before the page was read: ${firstLine(result.error?.message) || result.status}`,
          })),
        };
    const matrix = this.columns.get(expected.matrix) ?? new Map<string, MatrixColumn>();
    matrix.set(expected.persona, column); // the last retry's column wins
    this.columns.set(expected.matrix, matrix);
    const start = result.startTime.getTime();
    const known = this.started.get(expected.matrix);
    this.started.set(expected.matrix, {
      start: Math.min(known?.start ?? start, start),
      stop: Math.max(known?.stop ?? 0, start + result.duration),
      title: test.title,
      file: test.location.file,
    });
  }

  onEnd(_result: FullResult): void {
    if (this.columns.size === 0) return;
    const lines: string[] = [''];
    for (const [id, byPersona] of this.columns) {
      const columns = [...byPersona.values()];
      const holds = matrixHolds(columns);
      lines.push(`access matrix ${id}: ${holds ? 'every cell holds' : 'differences found'}`);
      lines.push(markdownTable(columns));
      for (const line of mismatches(columns)) lines.push(`  ✘ ${line}`);
      this.write(id, columns, holds);
    }
    lines.push('');
    console.log(lines.join('\n'));
  }

  private write(id: string, columns: MatrixColumn[], holds: boolean): void {
    const title = `access matrix ${id}`;
    const html = htmlTable(title, columns);
    if (this.outputDir) {
      mkdirSync(this.outputDir, { recursive: true });
      writeFileSync(path.join(this.outputDir, `${id}.html`), html);
      writeFileSync(
        path.join(this.outputDir, `${id}.md`),
        `# ${title}\n\n${markdownTable(columns)}\n\n${mismatches(columns)
          .map((line) => `- ${line}`)
          .join('\n')}\n`,
      );
    }
    if (this.allureResultsDir) this.writeAllureResult(id, title, columns, holds, html);
  }

  /** One Allure result per matrix (format of allure-js-commons' TestResult), its table attached as HTML. */
  private writeAllureResult(
    id: string,
    title: string,
    columns: MatrixColumn[],
    holds: boolean,
    html: string,
  ) {
    const dir = this.allureResultsDir as string;
    mkdirSync(dir, { recursive: true });
    const source = `${ALLURE_FILE_PREFIX}${randomUUID()}-attachment.html`;
    writeFileSync(path.join(dir, source), html);
    const times = this.started.get(id);
    const notChecked = columns.some((column) => column.cells.some((cell) => !cell.seen));
    const result = {
      uuid: randomUUID(),
      historyId: `access-matrix:${id}`,
      testCaseId: `access-matrix:${id}`,
      fullName: `access-matrix:${id}`,
      name: title,
      status: !holds && !notChecked ? 'failed' : notChecked ? 'broken' : 'passed',
      statusDetails: { message: mismatches(columns).join('\n') },
      stage: 'finished',
      description: `Expected vs seen access per field × persona.\n\n${markdownTable(columns)}`,
      start: times?.start ?? Date.now(),
      stop: times?.stop ?? Date.now(),
      labels: [
        { name: 'parentSuite', value: 'persona-ux' },
        { name: 'suite', value: 'access matrices' },
        { name: 'subSuite', value: id },
        { name: 'scenario', value: id },
      ],
      links: [],
      parameters: [],
      steps: [],
      attachments: [{ name: `${title} (expected vs seen)`, source, type: 'text/html' }],
    };
    writeFileSync(path.join(dir, `${ALLURE_FILE_PREFIX}${result.uuid}-result.json`), JSON.stringify(result));
  }
}

/** The message's first line as it was written, before steps wrapped it for the reports. */
function firstLine(text: string | undefined): string {
  return (
    unwrapLines(stripVTControlCharacters(text ?? ''))
      .split('\n')[0]
      ?.trim() ?? ''
  );
}

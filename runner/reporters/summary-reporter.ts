import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { auditFile, ensureRunId, reportsDir } from '../../config/run-context';
import { explainResult } from './result-explanation';

interface Row {
  scenario: string;
  persona: string;
  status: TestResult['status'];
  seconds: string;
  error?: string;
}

const FAILED = new Set<TestResult['status']>(['failed', 'timedOut']);
const MARK: Record<TestResult['status'], string> = {
  passed: '✓',
  skipped: '✘',
  failed: '✘',
  timedOut: '✘',
  interrupted: '■',
};

/** The short terminal summary of a run: scenario, persona, result, and where the reports are. */
export default class SummaryReporter implements Reporter {
  private readonly rows: Row[] = [];

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    const annotation = (type: string) => test.annotations.find((a) => a.type === type)?.description ?? '?';
    this.rows.push({
      scenario: annotation('scenario'),
      persona: annotation('persona'),
      status: result.status,
      seconds: (result.duration / 1000).toFixed(1),
      error: explainResult(test, result),
    });
  }

  onEnd(result: FullResult): void {
    if (this.rows.length === 0) return; // e.g. --list
    const stopped = this.rows.filter((row) => row.status === 'interrupted').length;
    const failed = this.rows.filter((row) => FAILED.has(row.status)).length;
    const width = Math.max(8, ...this.rows.map((row) => row.scenario.length));
    const personaWidth = Math.max(8, ...this.rows.map((row) => row.persona.length));
    const lines = [
      '',
      `persona-ux: ${this.rows.length} scenario(s), ${this.rows.length - failed - stopped} passed, ${failed} failed` +
        `${stopped > 0 ? `, ${stopped} stopped` : ''} — ${result.status}`,
      ...(process.env.PERSONA_UX_TARGET ? [`target: ${process.env.PERSONA_UX_TARGET}`] : []),
      ...this.rows.map(
        (row) =>
          `  ${MARK[row.status]} ${row.scenario.padEnd(width)}  ${row.persona.padEnd(personaWidth)} ${row.status.padEnd(8)} ${row.seconds}s` +
          (row.error ? `\n      ${row.error}` : ''),
      ),
      'reports:',
      `  html   ${relative(path.join(reportsDir(), 'html', 'index.html'))}`,
      `  junit  ${relative(path.join(reportsDir(), 'junit.xml'))}`,
      `  audit  ${relative(auditFile(ensureRunId()))}`,
      '',
    ];
    console.log(lines.join('\n'));
  }
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { SESSION_MAY_BE_OPEN } from '../../fixtures/log-out-not-proven';
import { unwrapLines, wrapLines } from '../../fixtures/wrapped-lines';
import { WAITING } from './waiting-annotation';

/**
 * What the summary says under a scenario that did not pass: the error's first lines; for a timeout, the step
 * it was in, its limit and how to raise it; for a stopped run, that it was stopped, not failed.
 */
export function explainResult(test: TestCase, result: TestResult): string | undefined {
  const notEnded = (result.errors ?? []).find((error) => saysSessionMayBeOpen(error.message));
  if (result.status === 'interrupted') {
    if (notEnded) {
      return indented(
        `stopped before it finished (the run was stopped), and its Login-As was not proven ended: ${firstLine(notEnded.message)}`,
      );
    }
    return 'stopped before it finished (the run was stopped); its Login-As was ended — not counted as a failure';
  }
  const explained = explainFailure(test, result);
  if (!notEnded || saysSessionMayBeOpen(explained)) return explained;
  return `${explained ? `${explained}\n      ` : ''}${indented(`its Login-As was not proven ended: ${firstLine(notEnded.message)}`)}`;
}

/** Whether a failure says its Login-As may still be open, however its lines were wrapped. */
const saysSessionMayBeOpen = (text = '') =>
  stripVTControlCharacters(text).replace(/\s+/g, ' ').includes(SESSION_MAY_BE_OPEN);

/** Wrapped as the reports wrap failures, each line under the summary's row. */
const indented = (text: string) => wrapLines(text).replace(/\n/g, '\n      ');

/** A scenario that did not pass and was not stopped: its timeout, or its error's first lines. */
function explainFailure(test: TestCase, result: TestResult): string | undefined {
  if (result.status === 'timedOut') {
    const step = lastScenarioStep(result.steps);
    const where = step
      ? ` in step \`${step.title}\`${step.location ? ` (${relative(step.location.file)}:${step.location.line})` : ''}`
      : ' before its first step';
    // The configured limit: the test's own grows by the time it waited for its persona users.
    const limit = (test.parent.project()?.timeout || test.timeout) / 1000;
    const waiting = (result.annotations ?? []).findLast(
      (annotation) => annotation.type === WAITING,
    )?.description;
    return (
      `ran out of time${where}${waiting ? `, waiting for ${waiting}` : ''}: the limit is ${formatSeconds(limit)} per scenario. ` +
      `If the org is just slow, raise it, e.g. --timeout ${Math.ceil(Math.max(limit * 2, 60))} (seconds)` +
      `${waiting ? '; if the page shows what it should not, correct the scenario or the org' : ''}.`
    );
  }
  // Six lines as the message was written; wrapped again as the reports show them.
  const written = unwrapLines(stripVTControlCharacters(result.error?.message ?? ''));
  return indented(written.split('\n').slice(0, 6).join('\n')) || undefined;
}

/** The scenario's step that started last: steps the scenario declares are the test body's own test.steps. */
function lastScenarioStep(steps: readonly TestStep[]): TestStep | undefined {
  return steps
    .filter((step) => step.category === 'test.step')
    .reduce<TestStep | undefined>(
      (last, step) => (!last || step.startTime >= last.startTime ? step : last),
      undefined,
    );
}

/** The first line of a message as written (before wrapping), without the error's name Playwright puts before it. */
const firstLine = (message = '') =>
  unwrapLines(stripVTControlCharacters(message))
    .split('\n')[0]
    .replace(/^LogOutNotProven: /, '');

const formatSeconds = (seconds: number) => `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

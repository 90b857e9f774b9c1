import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  FullConfig,
  FullResult,
  Reporter,
  Suite,
  TestCase,
  TestError,
  TestResult,
} from '@playwright/test/reporter';
import { XMLBuilder } from 'fast-xml-parser';
import { unwrapLines } from '../../fixtures/wrapped-lines';
import { HIDDEN } from './scenario-annotations';

/**
 * Errors that mean "the org did not behave as the scenario expects": JUnit <failure>. Anything else (the org
 * unreachable, test data refused, Login-As impossible, a timeout) is an <error>: the check could not be made.
 */
export const EXPECTATION_ERROR_NAMES = ['ExpectationError'];

/**
 * JUnit XML where a scenario's expectation that did not hold is a <failure>, not an <error>. Playwright's own
 * junit reporter calls a test failed only when the message holds an `expect(…).matcher` call and reports every
 * other thrown error (ours included) as an <error> (packages/playwright/src/reporters/junit.ts,
 * classifyResultError); CI dashboards count those as broken tests rather than failed checks.
 * One <testsuite> per persona (the describe block), one <testcase> per scenario, annotations as properties.
 */
export default class JUnitReporter implements Reporter {
  private suite?: Suite;
  private started = new Date();
  private readonly outputFile: string;

  constructor(options: { outputFile?: string; configDir?: string } = {}) {
    // `persona-ux merge` names it as for Playwright's own junit reporter (merge-reports takes no options).
    const outputFile = options.outputFile ?? process.env.PLAYWRIGHT_JUNIT_OUTPUT_FILE ?? 'junit.xml';
    this.outputFile = path.resolve(options.configDir ?? process.cwd(), outputFile);
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
    this.started = new Date();
  }

  onEnd(result: FullResult): void {
    const groups = new Map<string, TestCase[]>();
    for (const test of this.suite?.allTests() ?? []) {
      const name = suiteName(test);
      groups.set(name, [...(groups.get(name) ?? []), test]);
    }
    const suites = [...groups.entries()].map(([name, tests]) => testSuite(name, tests, this.started));
    const total = (key: 'tests' | 'failures' | 'errors' | 'skipped') =>
      suites.reduce((sum, suite) => sum + suite.counts[key], 0);
    const document = {
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      testsuites: {
        '@_name': 'persona-ux',
        '@_tests': total('tests'),
        '@_failures': total('failures'),
        '@_errors': total('errors'),
        '@_skipped': total('skipped'),
        '@_time': seconds(result.duration),
        testsuite: suites.map((suite) => suite.element),
      },
    };
    const builder = new XMLBuilder({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      cdataPropName: '__cdata',
      format: true,
      suppressEmptyNode: true,
    });
    mkdirSync(path.dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, builder.build(document));
  }
}

type Outcome = 'passed' | 'failure' | 'error' | 'skipped';

/** Whether a test's errors are all expectations that did not hold (Playwright's expect matchers included). */
export function classify(test: Pick<TestCase, 'outcome'>, results: readonly TestResult[]): Outcome {
  const outcome = test.outcome();
  if (outcome === 'skipped') return 'skipped';
  if (outcome === 'expected' || outcome === 'flaky') return 'passed';
  const errors = results.at(-1)?.errors ?? [];
  if (errors.length === 0) return 'error';
  return errors.every(isExpectationFailure) ? 'failure' : 'error';
}

function isExpectationFailure(error: TestError): boolean {
  const message = stripAnsi(error.message ?? error.value ?? '');
  const name = /^(\w+): /.exec(message)?.[1] ?? '';
  return EXPECTATION_ERROR_NAMES.includes(name) || /expect\(.*?\)\.(not\.)?\w+/.test(message);
}

function suiteName(test: TestCase): string {
  const [, , file = '', ...describes] = test.titlePath();
  return describes.slice(0, -1).join(' › ') || file;
}

function testSuite(name: string, tests: TestCase[], started: Date) {
  const counts = { tests: tests.length, failures: 0, errors: 0, skipped: 0 };
  const cases = tests.map((test) => {
    const outcome = classify(test, test.results);
    if (outcome === 'failure') counts.failures++;
    if (outcome === 'error') counts.errors++;
    if (outcome === 'skipped') counts.skipped++;
    return testCase(test, outcome, name);
  });
  const time = tests.reduce((sum, test) => sum + test.results.reduce((s, r) => s + r.duration, 0), 0);
  return {
    counts,
    element: {
      '@_name': name,
      '@_timestamp': started.toISOString(),
      '@_tests': counts.tests,
      '@_failures': counts.failures,
      '@_errors': counts.errors,
      '@_skipped': counts.skipped,
      '@_time': seconds(time),
      testcase: cases,
    },
  };
}

function testCase(test: TestCase, outcome: Outcome, suite: string) {
  const last = test.results.at(-1);
  const element: Record<string, unknown> = {
    '@_name': test.title,
    '@_classname': suite,
    '@_time': seconds(test.results.reduce((sum, result) => sum + result.duration, 0)),
  };
  const annotations = test.annotations.filter((annotation) => !annotation.type.startsWith(HIDDEN));
  if (annotations.length > 0) {
    element.properties = {
      property: annotations.map((annotation) => ({
        '@_name': annotation.type,
        '@_value': xmlSafe(annotation.description ?? ''),
      })),
    };
  }
  if (outcome === 'skipped') element.skipped = '';
  if ((outcome === 'failure' || outcome === 'error') && last) {
    const errors = last.errors.length > 0 ? last.errors : last.error ? [last.error] : [];
    const first = stripAnsi(errors[0]?.message ?? errors[0]?.value ?? `${test.title} ${last.status}`);
    const name = /^(\w+): /.exec(first)?.[1];
    element[outcome] = {
      '@_message': xmlSafe(summary(first.replace(/^\w+: /, ''))),
      '@_type': name ?? (outcome === 'failure' ? 'ExpectationError' : last.status),
      __cdata: cdataSafe(
        errors.map((error) => stripAnsi(error.stack ?? error.message ?? error.value ?? '')).join('\n\n'),
      ),
    };
  }
  const stdout = test.results.flatMap((result) => result.stdout.map(String)).join('');
  const stderr = test.results.flatMap((result) => result.stderr.map(String)).join('');
  if (stdout) element['system-out'] = { __cdata: cdataSafe(stdout) };
  if (stderr) element['system-err'] = { __cdata: cdataSafe(stderr) };
  return element;
}

const MESSAGE_LIMIT = 300;

/**
 * A failure in one line, for CI dashboards that show only the message attribute: its first line, then the
 * problems listed under it ("  - …") joined with "; ", as many as fit in about 300 characters, "(+N more)";
 * lines as written, not as wrapped for the reports.
 */
export function summary(text: string): string {
  const [header = '', ...rest] = unwrapLines(text)
    .split('\n')
    .map((line) => line.trim());
  const problems = rest.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  let message = clip(header, MESSAGE_LIMIT);
  for (const [index, problem] of problems.entries()) {
    const more = problems.length - index - 1;
    const tail = more > 0 ? ` (+${more} more)` : '';
    const joined = `${message}${index === 0 ? ' ' : '; '}${problem}`;
    if (joined.length + tail.length <= MESSAGE_LIMIT) {
      message = joined;
      continue;
    }
    // The first problem is shown, cut, even when it alone is long: the header rarely says what went wrong.
    if (index === 0) {
      const room = MESSAGE_LIMIT - message.length - 1 - tail.length;
      return `${message} ${clip(problem, Math.max(room, 40))}${tail}`;
    }
    return `${message} (+${problems.length - index} more)`;
  }
  return message;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(3);
}

function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** XML 1.0 forbids most control characters, even escaped. */
function xmlSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the characters XML forbids
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** CDATA cannot hold "]]>": split it across two sections' worth of text. */
function cdataSafe(text: string): string {
  return xmlSafe(text).replace(/]]>/g, ']] >');
}

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { stringify } from 'yaml';
import type { OrgDefinition } from '../../emulator';
import { runCli } from '../e2e/cli-run';

export const ROOT = path.join(__dirname, '..', '..');

export interface ScenarioOutcome {
  scenario: string;
  passed: boolean;
  /** The failure's text (JUnit <failure>/<error> body), or the run's own message when it stopped first. */
  message: string;
}

export interface SuiteRun {
  code: number;
  /** One per scenario the run reported, or one per scenario asked for when the run stopped before any ran. */
  outcomes: ScenarioOutcome[];
  /** Tests Playwright ran again (retries); persona-ux runs with none. */
  retries: number;
  output: string;
}

export interface RunOptions {
  /** Scenario files (or directories) to run. */
  inputs: string[];
  /** The org the embedded emulator serves; default: the demo org. */
  org?: OrgDefinition;
  /** Extra `persona-ux run` arguments, e.g. ['--latency', 'jitter']. */
  args?: string[];
  /** The scenario ids the inputs hold: what is red when the run stops before any scenario. */
  scenarioIds: string[];
  /** Extra environment, e.g. SF_* settings for an org other than the embedded emulator. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `persona-ux run` as a user would, against a fresh embedded emulator that keeps no state, with its own
 * reports folder, and reads each scenario's outcome from the JUnit report.
 */
export async function runSuite(options: RunOptions): Promise<SuiteRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-proof-'));
  try {
    const env: NodeJS.ProcessEnv = {
      PERSONA_UX_EMULATOR_DATA: 'off',
      PERSONA_UX_REPORTS_DIR: path.join(dir, 'reports'),
      ...options.env,
    };
    if (options.org) {
      const orgFile = path.join(dir, 'org.yaml');
      writeFileSync(orgFile, stringify(options.org));
      env.PERSONA_UX_ORG = orgFile;
    }
    const run = await runCli(['run', ...options.inputs, ...(options.args ?? [])], { env });
    const { code } = run;
    const output = stripVTControlCharacters(run.output);
    const junit = path.join(dir, 'reports', 'junit.xml');
    const outcomes = existsSync(junit)
      ? readJunit(readFileSync(junit, 'utf8'))
      : options.scenarioIds.map((scenario) => ({ scenario, passed: false, message: runMessage(output) }));
    return { code, outcomes, retries: countRetries(output), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface JunitCase {
  properties?: { property: { '@_name': string; '@_value': string }[] };
  failure?: { __cdata?: string; '@_message'?: string };
  error?: { __cdata?: string; '@_message'?: string };
}

/** Each scenario's outcome from persona-ux's JUnit report (its `scenario` property names it). */
export function readJunit(xml: string): ScenarioOutcome[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    cdataPropName: '__cdata',
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  const doc = parser.parse(xml) as { testsuites?: { testsuite?: { testcase?: JunitCase[] }[] } };
  return (doc.testsuites?.testsuite ?? []).flatMap((suite) =>
    (suite.testcase ?? []).map((testcase) => {
      const scenario =
        testcase.properties?.property.find((p) => p['@_name'] === 'scenario')?.['@_value'] ?? '?';
      const failed = testcase.failure ?? testcase.error;
      return {
        scenario,
        passed: !failed,
        message: failed ? String(failed.__cdata ?? failed['@_message'] ?? '') : '',
      };
    }),
  );
}

/** What the run said when it stopped before running any scenario (preflight, names, settings). */
function runMessage(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  const start = lines.findIndex((line) => /^persona-ux[ :]/.test(line) && !/: run \d/.test(line));
  return (start >= 0 ? lines.slice(start) : lines).join('\n').trim();
}

/** Playwright's list reporter marks every repeated attempt "(retry #N)". */
export function countRetries(output: string): number {
  return (output.match(/\(retry #\d+\)/g) ?? []).length;
}

import path from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { BUNDLE_DIR } from '../../config/build';

/**
 * Gives each scenario's test the location of its scenario file. Playwright knows only where `test()` was called,
 * the one file that declares every scenario's test (in the published build, a line of a bundle), so reports would
 * name that file for every scenario. Listed before the other reporters, it sets the location they all read: the
 * terminal's list, the HTML and JUnit reports, and the code frame of a failure, which is then the scenario's own.
 *
 * The reporters show paths relative to the config's rootDir, Playwright's test folder: persona-ux's own (inside
 * node_modules once installed), where `../../../../scenarios/lead.yaml` would be the scenario's path. They show
 * them relative to the working folder instead, as the user typed them.
 */
export default class ScenarioPathsReporter implements Reporter {
  onBegin(config: FullConfig, suite: Suite): void {
    (config as { rootDir: string }).rootDir = process.cwd();
    for (const test of suite.allTests()) {
      const source = test.annotations.find((annotation) => annotation.type === 'source')?.description;
      const at = source && /^(.+):(\d+)$/.exec(source);
      if (at?.[1] && at[2]) test.location = { file: path.resolve(at[1]), line: Number(at[2]), column: 1 };
    }
  }

  /**
   * Run from the build, forgets where a step was called in the compiled test file: a line of a bundle of
   * persona-ux's own page objects and fixtures, which the user never wrote. The HTML report would show it with a
   * code snippet, for which it highlights the whole bundle at the end of every run (bench/RESULTS.md). The steps of
   * the scenario file keep theirs.
   */
  onTestEnd(_test: TestCase, result: TestResult): void {
    if (BUNDLE_DIR) forgetLocationsUnder(BUNDLE_DIR, result.steps);
  }

  printsToStdio(): boolean {
    return false;
  }
}

/** Takes the location off each step, nested ones too, that was called from a file under `dir`. */
export function forgetLocationsUnder(dir: string, steps: readonly TestStep[]): void {
  for (const step of steps) {
    const from = step.location && path.relative(dir, step.location.file);
    const inside = from && from !== '..' && !from.startsWith(`..${path.sep}`) && !path.isAbsolute(from);
    if (inside) step.location = undefined;
    forgetLocationsUnder(dir, step.steps);
  }
}

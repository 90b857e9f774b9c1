import path from 'node:path';
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';

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

  printsToStdio(): boolean {
    return false;
  }
}

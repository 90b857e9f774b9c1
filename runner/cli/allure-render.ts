import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * When a run renders its Allure report (PERSONA_UX_ALLURE): `wait`, before the command returns (the default in
 * CI, where the job's next step uploads the reports); `background`, after it has returned with its exit code
 * (the default elsewhere: rendering takes about a second that nobody needs to wait for); `off`, never (the
 * results stay in allure-results/ for `npx allure generate`).
 */
export type AllureRendering = 'wait' | 'background' | 'off';

export function allureRendering(env: NodeJS.ProcessEnv): AllureRendering {
  const chosen = env.PERSONA_UX_ALLURE;
  if (chosen === 'wait' || chosen === 'background' || chosen === 'off') return chosen;
  return env.CI && env.CI !== 'false' && env.CI !== '0' ? 'wait' : 'background';
}

/** Renders a run's Allure report as PERSONA_UX_ALLURE says. */
export async function renderRunAllure(reports: string, env: NodeJS.ProcessEnv): Promise<void> {
  const rendering = allureRendering(env);
  if (rendering === 'off') return;
  await renderAllure(reports, env, rendering === 'background');
}

/**
 * Renders reports/allure-results into reports/allure (Allure 3); says so, and goes on, when it cannot. In the
 * background, the renderer outlives this process and writes what it says to reports/allure-render.log.
 */
export async function renderAllure(
  reports: string,
  env: NodeJS.ProcessEnv,
  background = false,
): Promise<void> {
  const results = path.join(reports, 'allure-results');
  if (!existsSync(results)) return;
  let allureCli: string;
  try {
    allureCli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
  } catch {
    console.log(
      'persona-ux: the Allure report was not rendered: the allure package is not installed (npm install).',
    );
    return;
  }
  const output = path.join(reports, 'allure');
  // Allure 3 keeps run-to-run history only when told where (docs/salesforce-facts.md#reports-of-a-run). One
  // self-contained file opens from disk, as a downloaded CI artifact is opened; a report of many files needs a
  // web server to load its data. Its tree follows the suite labels (persona, then ticket), not the test file.
  const config = path.join(reports, 'allurerc.json');
  writeFileSync(
    config,
    JSON.stringify({
      name: 'persona-ux',
      historyPath: path.join(reports, 'allure-history.jsonl'),
      plugins: { awesome: { options: { singleFile: true, groupBy: ['parentSuite', 'suite', 'subSuite'] } } },
    }),
  );
  const args = [allureCli, 'generate', results, '--config', config, '--output', output];
  const shown = path.relative(process.cwd(), path.join(output, 'index.html'));
  if (background) {
    startInBackground(args, env, path.join(reports, 'allure-render.log'));
    console.log(`  allure ${shown} (rendering in the background, a second or so)`);
    return;
  }
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    child.on('error', () => resolve(1));
    child.on('exit', (exit) => resolve(exit ?? 1));
  });
  console.log(
    code === 0 ? `  allure ${shown}` : `persona-ux: the Allure report could not be rendered (exit ${code}).`,
  );
}

/**
 * Starts `node args` to outlive this process, writing what it says to `logFile`, at the lowest CPU priority:
 * work nobody waits for yields to whatever runs next (the next run, the user's own programs).
 */
export function startInBackground(args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log], detached: true });
  child.unref();
  closeSync(log);
  try {
    if (child.pid) os.setPriority(child.pid, os.constants.priority.PRIORITY_LOW);
  } catch {
    // A system that does not let it lower a priority: the work still runs.
  }
  return child;
}

import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureRunId, reportsDir } from '../../config/run-context';
import { parseLatency } from '../../emulator/main';
import { NO_BROWSER_HELP } from '../browser';
import { formatErrors, loadScenarios } from '../loader';
import { parse } from './args';
import { resolveInputs } from './inputs';
import { ensureBrowser } from './install-browser';

const PROJECT_ROOT = path.join(__dirname, '..', '..');

/** Validates, then hands the scenarios to `playwright test`; renders Allure afterwards. Exit code = Playwright's. */
export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    headed: { type: 'boolean' },
    grep: { type: 'string', short: 'g' },
    workers: { type: 'string', short: 'j' },
    trace: { type: 'boolean' },
    latency: { type: 'string' },
  });
  const inputs = resolveInputs(positionals);
  const { scenarios, errors } = loadScenarios(inputs);
  if (errors.length > 0) {
    console.error(`${formatErrors(errors)}\n\n${errors.length} problem(s) found. No browser was started.`);
    return 2;
  }
  if (scenarios.length === 0) {
    console.error(`persona-ux: no scenarios in ${positionals.join(', ') || 'scenarios/'}.`);
    return 2;
  }
  if (!ensureBrowser()) {
    console.error(NO_BROWSER_HELP);
    return 3;
  }

  const env: NodeJS.ProcessEnv = { ...process.env, PERSONA_UX_SCENARIOS: JSON.stringify(inputs) };
  const runId = ensureRunId(env);
  if (values.latency) {
    try {
      env.PERSONA_UX_LATENCY = parseLatency(values.latency);
    } catch (error) {
      console.error(`persona-ux run: ${(error as Error).message}`);
      return 2;
    }
  }
  if (values.trace) {
    env.PERSONA_UX_TRACE = '1';
    console.warn(
      'persona-ux: traces record network traffic, cookies included; sessions are ended after the run.',
    );
  }
  const reports = reportsDir(env);
  rmSync(path.join(reports, 'allure-results'), { recursive: true, force: true });

  const playwrightArgs = ['test', '-c', path.join(PROJECT_ROOT, 'playwright.config.ts')];
  if (values.headed) playwrightArgs.push('--headed');
  if (values.grep) playwrightArgs.push('--grep', values.grep);
  if (values.workers) playwrightArgs.push('--workers', values.workers);
  console.log(`persona-ux: run ${runId}, ${scenarios.length} scenario(s)`);
  const code = await runNode([require.resolve('@playwright/test/cli'), ...playwrightArgs], env);

  await renderAllure(reports, env);
  return code;
}

async function renderAllure(reports: string, env: NodeJS.ProcessEnv): Promise<void> {
  const results = path.join(reports, 'allure-results');
  if (!existsSync(results)) return;
  const allureCli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
  const output = path.join(reports, 'allure');
  // Allure 3 keeps run-to-run history only when told where (field-notes.md #12).
  const config = path.join(reports, 'allurerc.json');
  writeFileSync(
    config,
    JSON.stringify({ name: 'persona-ux', historyPath: path.join(reports, 'allure-history.jsonl') }),
  );
  const code = await runNode(
    [allureCli, 'generate', results, '--config', config, '--output', output],
    env,
    'ignore',
  );
  const shown = path.relative(process.cwd(), path.join(output, 'index.html'));
  console.log(
    code === 0 ? `  allure ${shown}` : `persona-ux: the Allure report could not be rendered (exit ${code}).`,
  );
}

function runNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: 'inherit' | 'ignore' = 'inherit',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

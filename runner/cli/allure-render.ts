import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Renders reports/allure-results into reports/allure (Allure 3); says so, and goes on, when it cannot. */
export async function renderAllure(reports: string, env: NodeJS.ProcessEnv): Promise<void> {
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
  // Allure 3 keeps run-to-run history only when told where (docs/salesforce-facts.md#reports-of-a-run).
  const config = path.join(reports, 'allurerc.json');
  writeFileSync(
    config,
    JSON.stringify({ name: 'persona-ux', historyPath: path.join(reports, 'allure-history.jsonl') }),
  );
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [allureCli, 'generate', results, '--config', config, '--output', output],
      {
        env,
        stdio: 'ignore',
      },
    );
    child.on('error', () => resolve(1));
    child.on('exit', (exit) => resolve(exit ?? 1));
  });
  const shown = path.relative(process.cwd(), path.join(output, 'index.html'));
  console.log(
    code === 0 ? `  allure ${shown}` : `persona-ux: the Allure report could not be rendered (exit ${code}).`,
  );
}

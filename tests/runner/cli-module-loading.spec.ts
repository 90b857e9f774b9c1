import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import { emulatorOrgEnv, ROOT, runCli } from '../e2e/cli-run';

interface NodeProcess {
  argv: string[];
  modules: string[];
}

/** Every Node process a CLI command started, with the modules it loaded (a preload hook writes them at exit). */
async function processesOf(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; output: string; processes: NodeProcess[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-modules-'));
  const hook = path.join(dir, 'hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(require('node:path').join(${JSON.stringify(dir)}, process.pid + '.json'), JSON.stringify({ argv: process.argv, modules: Object.keys(require.cache) })));\n`,
  );
  // The TypeScript itself, even where a build (dist/) is present: a bundle hides which modules it loads.
  const { code, output } = await runCli(args, {
    env: { NODE_OPTIONS: `--require ${hook}`, PERSONA_UX_SOURCE: '1', ...env },
  });
  const processes = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as NodeProcess);
  return { code, output, processes };
}

const cliOf = (processes: NodeProcess[]) =>
  processes.find((p) => p.argv[1]?.endsWith('persona-ux.cjs')) as NodeProcess;

const heavy = (modules: string[]) =>
  modules
    .map((file) => path.relative(ROOT, file))
    .filter((file) =>
      /^(emulator|node_modules[\\/](@playwright|playwright|playwright-core|jsforce|hono))[\\/]/.test(file),
    );

test('validate --offline checks the files without loading the emulator, a browser driver or an API client', async () => {
  const { code, output, processes } = await processesOf(['validate', '--offline', 'scenarios']);
  expect(code, output).toBe(0);
  const { modules } = cliOf(processes);
  expect(modules.some((file) => file.includes(`${path.sep}runner${path.sep}loader.ts`))).toBe(true);
  expect(heavy(modules)).toEqual([]);
});

test('validate with the org checks does load the emulator it checks names against', async () => {
  const { code, output, processes } = await processesOf(['validate', 'scenarios']);
  expect(code, output).toBe(0);
  expect(heavy(cliOf(processes).modules).some((file) => file.startsWith(`emulator${path.sep}`))).toBe(true);
});

test('in a run, only the CLI holds the emulator: the Playwright runner, alive as long as the run, loads neither it nor an API client', async () => {
  test.setTimeout(240_000); // a whole run, on a machine that may be busy
  const { code, output, processes } = await processesOf(
    ['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')],
    { PERSONA_UX_REPORTS_DIR: mkdtempSync(path.join(os.tmpdir(), 'persona-ux-reports-')) },
  );
  expect(code, output).toBe(0);
  const inEmulator = (p: NodeProcess) =>
    heavy(p.modules).filter((file) => file.startsWith(`emulator${path.sep}`));
  expect(inEmulator(cliOf(processes)).length).toBeGreaterThan(0);
  const runner = processes.find((p) =>
    p.argv.some((arg) => arg.endsWith(path.join('@playwright', 'test', 'cli.js'))),
  );
  expect(runner, 'the Playwright runner process').toBeDefined();
  expect(inEmulator(runner as NodeProcess)).toEqual([]);
  expect(
    heavy((runner as NodeProcess).modules).filter((file) => file.includes(`node_modules${path.sep}jsforce`)),
  ).toEqual([]);
  // The runner only lists the tests: the steps and the schema of the org settings load in the worker.
  const inRunner = (folder: string) =>
    (runner as NodeProcess).modules.filter((file) => path.relative(ROOT, file).startsWith(folder));
  expect(inRunner(path.join('runner', 'steps'))).toEqual([]);
  expect(inRunner(path.join('node_modules', 'zod'))).toEqual([]);
  // The CLI hands the scenarios it validated to the runner and its workers: neither parses the files again.
  const worker = processes.find((p) => p.argv.some((arg) => arg.endsWith('workerProcessEntry.js')));
  expect(worker, 'a Playwright worker process').toBeDefined();
  for (const loaded of [runner, worker] as NodeProcess[]) {
    expect(loaded.modules.filter((file) => file.includes(`node_modules${path.sep}yaml${path.sep}`))).toEqual(
      [],
    );
    expect(loaded.modules.some((file) => file.endsWith(path.join('runner', 'scenarios.spec.ts')))).toBe(true);
  }
  // The worker takes the org settings the CLI checked, without their schema.
  expect(
    (worker as NodeProcess).modules.filter((file) => file.includes(`node_modules${path.sep}zod`)),
  ).toEqual([]);
  // The worker talks to the org through jsforce's core, Metadata and Tooling APIs, without the rest of jsforce.
  const jsforceApis = (worker as NodeProcess).modules
    .map((file) => /node_modules[\\/]jsforce[\\/]lib[\\/]api[\\/]([\w-]+)\.js$/.exec(file)?.[1])
    .filter(Boolean);
  expect(jsforceApis.sort()).toEqual(['metadata', 'tooling']);
});

/** One demo scenario run against an emulator of its own, as against a sandbox (`env` adds to its settings). */
async function sandboxRun(env: NodeJS.ProcessEnv = {}) {
  const emulator = await startEmulator({ port: 0 });
  try {
    return await processesOf(['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], {
      ...emulatorOrgEnv(emulator),
      PERSONA_UX_REPORTS_DIR: mkdtempSync(path.join(os.tmpdir(), 'persona-ux-reports-')),
      ...env,
    });
  } finally {
    await emulator.stop();
  }
}

test('a run against an org of its own (a sandbox) does not load the emulator at all', async () => {
  test.setTimeout(240_000);
  const { code, output, processes } = await sandboxRun();
  expect(code, output).toBe(0);
  // Only the check of --latency and --shadow, and the profile names it reads.
  expect(
    heavy(cliOf(processes).modules)
      .filter((file) => file.startsWith(`emulator${path.sep}`))
      .sort(),
  ).toEqual([path.join('emulator', 'org', 'profile-names.ts'), path.join('emulator', 'profile-flags.ts')]);
});

test("once it knows where Playwright's Chromium goes, the CLI finds the browser without loading Playwright", async () => {
  const env = { PERSONA_UX_CACHE: mkdtempSync(path.join(os.tmpdir(), 'persona-ux-cache-')) };
  const playwright = (p: NodeProcess) =>
    heavy(p.modules).filter((file) =>
      /node_modules[\\/](@playwright|playwright|playwright-core)[\\/]/.test(file),
    );
  const first = await processesOf(['install-browser'], env);
  expect(first.code, first.output).toBe(0);
  expect(playwright(cliOf(first.processes)).length).toBeGreaterThan(0);
  const second = await processesOf(['install-browser'], env);
  expect(second.code, second.output).toBe(0);
  expect(second.output).toBe(first.output);
  expect(playwright(cliOf(second.processes))).toEqual([]);
});

test('checks that stop the run end the Playwright runner loading meanwhile before it starts a worker', async () => {
  test.setTimeout(120_000);
  const { code, output, processes } = await sandboxRun({ SF_PASSWORD: 'not-the-password' });
  expect(code, output).toBe(3);
  expect(output).toContain('preflight stopped the run before anything was created or impersonated');
  expect(output).not.toContain('Running 1 test');
  expect(processes.filter((p) => p.argv.some((arg) => arg.endsWith('workerProcessEntry.js')))).toEqual([]);
});

import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import AdmZip from 'adm-zip';
import { ROOT, runCli } from '../e2e/cli-run';

// The published package runs dist/cli.cjs (npm run build); a checkout without it, or with sources changed
// since the build, runs the TypeScript. Built in a copy of the package (bin/ copied, the rest linked) so the
// working tree's bin/ never picks up a half-made build.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let copy: string;
let build: SpawnSyncReturns<string>;
test.beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-package-'));
  for (const entry of readdirSync(ROOT)) {
    if (['bin', 'dist', 'reports', 'test-results', '.git', '.persona-ux'].includes(entry)) continue;
    symlinkSync(path.join(ROOT, entry), path.join(copy, entry));
  }
  cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
  build = spawnSync(process.execPath, [path.join(copy, 'bin', 'build-dist.cjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
});

test('the build says what it built on stderr, leaving stdout to npm pack (its tarball name, or --json)', () => {
  expect(build.stdout).toBe('');
  // That line alone: no warning either (such as the SOQL parser's self-checks not found to turn off).
  expect(build.stderr).toMatch(
    /^dist\/cli\.cjs and playwright\/: \d+ source files, with the CLI's code cache\n$/,
  );
});

/**
 * Runs the copy's bin/persona-ux.cjs and says which entry point it loaded (the build or the TypeScript), and what
 * became of the build's V8 code cache: used, rejected by V8, none given, or the build not loaded.
 */
async function runCopy(args: string[], env: NodeJS.ProcessEnv = {}) {
  const list = path.join(copy, 'loaded.json');
  const workers = path.join(copy, 'workers.jsonl');
  rmSync(workers, { force: true });
  const hook = path.join(copy, 'hook.cjs');
  writeFileSync(
    hook,
    `const vm = require('node:vm');
const Script = vm.Script;
let codeCache = 'not loaded';
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (options?.filename?.endsWith('cli.cjs'))
      codeCache = !options.cachedData ? 'none' : this.cachedDataRejected ? 'rejected' : 'used';
  }
};
// The CLI's module list; from each Playwright worker it starts (which load the same hook), whether it was told to
// leave out Playwright's module loader.
if (process.argv.some((arg) => arg.endsWith('workerProcessEntry.js')))
  require('node:fs').appendFileSync(${JSON.stringify(workers)}, JSON.stringify({ withoutModuleLoader: process.env.PW_DISABLE_TS_ESM === '1' }) + '\\n');
if (process.argv[1] === ${JSON.stringify(path.join(copy, 'bin', 'persona-ux.cjs'))})
  process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify({ modules: Object.keys(require.cache), codeCache })));\n`,
  );
  const result = await runCli(args, {
    env: { NODE_OPTIONS: `--require ${hook}`, ...env },
    bin: path.join(copy, 'bin', 'persona-ux.cjs'),
  });
  const { modules: loaded, codeCache } = JSON.parse(readFileSync(list, 'utf8')) as {
    modules: string[];
    codeCache: string;
  };
  const entry = loaded.some((file) => file.endsWith(`${path.sep}dist${path.sep}cli.cjs`))
    ? 'dist'
    : loaded.some((file) => file.endsWith(path.join('runner', 'cli', 'index.ts')))
      ? 'typescript'
      : 'none';
  const workersSaw = existsSync(workers)
    ? readFileSync(workers, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { withoutModuleLoader: boolean })
    : [];
  return { ...result, entry, loaded, codeCache, workersSaw };
}

test('with a fresh build, the CLI runs dist/cli.cjs, from its V8 code cache, and validates like the TypeScript does', async () => {
  expect(existsSync(path.join(copy, 'dist', 'cli.cjs.v8cache'))).toBe(true);
  const built = await runCopy(['validate', '--offline', path.join(ROOT, 'scenarios')]);
  expect(built.code, built.output).toBe(0);
  expect(built.entry).toBe('dist');
  expect(built.codeCache).toBe('used');
  const typescript = await runCli(['validate', '--offline', path.join(ROOT, 'scenarios')]);
  expect(built.output).toBe(typescript.output);
});

test('validate --offline through the build reads one file of code: the packages it needs are bundled in', async () => {
  const built = await runCopy(['validate', '--offline', path.join(ROOT, 'scenarios')]);
  expect(built.code, built.output).toBe(0);
  expect(built.entry).toBe('dist');
  expect(built.loaded.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`))).toEqual([]);
});

test("the build's freshness check compares only the package's own sources, which an installed package has too", () => {
  const inputs = JSON.parse(readFileSync(path.join(copy, 'dist', 'inputs.json'), 'utf8')) as string[];
  expect(inputs.some((input) => input.endsWith(path.join('runner', 'loader.ts')))).toBe(true);
  expect(inputs.filter((input) => input.split(path.sep).includes('node_modules'))).toEqual([]);
  expect(inputs.filter((input) => !existsSync(path.resolve(copy, input)))).toEqual([]);
});

test('a scenario runs to its verdict through the build: Playwright config, demo org and reports are found', async () => {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-reports-'));
  const run = await runCopy(['run', path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml')], {
    PERSONA_UX_REPORTS_DIR: reports,
  });
  expect(run.code, run.output).toBe(0);
  expect(run.entry).toBe('dist');
  expect(run.output).toContain('1 passed');
  expect(readFileSync(path.join(reports, 'junit.xml'), 'utf8')).toContain('sdr-sees-routed-lead');
  // Everything Playwright loads is compiled: its workers start without its module loader.
  expect(run.workersSaw).toEqual([{ withoutModuleLoader: true }]);
  // The emulator's page scripts came bundled with the build: its esbuild was never loaded.
  expect(run.loaded.filter((file) => file.includes(`${path.sep}esbuild${path.sep}`))).toEqual([]);
  // The HTML report shows the scenario file's lines for its steps, and no line of the compiled bundle.
  const steps = htmlReportSteps(path.join(reports, 'html', 'index.html'));
  const files = new Set(steps.flatMap((step) => (step.location ? [step.location.file] : [])));
  expect([...files]).toEqual(['scenarios/sdr-sees-routed-lead.yaml']);
  expect(steps.filter((step) => step.snippet).length).toBeGreaterThan(0);
});

interface HtmlReportStep {
  location?: { file: string };
  snippet?: string;
  steps: HtmlReportStep[];
}

/** Every step of every test in a Playwright HTML report, read from the zip the page carries. */
function htmlReportSteps(indexHtml: string): HtmlReportStep[] {
  const page = readFileSync(indexHtml, 'utf8');
  const data = /<template id="playwrightReportBase64">data:application\/zip;base64,([^<]+)<\/template>/.exec(
    page,
  );
  if (!data?.[1]) throw new Error(`no report data in ${indexHtml}`);
  const all: HtmlReportStep[] = [];
  const walk = (steps: HtmlReportStep[]) => {
    for (const step of steps) {
      all.push(step);
      walk(step.steps);
    }
  };
  for (const entry of new AdmZip(Buffer.from(data[1], 'base64')).getEntries()) {
    if (entry.entryName === 'report.json') continue;
    const file = JSON.parse(entry.getData().toString('utf8')) as {
      tests: { results: { steps: HtmlReportStep[] }[] }[];
    };
    for (const test of file.tests) for (const result of test.results) walk(result.steps);
  }
  return all;
}

test('a damaged code cache, or one made from other bytes, is not given to V8: the build runs as without it', async () => {
  const cacheFile = path.join(copy, 'dist', 'cli.cjs.v8cache');
  const original = readFileSync(cacheFile);
  const headerEnd = original.indexOf(10);
  const damaged = Buffer.from(original);
  for (let at = headerEnd + 1000; at < damaged.length; at += 97) damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
  const otherBuild = Buffer.concat([Buffer.from(`${'0'.repeat(40)} `), original.subarray(41)]);
  const args = ['validate', '--offline', path.join(ROOT, 'scenarios')];
  const expected = await runCopy(args);
  try {
    for (const cache of [damaged, otherBuild]) {
      writeFileSync(cacheFile, cache);
      const result = await runCopy(args);
      expect(result.code, result.output).toBe(0);
      expect(result.codeCache).toBe('none');
      expect(result.output).toBe(expected.output);
    }
  } finally {
    writeFileSync(cacheFile, original);
  }
});

test('once a source is newer than the build, the CLI runs the TypeScript instead of the stale build', async () => {
  const longAgo = new Date('2020-01-01T00:00:00Z');
  utimesSync(path.join(copy, 'dist', 'cli.cjs'), longAgo, longAgo);
  const result = await runCopy(['validate', '--offline', path.join(ROOT, 'scenarios')]);
  expect(result.code, result.output).toBe(0);
  expect(result.entry).toBe('typescript');
});

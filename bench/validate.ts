import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMeasured } from './lib/process-usage';
import { median, seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * `persona-ux validate` on 1,000 generated scenario files (the demo scenarios, each copied with a new id), and
 * on one file for the start-up, whole process as a user runs it; median of RUNS runs, interleaved, wall time
 * (judged) and CPU time (steadier than wall time on a shared machine, for comparing builds). Measured as
 * published (precompiled, dist/cli.cjs) and from the TypeScript (PERSONA_UX_SOURCE=1, as in a checkout); the
 * targets are judged on the published CLI. Both run from a copy of the package taken at the start, built there:
 * a source edited in the working tree meanwhile would otherwise make bin/ run the TypeScript instead of the build.
 *
 * validate keeps what each file loaded to (PERSONA_UX_CACHE, here a temporary folder), so four cases of the
 * 1,000 files: the cache off (every file parsed), a first run (the cache empty: every file parsed, then kept), one
 * file edited since the last run (what an editor validating on save does) and nothing changed; the target is
 * judged on the first three.
 * BENCH_VALIDATE_BASELINE=path/to/cli.cjs adds the same cases for another build (e.g. the one before a change,
 * copied aside with its cli.cjs.v8cache), run side by side with this one.
 */
const ROOT = path.resolve(__dirname, '..');
const FILES = 1_000;
const RUNS = 7;
const TARGET = { thousandMs: 600, startUpMs: 300 };

const START_UP = 'validate --offline, 1 file';
const EDITED = `validate --offline, ${FILES} files, 1 edited since the last run`;
const COLD = `validate --offline, ${FILES} files, cache off (every file parsed)`;
const FIRST = `validate --offline, ${FILES} files, first run (an empty cache: every file parsed and kept)`;

type Case = { name: string; args: string[]; env: NodeJS.ProcessEnv; before?: (run: number) => void };

export async function validateBench(): Promise<boolean> {
  const dir = generateScenarios(FILES);
  const scenarioFiles = readdirSync(dir).filter((file) => file !== 'personas.yaml');
  const one = path.join(dir, scenarioFiles[0] as string);
  const edited = path.join(dir, scenarioFiles[1] as string);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-cache-'));
  const firstCache = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-first-cache-'));
  const packageCopy = builtCopyOfThePackage();
  const bin = path.join(packageCopy, 'bin', 'persona-ux.cjs');
  const published = { ...process.env, PERSONA_UX_EMULATOR_DATA: 'off', PERSONA_UX_CACHE: cache };
  const uncached = { ...published, PERSONA_UX_CACHE: 'off' };
  const source = { ...uncached, PERSONA_UX_SOURCE: '1' };
  const editOne = (run: number) => appendFileSync(edited, `# edited before run ${run}\n`);
  const cases: Case[] = [
    { name: 'node -e 0 (Node alone)', args: ['-e', '0'], env: published },
    { name: 'persona-ux help', args: [bin, 'help'], env: published },
    { name: START_UP, args: [bin, 'validate', '--offline', one], env: published },
    { name: COLD, args: [bin, 'validate', '--offline', dir], env: uncached },
    {
      name: FIRST,
      args: [bin, 'validate', '--offline', dir],
      env: { ...published, PERSONA_UX_CACHE: firstCache },
      before: () => rmSync(firstCache, { recursive: true, force: true }),
    },
    { name: EDITED, args: [bin, 'validate', '--offline', dir], env: published, before: editOne },
    {
      name: `validate --offline, ${FILES} files, nothing changed since the last run`,
      args: [bin, 'validate', '--offline', dir],
      env: published,
    },
    { name: 'validate, 1 file (org checks on the emulator)', args: [bin, 'validate', one], env: published },
    {
      name: `validate, ${FILES} files (org checks on the emulator)`,
      args: [bin, 'validate', dir],
      env: published,
    },
    {
      name: `from the TypeScript: ${START_UP}, cache off`,
      args: [bin, 'validate', '--offline', one],
      env: source,
    },
    { name: `from the TypeScript: ${COLD}`, args: [bin, 'validate', '--offline', dir], env: source },
    ...baselineCases(one, dir, uncached),
  ];
  const times = new Map<string, number[]>(cases.map(({ name }) => [name, []]));
  const cpu = new Map<string, number[]>(cases.map(({ name }) => [name, []]));
  const loadBefore = loadAverage();
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const { name, args, env, before } of cases) {
        before?.(run);
        const result = await runMeasured(process.execPath, args, { env, cwd: packageCopy });
        if (result.code !== 0) throw new Error(`${name} exited ${result.code}:\n${result.output}`);
        times.get(name)?.push(result.wallMs);
        cpu.get(name)?.push(result.cpuMs);
        if (run === 0 && name.startsWith('validate') && name.includes(`${FILES} files`))
          console.log(`${name} prints:\n  ${result.output.trim().split('\n').join('\n  ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(firstCache, { recursive: true, force: true });
    rmSync(packageCopy, { recursive: true, force: true });
  }
  const m = (name: string) => median(times.get(name) ?? []);
  const load = `load average ${loadBefore} at the start, ${loadAverage()} at the end`;
  const target = (name: string): string => {
    if (name === START_UP) return verdict(m(name) <= TARGET.startUpMs);
    if (name === EDITED || name === COLD || name === FIRST) return verdict(m(name) <= TARGET.thousandMs);
    return '';
  };
  printTable(
    `validate, whole process, median of ${RUNS} (target: ${FILES} files <= ${seconds(TARGET.thousandMs)} on a first run and with one edited since the last run, start-up <= ${seconds(TARGET.startUpMs)}; ${load})`,
    ['command', 'median', 'CPU (median)', 'target'],
    cases.map(({ name }) => [name, seconds(m(name)), seconds(median(cpu.get(name) ?? [])), target(name)]),
  );
  return (
    m(START_UP) <= TARGET.startUpMs && [EDITED, COLD, FIRST].every((name) => m(name) <= TARGET.thousandMs)
  );
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
}

/** The package as it is now (node_modules linked, dot-files and reports left out), with dist/ built in it. */
function builtCopyOfThePackage(): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-package-'));
  for (const entry of readdirSync(ROOT)) {
    if (entry.startsWith('.') || ['dist', 'reports', 'test-results'].includes(entry)) continue;
    if (entry === 'node_modules') symlinkSync(path.join(ROOT, entry), path.join(copy, entry));
    else cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  execFileSync(process.execPath, [path.join(copy, 'bin', 'build-dist.cjs')], { stdio: 'ignore' });
  return copy;
}

/**
 * The cache-off cases again for the build BENCH_VALIDATE_BASELINE names, if any, loaded as bin/ loads a build:
 * with the V8 code cache copied aside next to it (cli.cjs.v8cache), if there is one.
 */
function baselineCases(one: string, dir: string, env: NodeJS.ProcessEnv): Case[] {
  const cli = process.env.BENCH_VALIDATE_BASELINE;
  if (!cli) return [];
  const codeCache = JSON.stringify(path.join(ROOT, 'bin', 'code-cache.cjs'));
  const run = `require(${codeCache}).requireBuild(${JSON.stringify(path.resolve(cli))}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;
  return [
    { name: `baseline build: ${START_UP}`, args: ['-e', run, 'validate', '--offline', one], env },
    { name: `baseline build: ${COLD}`, args: ['-e', run, 'validate', '--offline', dir], env },
  ];
}

/** `count` scenario files: the demo scenarios in turn, each with a unique id, next to a copy of personas.yaml. */
function generateScenarios(count: number): string {
  const scenarios = path.join(ROOT, 'scenarios');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-validate-'));
  copyFileSync(path.join(scenarios, 'personas.yaml'), path.join(dir, 'personas.yaml'));
  const sources = readdirSync(scenarios)
    .filter((file) => file.endsWith('.yaml') && file !== 'personas.yaml')
    .map((file) => readFileSync(path.join(scenarios, file), 'utf8'));
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length].replace(/^id: ([\w-]+)/m, (_, id) => `id: ${id}-${i}`);
    writeFileSync(path.join(dir, `scenario-${String(i).padStart(4, '0')}.yaml`), text);
  }
  return dir;
}

if (require.main === module) {
  validateBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

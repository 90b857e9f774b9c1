import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMeasured } from './lib/process-usage';
import { median, seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * `persona-ux validate` on 1,000 generated scenario files (the demo scenarios, each copied with a new id), and
 * on one file for the start-up, whole process as a user runs it; median of RUNS runs, interleaved. Measured as
 * published (precompiled, dist/cli.cjs: built for the bench when absent, and removed again) and from the
 * TypeScript (PERSONA_UX_SOURCE=1, as in a checkout); the targets are judged on the published CLI.
 */
const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'persona-ux.cjs');
const FILES = 1_000;
const RUNS = 7;
const TARGET = { thousandMs: 600, startUpMs: 300 };

export async function validateBench(): Promise<boolean> {
  const dir = generateScenarios(FILES);
  const one = path.join(dir, readdirSync(dir).find((file) => file !== 'personas.yaml') as string);
  const built = !existsSync(path.join(ROOT, 'dist', 'cli.cjs'));
  if (built) execFileSync(process.execPath, [path.join(ROOT, 'bin', 'build-dist.cjs')], { stdio: 'ignore' });
  const published = { ...process.env, PERSONA_UX_EMULATOR_DATA: 'off' };
  const source = { ...published, PERSONA_UX_SOURCE: '1' };
  const cases: [string, string[], NodeJS.ProcessEnv][] = [
    ['node -e 0 (Node alone)', ['-e', '0'], published],
    ['persona-ux help', [BIN, 'help'], published],
    ['validate --offline, 1 file', [BIN, 'validate', '--offline', one], published],
    [`validate --offline, ${FILES} files`, [BIN, 'validate', '--offline', dir], published],
    ['validate, 1 file (org checks on the emulator)', [BIN, 'validate', one], published],
    [`validate, ${FILES} files (org checks on the emulator)`, [BIN, 'validate', dir], published],
    ['from the TypeScript: validate --offline, 1 file', [BIN, 'validate', '--offline', one], source],
    [`from the TypeScript: validate --offline, ${FILES} files`, [BIN, 'validate', '--offline', dir], source],
  ];
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [name, args, env] of cases) {
        const result = await runMeasured(process.execPath, args, { env, cwd: ROOT });
        if (result.code !== 0) throw new Error(`${name} exited ${result.code}:\n${result.output}`);
        times.get(name)?.push(result.wallMs);
        if (run === 0 && name.startsWith('validate') && name.includes(`${FILES} files`))
          console.log(`${name} prints:\n  ${result.output.trim().split('\n').join('\n  ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (built) rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  }
  const m = (name: string) => median(times.get(name) ?? []);
  const startUp = m('validate --offline, 1 file');
  const thousand = m(`validate --offline, ${FILES} files`);
  printTable(
    `validate, whole process, median of ${RUNS} (target: ${FILES} files <= ${seconds(TARGET.thousandMs)}, start-up <= ${seconds(TARGET.startUpMs)})`,
    ['command', 'median', 'target'],
    cases.map(([name]) => [
      name,
      seconds(m(name)),
      name === 'validate --offline, 1 file'
        ? verdict(startUp <= TARGET.startUpMs)
        : name === `validate --offline, ${FILES} files`
          ? verdict(thousand <= TARGET.thousandMs)
          : '',
    ]),
  );
  return startUp <= TARGET.startUpMs && thousand <= TARGET.thousandMs;
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

import os from 'node:os';
import path from 'node:path';
import { browsers } from './lib/browsers';
import { measuredHandwrittenRun } from './lib/handwritten-run';
import { measuredPersonaUxRun } from './lib/measured-run';
import type { CpuPart, ProcessRun } from './lib/process-usage';
import { repeatedScenario } from './lib/repeated-scenario';
import { startStandaloneEmulator } from './lib/standalone-emulator';
import { seconds, verdict } from './lib/stats';
import { suiteRunPlans } from './lib/suite-runs';
import { printTable } from './lib/table';

/**
 * The demo suite (`persona-ux run`, embedded emulator) with 1 worker, 2 workers and the default, then with a
 * headless shell where installed (lib/suite-runs): wall time and CPU-seconds per scenario, the whole
 * process tree's user + system time, browser included, sampled per process (lib/process-usage), one run each, in
 * turn; then where that CPU went, by kind of process. Targets: adding a worker never slows the suite; CPU per
 * scenario <= 1.5 s. Beside them, for scale: one scenario run as many times as the suite has scenarios, through
 * persona-ux and as the hand-written spec of the same steps (bench/handwritten/, `playwright test --repeat-each`),
 * one worker each, in a headless shell where installed, against one standalone emulator.
 */
const TARGET_CPU_PER_SCENARIO_MS = 1_500;
const ROOT = path.resolve(__dirname, '..');
const REPEATED = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');

interface SuiteRun {
  label: string;
  scenarios: number;
  run: ProcessRun;
}

export async function suiteBench(): Promise<boolean> {
  const runs: SuiteRun[] = [];
  for (const { label, args, env } of suiteRunPlans(['1', '2', 'default'])) {
    const run = await measuredPersonaUxRun(args, `persona-ux run (${label})`, { sampleCpu: true, env });
    // The run says how many scenarios it ran: "persona-ux: run <id>, N scenario(s)".
    runs.push({ label, scenarios: Number(/, (\d+) scenario\(s\)/.exec(run.output)?.[1]), run });
  }
  const cpuPerScenario = ({ run, scenarios }: SuiteRun) => run.cpuMs / scenarios;
  const cpuMet = runs.every((run) => cpuPerScenario(run) <= TARGET_CPU_PER_SCENARIO_MS);
  const neverSlower = runs[1].run.wallMs <= runs[0].run.wallMs;
  printTable(
    `Demo suite, ${os.cpus().length} cores, the resolver's browser unless named (targets: CPU per scenario <= ${seconds(TARGET_CPU_PER_SCENARIO_MS)}; 2 workers no slower than 1: ${verdict(neverSlower)})`,
    ['run', 'scenarios', 'wall', 'CPU (process tree)', 'CPU per scenario', 'target'],
    runs.map((suiteRun) => [
      suiteRun.label,
      suiteRun.scenarios,
      seconds(suiteRun.run.wallMs),
      seconds(suiteRun.run.cpuMs),
      seconds(cpuPerScenario(suiteRun)),
      verdict(cpuPerScenario(suiteRun) <= TARGET_CPU_PER_SCENARIO_MS),
    ]),
  );
  printTable(
    'Where the CPU went, per scenario, by process',
    ['process', ...runs.map(({ label }) => label)],
    byKind(runs),
  );
  const times = runs[0].scenarios;
  const repeated = await oneScenarioRepeated(times);
  printTable(
    `${path.basename(REPEATED)} run ${times} times, 1 worker, ${repeated.browser}, one standalone emulator (not counted)`,
    ['run', 'wall', 'CPU (process tree)', 'CPU per scenario'],
    repeated.runs.map(({ label, run }) => [
      label,
      seconds(run.wallMs),
      seconds(run.cpuMs),
      seconds(run.cpuMs / times),
    ]),
  );
  return cpuMet && neverSlower;
}

/** One scenario, `times` times over: through persona-ux, then as the hand-written spec repeated. */
async function oneScenarioRepeated(times: number) {
  const found = browsers();
  const browser = found[found.length - 1];
  const copies = repeatedScenario(REPEATED, path.join(ROOT, 'scenarios', 'personas.yaml'), times);
  const emulator = await startStandaloneEmulator();
  try {
    const env = { ...browser.env, ...emulator.env };
    const personaUx = await measuredPersonaUxRun([copies.dir, '--workers', '1'], 'persona-ux run', {
      sampleCpu: true,
      env,
    });
    const handwritten = await measuredHandwrittenRun(
      ['--repeat-each', String(times)],
      { ...env, FORCE_COLOR: '0' },
      { sampleCpu: true },
    );
    return {
      browser: browser.name,
      runs: [
        { label: 'persona-ux run', run: personaUx },
        { label: 'hand-written spec, --repeat-each', run: handwritten },
      ],
    };
  } finally {
    await emulator.stop();
    copies.remove();
  }
}

/** One row per kind of process (renderer, Playwright's worker, ...): its CPU per scenario in each run, from 5 ms. */
function byKind(runs: SuiteRun[]): string[][] {
  const noticeable = (part: CpuPart, scenarios: number) => part.cpuMs / scenarios >= 5;
  const kinds = [
    ...new Set(
      runs.flatMap(({ run, scenarios }) =>
        (run.cpuParts ?? []).filter((part) => noticeable(part, scenarios)).map(({ what }) => what),
      ),
    ),
  ];
  return kinds.map((what) => [
    what,
    ...runs.map(({ run, scenarios }) => {
      const part = run.cpuParts?.find((candidate) => candidate.what === what);
      return part ? seconds(part.cpuMs / scenarios) : '';
    }),
  ]);
}

if (require.main === module) {
  suiteBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

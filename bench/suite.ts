import os from 'node:os';
import { measuredPersonaUxRun } from './lib/measured-run';
import { seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * The demo suite (`persona-ux run`, embedded emulator) with 1 worker, 2 workers and the default: wall time and
 * CPU-seconds per scenario (the whole process tree's user + system time, browser included), one run each, in
 * turn. Targets: adding a worker never slows the suite; CPU per scenario <= 1.5 s. PERSONA_UX_BENCH_SCENARIOS
 * (paths, space-separated) runs those instead of scenarios/.
 */
const TARGET_CPU_PER_SCENARIO_MS = 1_500;

export async function suiteBench(): Promise<boolean> {
  const rows: (string | number)[][] = [];
  const walls: number[] = [];
  let cpuMet = true;
  for (const workers of ['1', '2', 'default']) {
    const inputs = process.env.PERSONA_UX_BENCH_SCENARIOS?.split(/\s+/).filter(Boolean) ?? [];
    const run = await measuredPersonaUxRun(
      [...inputs, ...(workers === 'default' ? [] : ['--workers', workers])],
      `persona-ux run (workers ${workers})`,
    );
    // The run says how many scenarios it ran: "persona-ux: run <id>, N scenario(s)".
    const scenarios = Number(/, (\d+) scenario\(s\)/.exec(run.output)?.[1]);
    const cpuPerScenario = run.cpuMs / scenarios;
    cpuMet &&= cpuPerScenario <= TARGET_CPU_PER_SCENARIO_MS;
    walls.push(run.wallMs);
    rows.push([
      workers,
      scenarios,
      seconds(run.wallMs),
      seconds(run.cpuMs),
      seconds(cpuPerScenario),
      verdict(cpuPerScenario <= TARGET_CPU_PER_SCENARIO_MS),
    ]);
  }
  const neverSlower = walls[1] <= walls[0];
  printTable(
    `Demo suite, ${os.cpus().length} cores (targets: CPU per scenario <= ${seconds(TARGET_CPU_PER_SCENARIO_MS)}; 2 workers no slower than 1: ${verdict(neverSlower)})`,
    ['workers', 'scenarios', 'wall', 'CPU (process tree)', 'CPU per scenario', 'target'],
    rows,
  );
  return cpuMet && neverSlower;
}

if (require.main === module) {
  suiteBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

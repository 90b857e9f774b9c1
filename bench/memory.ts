import path from 'node:path';
import { measuredPersonaUxRun } from './lib/measured-run';
import { seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * Peak memory of a one-scenario run as a user starts it (`persona-ux run FILE`, embedded emulator): the
 * proportional set size summed over the whole process tree (CLI, emulator, Playwright runner, worker,
 * browser), sampled every 100 ms from /proc/<pid>/smaps_rollup, so shared pages are counted once.
 */
const ROOT = path.resolve(__dirname, '..');
const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
const TARGET_MB = 512;

export async function memoryBench(): Promise<boolean> {
  const run = await measuredPersonaUxRun([SCENARIO], 'persona-ux run', { samplePss: true });
  const peak = run.peakPssMb ?? 0;
  printTable(
    `Memory of a one-scenario run (target peak PSS <= ${TARGET_MB} MB)`,
    ['run', 'peak PSS', 'processes at most', 'wall', 'CPU', 'target'],
    [
      [
        path.basename(SCENARIO),
        `${peak.toFixed(0)} MB`,
        run.peakProcesses ?? 0,
        seconds(run.wallMs),
        seconds(run.cpuMs),
        verdict(peak <= TARGET_MB),
      ],
    ],
  );
  const byKind = new Map<string, { processes: number; pssMb: number }>();
  for (const part of run.peakParts ?? []) {
    const kind = byKind.get(part.what) ?? { processes: 0, pssMb: 0 };
    byKind.set(part.what, { processes: kind.processes + 1, pssMb: kind.pssMb + part.pssMb });
  }
  printTable(
    'At the peak, by process',
    ['process', 'count', 'PSS'],
    [...byKind].map(([what, kind]) => [what, kind.processes, `${kind.pssMb.toFixed(0)} MB`]),
  );
  return peak <= TARGET_MB;
}

if (require.main === module) {
  memoryBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

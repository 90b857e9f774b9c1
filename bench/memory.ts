import path from 'node:path';
import { measuredPersonaUxRun } from './lib/measured-run';
import { type ProcessRun, runMeasured } from './lib/process-usage';
import { startStandaloneEmulator } from './lib/standalone-emulator';
import { seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * Peak memory of a one-scenario run as a user starts it (`persona-ux run FILE`, embedded emulator): the
 * proportional set size summed over the whole process tree (CLI, emulator, Playwright runner, worker,
 * browser), sampled every 100 ms from /proc/<pid>/smaps_rollup, so shared pages are counted once. Beside it, the
 * same run and the hand-written spec of the same steps (bench/handwritten/) against one standalone emulator,
 * which neither counts: what persona-ux adds to what Playwright and the browser take anyway.
 */
const ROOT = path.resolve(__dirname, '..');
const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
const TARGET_MB = 512;

export async function memoryBench(): Promise<boolean> {
  const run = await measuredPersonaUxRun([SCENARIO], 'persona-ux run', { samplePss: true });
  const peak = run.peakPssMb ?? 0;
  const emulator = await startStandaloneEmulator();
  let againstEmulator: ProcessRun;
  let handwritten: ProcessRun;
  try {
    againstEmulator = await measuredPersonaUxRun([SCENARIO], 'persona-ux run', {
      samplePss: true,
      env: emulator.env,
    });
    handwritten = await runMeasured(
      process.execPath,
      [require.resolve('@playwright/test/cli'), 'test', '-c', path.join(ROOT, 'bench', 'handwritten')],
      {
        cwd: ROOT,
        env: { ...process.env, ...emulator.env, HANDWRITTEN_JUNIT: '/dev/null' },
        samplePss: true,
      },
    );
    if (handwritten.code !== 0) throw new Error(`the hand-written spec exited ${handwritten.code}`);
  } finally {
    await emulator.stop();
  }
  const row = (what: string, measured: ProcessRun, target: string) => [
    what,
    `${(measured.peakPssMb ?? 0).toFixed(0)} MB`,
    measured.peakProcesses ?? 0,
    seconds(measured.wallMs),
    seconds(measured.cpuMs),
    target,
  ];
  printTable(
    `Memory of a one-scenario run, ${path.basename(SCENARIO)} (target peak PSS <= ${TARGET_MB} MB)`,
    ['run', 'peak PSS', 'processes at most', 'wall', 'CPU', 'target'],
    [
      row('persona-ux run, its own emulator', run, verdict(peak <= TARGET_MB)),
      row('persona-ux run, a standalone emulator (not counted)', againstEmulator, ''),
      row('hand-written spec, the same emulator (not counted)', handwritten, ''),
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

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMeasured } from './lib/process-usage';
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
  const reports = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-memory-'));
  try {
    const run = await runMeasured(
      process.execPath,
      [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'run', SCENARIO],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PERSONA_UX_EMULATOR_DATA: 'off',
          PERSONA_UX_REPORTS_DIR: reports,
          FORCE_COLOR: '0',
        },
        samplePss: true,
      },
    );
    if (run.code !== 0) throw new Error(`persona-ux run exited ${run.code}:\n${run.output}`);
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
    return peak <= TARGET_MB;
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

if (require.main === module) {
  memoryBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

import path from 'node:path';
import { type Browser, browsers } from './lib/browsers';
import { measuredHandwrittenRun } from './lib/handwritten-run';
import { measuredPersonaUxRun } from './lib/measured-run';
import type { ProcessRun } from './lib/process-usage';
import { startStandaloneEmulator } from './lib/standalone-emulator';
import { seconds, verdict } from './lib/stats';
import { printTable } from './lib/table';

/**
 * Peak memory of a one-scenario run as a user starts it (`persona-ux run FILE`, embedded emulator): the
 * proportional set size summed over the whole process tree (CLI, emulator, Playwright runner, worker,
 * browser), sampled every 100 ms from /proc/<pid>/smaps_rollup, so shared pages are counted once. Beside it, the
 * same run and the hand-written spec of the same steps (bench/handwritten/) against one standalone emulator,
 * which neither counts: what persona-ux adds to what Playwright and the browser take anyway.
 *
 * Each is measured with the browser this machine gives a run and, where installed, a headless shell (lib/browsers).
 */
const ROOT = path.resolve(__dirname, '..');
const SCENARIO = path.join(ROOT, 'scenarios', 'sdr-sees-routed-lead.yaml');
const TARGET_MB = 512;
interface Measured {
  browser: Browser;
  run: ProcessRun;
  againstEmulator: ProcessRun;
  handwritten: ProcessRun;
}

export async function memoryBench(): Promise<boolean> {
  const measured: Measured[] = [];
  for (const browser of browsers()) measured.push(await measure(browser));
  const row = (browser: Browser, what: string, run: ProcessRun, judged: boolean) => [
    browser.name,
    what,
    `${(run.peakPssMb ?? 0).toFixed(0)} MB`,
    run.peakProcesses ?? 0,
    seconds(run.wallMs),
    seconds(run.cpuMs),
    judged ? verdict(met(run)) : '',
  ];
  printTable(
    `Memory of a one-scenario run, ${path.basename(SCENARIO)} (target peak PSS <= ${TARGET_MB} MB)`,
    ['browser', 'run', 'peak PSS', 'processes at most', 'wall', 'CPU', 'target'],
    measured.flatMap(({ browser, run, againstEmulator, handwritten }) => [
      row(browser, 'persona-ux run, its own emulator', run, true),
      row(browser, 'persona-ux run, a standalone emulator (not counted)', againstEmulator, false),
      row(browser, 'hand-written spec, the same emulator (not counted)', handwritten, false),
    ]),
  );
  for (const { browser, run } of measured) {
    printTable(
      `At the peak, by process (${browser.name}, persona-ux run, its own emulator)`,
      ['process', 'count', 'PSS'],
      byKind(run),
    );
  }
  return measured.every(({ run }) => met(run));
}

function met(run: ProcessRun): boolean {
  return (run.peakPssMb ?? Number.POSITIVE_INFINITY) <= TARGET_MB;
}

async function measure(browser: Browser): Promise<Measured> {
  const run = await measuredPersonaUxRun([SCENARIO], 'persona-ux run', {
    samplePss: true,
    sampleCpu: true,
    env: browser.env,
  });
  const emulator = await startStandaloneEmulator();
  try {
    const againstEmulator = await measuredPersonaUxRun([SCENARIO], 'persona-ux run', {
      samplePss: true,
      sampleCpu: true,
      env: { ...browser.env, ...emulator.env },
    });
    const handwritten = await measuredHandwrittenRun(
      [],
      { ...browser.env, ...emulator.env },
      { samplePss: true, sampleCpu: true },
    );
    return { browser, run, againstEmulator, handwritten };
  } finally {
    await emulator.stop();
  }
}

/** The processes at a run's peak, grouped by what they are. */
function byKind(run: ProcessRun): (string | number)[][] {
  const kinds = new Map<string, { processes: number; pssMb: number }>();
  for (const part of run.peakParts ?? []) {
    const kind = kinds.get(part.what) ?? { processes: 0, pssMb: 0 };
    kinds.set(part.what, { processes: kind.processes + 1, pssMb: kind.pssMb + part.pssMb });
  }
  return [...kinds].map(([what, kind]) => [what, kind.processes, `${kind.pssMb.toFixed(0)} MB`]);
}

if (require.main === module) {
  memoryBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

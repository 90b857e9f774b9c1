import os from 'node:os';
import Table from 'cli-table3';
import { resolveBrowser } from '../../runner/browser';
import { demoScenarioFiles, SCENARIOS_DIR } from './apply-drift';
import { diagnose } from './diagnosis';
import { FLAKE_USAGE, flakeOptions } from './flake-options';
import { runSuite } from './run-suite';

// npm run flake -- --runs N [--latency jitter,lightning] [--shadow native,synthetic] [--concurrent K]: the whole
// demo suite N times per latency profile and shadow mode against the undrifted demo org, retries off (none are
// configured), and every failure and retry reported. Exit 0 only with none of either. --concurrent K runs K suites
// at once, each with its own embedded emulator: the suite is mostly waiting on latency, so K runs take less wall
// time, on a machine that each suite then shares with the others.

interface Mode {
  latency: string;
  shadow: string;
  runs: number;
  scenarioRuns: number;
  failures: string[];
  retries: number;
  seconds: number[];
}

async function main(): Promise<number> {
  const picked = flakeOptions(process.argv.slice(2));
  if (typeof picked === 'string') {
    console.error(`flake: ${picked}\n${FLAKE_USAGE}`);
    return 2;
  }
  const ids = [...demoScenarioFiles().keys()];
  const modes: Mode[] = picked.latencies.flatMap((latency) =>
    picked.shadows.map((shadow) => ({
      latency,
      shadow,
      runs: 0,
      scenarioRuns: 0,
      failures: [],
      retries: 0,
      seconds: [],
    })),
  );
  // Interleaved, so that a slow spell on the shared machine does not land on one mode only.
  const queue = Array.from({ length: picked.runs }, (_, index) =>
    modes.map((mode) => ({ run: index + 1, mode })),
  ).flat();
  const runNext = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { run, mode } = next;
      const started = Date.now();
      const result = await runSuite({
        inputs: [SCENARIOS_DIR],
        scenarioIds: ids,
        args: ['--latency', mode.latency, '--shadow', mode.shadow],
      });
      const seconds = (Date.now() - started) / 1000;
      mode.runs++;
      mode.seconds.push(seconds);
      mode.scenarioRuns += result.outcomes.length;
      mode.retries += result.retries;
      const failed = result.outcomes.filter((outcome) => !outcome.passed);
      const unreported = ids.filter((id) => !result.outcomes.some((outcome) => outcome.scenario === id));
      mode.failures.push(
        ...failed.map((outcome) => `run ${run}: ${outcome.scenario} (${diagnose(outcome.message)})`),
        ...unreported.map((id) => `run ${run}: ${id} not reported (exit ${result.code})`),
      );
      console.log(
        `flake: run ${run}/${picked.runs} --latency ${mode.latency} --shadow ${mode.shadow}: ` +
          `${result.outcomes.length - failed.length}/${result.outcomes.length} tests of ${ids.length} scenario files passed, ` +
          `${result.retries} retries, ${seconds.toFixed(0)} s`,
      );
      for (const outcome of failed) {
        console.log(`  ${outcome.scenario}: ${outcome.message.split('\n').slice(0, 4).join('\n    ')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: picked.concurrent }, runNext));

  const table = new Table({
    head: ['latency', 'shadow', 'suite runs', 'scenario runs', 'failures', 'retries', 'median suite s'],
    style: { head: [], border: [] },
  });
  for (const mode of modes) {
    table.push([
      mode.latency,
      mode.shadow,
      mode.runs,
      mode.scenarioRuns,
      mode.failures.length,
      mode.retries,
      median(mode.seconds).toFixed(0),
    ]);
  }
  console.log(
    `\n${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
      `${picked.concurrent} suite(s) at a time, browser ${resolveBrowser()?.executablePath ?? 'none found'}`,
  );
  console.log(table.toString());
  const failures = modes.flatMap((mode) =>
    mode.failures.map((failure) => `${mode.latency}/${mode.shadow} ${failure}`),
  );
  for (const failure of failures) console.log(`  ✗ ${failure}`);
  const retries = modes.reduce((sum, mode) => sum + mode.retries, 0);
  console.log(
    `flake: ${failures.length} failure(s), ${retries} retries in ${modes.reduce((s, m) => s + m.scenarioRuns, 0)} scenario runs — ${failures.length + retries === 0 ? 'passed' : 'FAILED'}`,
  );
  return failures.length + retries === 0 ? 0 : 1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`flake: ${(error as Error).stack ?? error}`);
    process.exitCode = 2;
  },
);

import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { applyDrift, demoScenarioFiles, SCENARIOS_DIR } from './apply-drift';
import { DRIFTS } from './drifts';
import { runSuite } from './run-suite';
import { type DriftVerdict, judgeBaseline } from './verdict';

// npm run proof [-- --drift ID,ID…] [--drift ID…] [--verbose]: every catalogued drift against a fresh emulator, then a table.
// Exit 0 only when the undrifted demo org is all green and every drift is caught with its diagnosis.

const USAGE = 'Usage: npm run proof -- [--drift ID[,ID…]] [--verbose]';

async function main(): Promise<number> {
  let values: { drift?: string[]; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      options: { drift: { type: 'string', multiple: true }, verbose: { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`proof: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const wanted = values.drift?.flatMap((ids) => ids.split(',')).map((id) => id.trim());
  const unknown = wanted?.filter((id) => !DRIFTS.some((drift) => drift.id === id)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `proof: no drift ${unknown.join(', ')}; the catalogue has ${DRIFTS.map((d) => d.id).join(', ')}.`,
    );
    return 2;
  }
  const drifts = wanted ? DRIFTS.filter((drift) => wanted.includes(drift.id)) : DRIFTS;
  const files = demoScenarioFiles();
  const started = Date.now();

  // The whole demo suite; with --drift, only the scenarios those drifts run.
  const ids = wanted ? [...new Set(drifts.flatMap((drift) => drift.scenarios))] : [...files.keys()];
  console.log(`proof: the undrifted demo org, ${ids.length} demo scenario(s)…`);
  const baselineRun = await runSuite({
    inputs: wanted ? ids.map((id) => files.get(id) as string) : [SCENARIOS_DIR],
    scenarioIds: ids,
  });
  const baseline = judgeBaseline(ids, baselineRun.outcomes);
  console.log(
    baseline.ok
      ? `proof: undrifted org all green (${baselineRun.outcomes.length} scenarios)`
      : `proof: undrifted org NOT green — red: ${baseline.red.join(', ') || 'none'}; not reported: ${baseline.missing.join(', ') || 'none'}`,
  );
  if (!baseline.ok && values.verbose) console.log(baselineRun.output);

  const verdicts: DriftVerdict[] = [];
  for (const drift of drifts) {
    process.stdout.write(`proof: ${drift.id}… `);
    const { verdict, run } = await applyDrift(drift, files);
    verdicts.push(verdict);
    console.log(verdict.ok ? 'caught' : 'NOT as expected');
    if (values.verbose) {
      for (const outcome of run.outcomes.filter((o) => !o.passed)) {
        console.log(`  ${outcome.scenario}: ${outcome.message.split('\n').slice(0, 6).join('\n    ')}`);
      }
      if (run.outcomes.length === 0) console.log(run.output);
    }
  }

  console.log(`\n${driftTable(verdicts)}`);
  const caught = verdicts.filter((verdict) => verdict.ok).length;
  const ok = baseline.ok && caught === verdicts.length;
  console.log(
    `\nproof: ${caught}/${verdicts.length} drifts caught with the expected diagnosis; undrifted org ` +
      `${baseline.ok ? 'green' : 'NOT green'}; ` +
      `${Math.round((Date.now() - started) / 1000)} s — ${ok ? 'passed' : 'FAILED'}`,
  );
  return ok ? 0 : 1;
}

function driftTable(verdicts: DriftVerdict[]): string {
  const table = new Table({
    head: ['drift', 'scenarios that went red', 'diagnosis reported', 'expected', 'ok?'],
    colWidths: [44, 40, 22, 22, 5],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const { drift, red, missed, diagnoses, ok } of verdicts) {
    const reported = [...new Set(Object.values(diagnoses))].join(', ') || '—';
    const redText = [
      red.join(', ') || 'none',
      ...(!drift.survive && missed.length > 0 ? [`(still green: ${missed.join(', ')})`] : []),
    ].join(' ');
    table.push([
      drift.title,
      redText,
      reported,
      drift.survive ? 'none: all green' : `${drift.diagnosis}`,
      ok ? '✓' : '✗',
    ]);
  }
  return table.toString();
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`proof: ${(error as Error).stack ?? error}`);
    process.exitCode = 2;
  },
);

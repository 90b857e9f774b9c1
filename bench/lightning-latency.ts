import os from 'node:os';
import { measuredPersonaUxRun } from './lib/measured-run';
import { type Standalone, startStandaloneEmulator } from './lib/standalone-emulator';
import { ratio, seconds, verdict } from './lib/stats';
import { suiteRunPlans } from './lib/suite-runs';
import { printTable } from './lib/table';

/**
 * The demo suite against a standalone emulator under the "lightning" latency profile (each page's parts arrive
 * 0.3-2 s late, fetched in parallel), with 1 worker and the default: whole-process wall time against the time the
 * profile's delays took that no client could avoid (the union of the delay intervals, GET /_emulator/latency);
 * then with a headless shell where installed (lib/suite-runs).
 * Target: wall / unavoidable <= 1.2 — the suite waits for what the org makes it wait for, and little more.
 */
const TARGET = 1.2;

export async function lightningLatencyBench(): Promise<boolean> {
  const emulator = await startStandaloneEmulator(['--latency', 'lightning']);
  const rows: (string | number)[][] = [];
  let met = true;
  try {
    const unavoidable = await unavoidableDelays(emulator);
    for (const { label, args, env } of suiteRunPlans(['1', 'default'])) {
      const before = await unavoidable();
      const run = await measuredPersonaUxRun(args, `persona-ux run --latency lightning (${label})`, {
        env: { ...emulator.env, ...env },
      });
      const delays = (await unavoidable()) - before;
      const scenarios = Number(/, (\d+) scenario\(s\)/.exec(run.output)?.[1]);
      const measured = run.wallMs / delays;
      met &&= measured <= TARGET;
      rows.push([
        label,
        scenarios,
        seconds(run.wallMs),
        seconds(delays),
        ratio(measured),
        verdict(measured <= TARGET),
      ]);
    }
  } finally {
    await emulator.stop();
  }
  printTable(
    `Lightning-like latency: the demo suite, ${os.cpus().length} cores, the resolver's browser unless named (target: wall / unavoidable delays <= ${TARGET}×)`,
    ['run', 'scenarios', 'wall (whole process)', 'unavoidable delays', 'ratio', 'target'],
    rows,
  );
  return met;
}

/** Reads the emulator's unavoidable delay so far, in ms, as its admin. */
async function unavoidableDelays(emulator: Standalone): Promise<() => Promise<number>> {
  const { SF_USERNAME, SF_PASSWORD, SF_CLIENT_ID, SF_CLIENT_SECRET } = emulator.env;
  const token = await fetch(`${emulator.url}/services/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: SF_CLIENT_ID ?? '',
      client_secret: SF_CLIENT_SECRET ?? '',
      username: SF_USERNAME ?? '',
      password: SF_PASSWORD ?? '',
    }),
  }).then((answer) => answer.json() as Promise<{ access_token: string }>);
  return async () => {
    const answer = await fetch(`${emulator.url}/_emulator/latency`, {
      headers: { Authorization: `Bearer ${token.access_token}` },
    });
    if (!answer.ok) throw new Error(`GET /_emulator/latency answered ${answer.status}`);
    return ((await answer.json()) as { unavoidableMs: number }).unavoidableMs;
  };
}

if (require.main === module) {
  lightningLatencyBench().then((met) => {
    process.exitCode = met ? 0 : 1;
  });
}

import path from 'node:path';
import { type ProcessRun, runMeasured } from './process-usage';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The hand-written spec of sdr-sees-routed-lead (bench/handwritten/) under `playwright test` with `args` added,
 * against the org `env` names (SF_*), measured over its process tree. One that does not exit 0 throws with its output.
 */
export async function measuredHandwrittenRun(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { samplePss?: boolean; sampleCpu?: boolean } = {},
): Promise<ProcessRun> {
  const run = await runMeasured(
    process.execPath,
    [require.resolve('@playwright/test/cli'), 'test', '-c', path.join(ROOT, 'bench', 'handwritten'), ...args],
    { cwd: ROOT, env: { ...process.env, ...env, HANDWRITTEN_JUNIT: '/dev/null' }, ...options },
  );
  if (run.code !== 0) throw new Error(`the hand-written spec exited ${run.code}:\n${run.output}`);
  return run;
}

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ProcessRun, runMeasured } from './process-usage';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * `persona-ux run <inputs and flags>` as a user starts it (embedded emulator unless `env` names an org, no demo
 * traffic, no colours), measured over its whole process tree; its reports go to a temporary folder that is
 * removed afterwards.
 * A run that does not exit 0 throws with its output, `what` naming it.
 */
export async function measuredPersonaUxRun(
  args: string[],
  what: string,
  options: { samplePss?: boolean; sampleCpu?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessRun> {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-bench-run-'));
  try {
    const run = await runMeasured(
      process.execPath,
      [path.join(ROOT, 'bin', 'persona-ux.cjs'), 'run', ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...options.env,
          PERSONA_UX_EMULATOR_DATA: 'off',
          PERSONA_UX_REPORTS_DIR: reports,
          FORCE_COLOR: '0',
        },
        samplePss: options.samplePss,
        sampleCpu: options.sampleCpu,
      },
    );
    if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.output}`);
    return run;
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

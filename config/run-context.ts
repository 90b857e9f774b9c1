import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** One id per `persona-ux run` / `playwright test`, shared by the main process and its workers via env. */
export function ensureRunId(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.PERSONA_UX_RUN_ID) {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    env.PERSONA_UX_RUN_ID = `${stamp}-${randomBytes(3).toString('hex')}`;
  }
  return env.PERSONA_UX_RUN_ID;
}

/**
 * Where a run's reports and audit log go: PERSONA_UX_REPORTS_DIR, default reports/ in the working directory (the
 * project persona-ux runs for), never inside the installed package, where the next install would delete them.
 */
export function reportsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.PERSONA_UX_REPORTS_DIR || 'reports');
}

export function auditFile(runId: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(reportsDir(env), 'audit', `${runId}.jsonl`);
}

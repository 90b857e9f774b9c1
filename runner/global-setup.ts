import path from 'node:path';
import { wantsEmulator } from '../config/org-settings';
import { auditFile, ensureRunId } from '../config/run-context';
import { AWAIT_GO_AHEAD, awaitGoAhead } from './go-ahead';
import { stopRunWhenCliGone } from './orphaned-run';

/**
 * Before any worker starts. Under plain `playwright test` (the CLI does all this itself): with no real org
 * configured, start the embedded emulator and describe it with the same SF_* variables a real org's .env
 * would set (workers inherit them); then the same preflight as `persona-ux run` — the production guard
 * included — and the audit log's run.start line.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  const runId = ensureRunId();
  // Playwright stops gracefully on SIGINT only (workers then end their Login-As sessions in teardown); a
  // SIGTERM would end this process at once and leave the sessions open. Make SIGTERM a SIGINT.
  process.once('SIGTERM', () => process.kill(process.pid, 'SIGINT'));
  // Under `persona-ux run`: the CLI checks the org while this runner starts, and says when to go on.
  const startedByCli = Boolean(process.env[AWAIT_GO_AHEAD]);
  await awaitGoAhead();
  const endOrphanedSession = startedByCli ? stopRunWhenCliGone() : undefined;
  if (process.env.PERSONA_UX_RUN_RECORDED !== runId) {
    refuseUnknownEnvVariables();
    await refuseBrokenAuditChain();
  }
  // Under `persona-ux run` the CLI has started the org and made the preflight: the emulator and the preflight
  // are then never loaded in this process, which lives as long as the run.
  const emulator = wantsEmulator() ? await startEmulatorForThisRun() : undefined;
  if (emulator) Object.assign(process.env, emulator.env);
  if (process.env.PERSONA_UX_RUN_RECORDED !== runId) {
    const { failed } = require('./doctor/check') as typeof import('./doctor/check');
    const { formatCheckLines } = require('./doctor/format') as typeof import('./doctor/format');
    const { preflight } = require('./doctor/preflight') as typeof import('./doctor/preflight');
    const { recordRunStart } = require('./doctor/run-start') as typeof import('./doctor/run-start');
    const result = await preflight(process.env, process.env.PERSONA_UX_ALLOW_PRODUCTION);
    try {
      const failing = failed(result.checks);
      if (failing.length > 0) {
        await emulator?.stop();
        throw new Error(
          `The preflight stopped the run before anything was created or impersonated:\n${formatCheckLines(failing)}`,
        );
      }
      await recordRunStart(result, process.env, runId, process.env.PERSONA_UX_SHARD);
    } finally {
      if (result.org && result.org.auth !== 'access-token')
        await result.org.conn.logout().catch(() => undefined);
    }
  }
  if (!endOrphanedSession && !emulator) return undefined;
  return async () => {
    await endOrphanedSession?.();
    await emulator?.stop();
  };
}

/**
 * As `persona-ux run` does: an SF_* or PERSONA_UX_* name in .env that persona-ux does not read stops the run
 * before it starts (a misspelt SF_USERNAME would otherwise run the scenarios against the emulator). This bundle
 * reads .env again: the config that loaded it is another bundle, with its own module state.
 */
function refuseUnknownEnvVariables(): void {
  const { dotEnvFile } = require('../config/dotenv') as typeof import('../config/dotenv');
  const { unknownEnvVariables } =
    require('./cli/unknown-env-variables') as typeof import('./cli/unknown-env-variables');
  const problems = unknownEnvVariables(dotEnvFile());
  if (problems.length > 0) throw new Error(`Nothing was started:\n  ${problems.join('\n  ')}`);
}

/** As `persona-ux run` does: no line is added to a broken audit chain. */
async function refuseBrokenAuditChain(): Promise<void> {
  const { verifyAuditFolder } = require('./audit/folder-chain') as typeof import('./audit/folder-chain');
  const words = require('./audit/chain-words') as typeof import('./audit/chain-words');
  const chain = await verifyAuditFolder(path.dirname(auditFile('run')));
  if (chain?.broken) {
    throw new Error(
      `The audit chain this run would extend is broken: ${words.brokenWords(chain)}. Nothing was started. ${words.BROKEN_CHAIN_FIX}`,
    );
  }
}

function startEmulatorForThisRun() {
  const { parseLatency } = require('../emulator/profile-flags') as typeof import('../emulator/profile-flags');
  const { startEmbeddedEmulator } = require('./embedded-emulator') as typeof import('./embedded-emulator');
  const latency = process.env.PERSONA_UX_LATENCY ? parseLatency(process.env.PERSONA_UX_LATENCY) : undefined;
  return startEmbeddedEmulator(process.env, latency);
}

import { wantsEmulator } from '../config/org-settings';
import { ensureRunId } from '../config/run-context';
import { parseLatency } from '../emulator/main';
import { startEmbeddedEmulator } from './embedded-emulator';

/**
 * Before any worker starts: with no real org configured (plain `playwright test`; the CLI starts its own),
 * start the embedded emulator and describe it with the same SF_* variables a real org's .env would set.
 * Workers inherit them.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  ensureRunId();
  // Playwright stops gracefully on SIGINT only (workers then end their Login-As sessions in teardown); a
  // SIGTERM would end this process at once and leave the sessions open. Make SIGTERM a SIGINT.
  process.once('SIGTERM', () => process.kill(process.pid, 'SIGINT'));
  if (!wantsEmulator()) return undefined;
  const latency = process.env.PERSONA_UX_LATENCY ? parseLatency(process.env.PERSONA_UX_LATENCY) : undefined;
  const emulator = await startEmbeddedEmulator(process.env, latency);
  Object.assign(process.env, emulator.env);
  return () => emulator.stop();
}

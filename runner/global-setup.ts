import { wantsEmulator } from '../config/org-settings';
import { ensureRunId } from '../config/run-context';
import { startEmulator } from '../emulator';
import { parseLatency } from '../emulator/main';

/**
 * Before any worker starts: with no real org configured, start the embedded emulator and describe it with
 * the same SF_* variables a real org's .env would set. Workers inherit them.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  ensureRunId();
  if (!wantsEmulator()) return undefined;
  const latency = process.env.PERSONA_UX_LATENCY ? parseLatency(process.env.PERSONA_UX_LATENCY) : undefined;
  const emulator = await startEmulator({ orgFile: process.env.PERSONA_UX_ORG || undefined, latency });
  Object.assign(process.env, {
    SF_LOGIN_URL: emulator.url,
    SF_USERNAME: emulator.admin.username,
    SF_PASSWORD: emulator.admin.password,
    SF_CLIENT_ID: emulator.oauth.clientId,
    SF_CLIENT_SECRET: emulator.oauth.clientSecret,
    PERSONA_UX_TARGET: `org emulator ${emulator.orgName} at ${emulator.url}${latency ? ` (latency: ${latency})` : ''}`,
  });
  return () => emulator.stop();
}

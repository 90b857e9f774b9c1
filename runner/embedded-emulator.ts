import { startEmulator } from '../emulator';
import type { LatencyProfileName } from '../emulator/latency';

export interface EmbeddedEmulator {
  /** The SF_* variables a real org's .env would set, plus PERSONA_UX_TARGET for the summary. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The org emulator on a free loopback port, described like any other org. */
export async function startEmbeddedEmulator(
  env: NodeJS.ProcessEnv,
  latency?: LatencyProfileName,
): Promise<EmbeddedEmulator> {
  const emulator = await startEmulator({ orgFile: env.PERSONA_UX_ORG || undefined, latency });
  return {
    env: {
      SF_LOGIN_URL: emulator.url,
      SF_USERNAME: emulator.admin.username,
      SF_PASSWORD: emulator.admin.password,
      SF_CLIENT_ID: emulator.oauth.clientId,
      SF_CLIENT_SECRET: emulator.oauth.clientSecret,
      PERSONA_UX_TARGET: `org emulator ${emulator.orgName} at ${emulator.url}${latency ? ` (latency: ${latency})` : ''}`,
    },
    stop: () => emulator.stop(),
  };
}

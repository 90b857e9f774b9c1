import path from 'node:path';
import { cacheDir } from '../config/cache-dir';
import { loadedCodeFingerprint } from '../config/code-fingerprint';
import {
  createEmulatorApp,
  DEFAULT_ORG_FILE,
  loadKeptOrgDefinition,
  loadOrgDefinition,
  type OrgDefinition,
  type RunningEmulator,
} from '../emulator';
import type { LatencyProfileName } from '../emulator/latency';
import { emulatorAdmin } from '../emulator/model/org-admin';
import { loadOrgState, saveOrgState } from '../emulator/model/org-persistence';
import { parseShadowMode } from '../emulator/profile-flags';
import { listen } from '../emulator/server';
import { holdEmulatorData } from './emulator-data-lock';

export interface EmbeddedEmulator
  extends Pick<RunningEmulator, 'url' | 'orgId' | 'orgName' | 'admin' | 'oauth'> {
  /** The SF_* variables a real org's .env would set, plus PERSONA_UX_TARGET for the summary. */
  env: Record<string, string>;
  /** Where the org's state is kept between runs; undefined with PERSONA_UX_EMULATOR_DATA=off. */
  dataDir?: string;
  /** Whether this start continued from a saved state. */
  restored: boolean;
  stop(): Promise<void>;
}

/** A sandbox's ways in, emptied for the emulator: none of them may reach it and pick another way to sign in. */
const SANDBOX_ONLY_VARIABLES = {
  SF_JWT_KEY: '',
  SF_JWT_KEY_FILE: '',
  SF_JWT_AUDIENCE: '',
  SF_ACCESS_TOKEN: '',
  SF_INSTANCE_URL: '',
  PERSONA_UX_AUTH_SOURCE: '',
};

/** The settings that sign in to an emulator as its admin, and through no way in of a sandbox's. */
export function emulatorSignIn(emulator: {
  url: string;
  admin: { username: string; password: string };
  oauth: { clientId: string; clientSecret: string };
}): Record<string, string> {
  return {
    ...SANDBOX_ONLY_VARIABLES,
    SF_LOGIN_URL: emulator.url,
    SF_USERNAME: emulator.admin.username,
    SF_PASSWORD: emulator.admin.password,
    SF_CLIENT_ID: emulator.oauth.clientId,
    SF_CLIENT_SECRET: emulator.oauth.clientSecret,
  };
}

/**
 * The folder that keeps the embedded emulator's org between runs, like a sandbox keeps its history:
 * PERSONA_UX_EMULATOR_DATA, default .persona-ux/emulator in the working directory; "off" keeps nothing.
 */
export function emulatorDataDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PERSONA_UX_EMULATOR_DATA === 'off') return undefined;
  return path.resolve(env.PERSONA_UX_EMULATOR_DATA || path.join('.persona-ux', 'emulator'));
}

/** The org emulator on a free (or given) loopback port, its state restored from and saved to the data folder. */
export async function startEmbeddedEmulator(
  env: NodeJS.ProcessEnv,
  latency?: LatencyProfileName,
  port = 0,
): Promise<EmbeddedEmulator> {
  const definition = embeddedOrgDefinition(env);
  // PERSONA_UX_SHADOW (run --shadow): native or LWC's synthetic shadow, whichever the org definition does not say.
  const shadowMode = env.PERSONA_UX_SHADOW ? parseShadowMode(env.PERSONA_UX_SHADOW) : undefined;
  const { app, state } = createEmulatorApp(definition, { latency, shadowMode });
  const dataDir = emulatorDataDir(env);
  const release = dataDir ? await holdEmulatorData(dataDir) : async () => undefined;
  const restored = dataDir ? loadOrgState(state, dataDir) : false;
  const admin = emulatorAdmin(state);
  const server = await listen(app, port).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  const password = state.passwords.get(admin.id) as string;
  const oauth = {
    clientId: definition.connectedApp.clientId,
    clientSecret: definition.connectedApp.clientSecret,
  };
  return {
    url: server.url,
    orgId: state.orgId,
    orgName: definition.org.name,
    admin: { username: admin.username, password },
    oauth,
    env: {
      ...emulatorSignIn({ url: server.url, admin: { username: admin.username, password }, oauth }),
      PERSONA_UX_TARGET: `org emulator ${definition.org.name} at ${server.url}${latency ? ` (latency: ${latency})` : ''}`,
    },
    dataDir,
    restored,
    stop: async () => {
      await server.close();
      if (dataDir) saveOrgState(state, dataDir);
      await release();
    },
  };
}

/**
 * The org definition an emulator of this process serves: PERSONA_UX_ORG, else the demo org. Parsed, or as an
 * earlier start of the same code parsed the same bytes (kept in the cache folder).
 */
export function embeddedOrgDefinition(env: NodeJS.ProcessEnv): OrgDefinition {
  const file = env.PERSONA_UX_ORG || DEFAULT_ORG_FILE;
  const dir = cacheDir(env);
  return dir
    ? loadKeptOrgDefinition(file, { dir, codeFingerprint: loadedCodeFingerprint() })
    : loadOrgDefinition(file);
}
